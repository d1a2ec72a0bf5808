/**
 * The one Content-Security-Policy for the app, sent as a header by the app:// protocol and the
 * browser host. No inline scripts or styles: Vite emits external files, and React sets `style`
 * through the CSSOM, which CSP does not restrict. Media comes from media:// (Electron) or /media/
 * (browser host, i.e. 'self'); blob:/data: cover previews of files being imported.
 */
export interface CspOptions {
  /** Extra connect-src sources, e.g. the browser host's own `ws://127.0.0.1:<port>`. */
  readonly connectSrc?: readonly string[];
  /** Origins the app may frame: the content origin (packages, previews, LMS pages), never the app itself. */
  readonly frameSrc?: readonly string[];
}

export function buildCsp(options: CspOptions = {}): string {
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'"]],
    ['img-src', ["'self'", 'media:', 'blob:', 'data:']],
    ['media-src', ["'self'", 'media:', 'blob:', 'data:']],
    ['font-src', ["'self'", 'data:']],
    ['connect-src', ["'self'", ...(options.connectSrc ?? [])]],
    ['worker-src', ["'self'", 'blob:']],
    ['frame-src', options.frameSrc?.length ? [...options.frameSrc] : ["'none'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
    ['form-action', ["'none'"]],
  ];
  for (const source of [...(options.connectSrc ?? []), ...(options.frameSrc ?? [])]) {
    if (!/^(wss?|https?|cwcontent):\/\/[A-Za-z0-9.\-[\]:]+$/.test(source))
      throw new Error(`Invalid CSP source: ${source}`);
  }
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** The Electron content origin: packages, previews and LMS pages (see main/electron/protocols.ts). */
export const CONTENT_SCHEME = 'cwcontent';
export const CONTENT_ORIGIN = `${CONTENT_SCHEME}://coursewright`;

/** CSP for the Electron app:// renderer: may frame only the content origin. */
export const APP_CSP = buildCsp({ frameSrc: [CONTENT_ORIGIN] });

/**
 * CSP for the browser host on `origin` (http://127.0.0.1:<port>): also allows its WebSocket, and frames from
 * the content origin (`contentOrigin`) only.
 */
export function browserHostCsp(origin: string, contentOrigin?: string): string {
  return buildCsp({
    connectSrc: [origin.replace(/^http/, 'ws')],
    ...(contentOrigin ? { frameSrc: [contentOrigin] } : {}),
  });
}

/** Headers every app page/asset response carries. */
export function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
  };
}

/**
 * Every library media response (browser host `/media/<id>`, Electron `media://`) and every SVG served anywhere:
 * opened as a page ("open image in new tab"), it is a sandboxed document on an opaque origin that can run no
 * script, reach no API and load nothing but its own inline styles and data: pictures.
 */
export const MEDIA_CSP =
  "sandbox; default-src 'none'; img-src 'self' data:; media-src 'self'; style-src 'unsafe-inline'";

export const MEDIA_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': MEDIA_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};
