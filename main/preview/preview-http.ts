import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileRouteResponse, framedContentHeaders, serveFileRoute } from '../http/send-file';
import { findStaticFile, type StaticFile } from '../http/static-files';
import type { PreviewService } from './preview-service';
import { LMS_PATH_PREFIX, PREVIEW_PATH_PREFIX } from './preview-urls';

/**
 * Serving /lms/… (the built stand-in page) and /preview/<previewId>/… (preview builds) for both
 * transports: Node http (browser host) and fetch-style Request/Response (Electron's app:// handler).
 * Unlike the renderer, these pages are framed by the app, so they allow same-origin framing.
 */
export interface PreviewRoutes {
  previews: PreviewService;
  /** Built stand-in page (out/lms); null when not built. */
  lmsDir: string | null;
}

/** CSP for the stand-in and packages: like the app's, but same-origin framing and inline styles (player widgets). */
export const PREVIEW_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "media-src 'self' blob: data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

/**
 * Preview builds (preview and learner mode play the course from them) may frame https pages: embed blocks, each in
 * its sandboxed iframe. Only here, on the content origin: the app's own CSP and the stand-in page keep theirs.
 */
export const PREVIEW_BUILD_CSP = `${PREVIEW_CSP}; frame-src 'self' https:`;

/** `frameAncestors`: the app origin allowed to frame these pages when they are served from the content origin. */
export function previewHeaders(frameAncestors: readonly string[] = [], pathname = ''): Record<string, string> {
  const csp = pathname.startsWith(PREVIEW_PATH_PREFIX) ? PREVIEW_BUILD_CSP : PREVIEW_CSP;
  return framedContentHeaders(csp, frameAncestors);
}

export function isPreviewPath(pathname: string): boolean {
  return pathname.startsWith(LMS_PATH_PREFIX) || pathname.startsWith(PREVIEW_PATH_PREFIX);
}

/** The file for a /lms/ or /preview/ path (callers check `isPreviewPath` first). */
export async function findPreviewFile(pathname: string, routes: PreviewRoutes): Promise<StaticFile> {
  if (pathname.startsWith(LMS_PATH_PREFIX)) {
    if (!routes.lmsDir)
      return { ok: false, status: 404, reason: 'the stand-in LMS page is not built (npm run build:lms)' };
    return findStaticFile(routes.lmsDir, pathname.slice(LMS_PATH_PREFIX.length - 1));
  }
  const rest = pathname.slice(PREVIEW_PATH_PREFIX.length);
  const slash = rest.indexOf('/');
  if (slash <= 0) return { ok: false, status: 404, reason: 'not found' };
  return routes.previews.findFile(rest.slice(0, slash), rest.slice(slash));
}

/** Browser host: answers a /lms/ or /preview/ request; false when the path is not one of ours. */
export async function handlePreviewRequest(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  routes: PreviewRoutes,
  frameAncestors: readonly string[] = [],
): Promise<boolean> {
  if (!isPreviewPath(pathname)) return false;
  // Our own build output: the 404 reason (e.g. "not built") helps and reveals nothing.
  await serveFileRoute(
    req,
    res,
    previewHeaders(frameAncestors, pathname),
    () => findPreviewFile(pathname, routes),
    true,
  );
  return true;
}

/** Electron: the same routes as a fetch Response; null when the path is not one of ours. */
export async function previewFetchResponse(
  request: Request,
  pathname: string,
  routes: PreviewRoutes,
  frameAncestors: readonly string[] = [],
): Promise<Response | null> {
  if (!isPreviewPath(pathname)) return null;
  return fileRouteResponse(request, previewHeaders(frameAncestors, pathname), () => findPreviewFile(pathname, routes));
}

/**
 * The built stand-in page: `COURSEWRIGHT_LMS_DIR`, else `lms/` beside the renderer build (out/lms next to
 * out/renderer), else out/lms above the working directory. Null when none has an index.html.
 */
export function locateLmsDir(rendererDir?: string): string | null {
  const candidates = [
    process.env.COURSEWRIGHT_LMS_DIR,
    rendererDir ? path.join(rendererDir, '..', 'lms') : undefined,
    typeof __dirname === 'string' ? path.join(__dirname, '..', 'lms') : undefined,
    path.join(process.cwd(), 'out', 'lms'),
  ];
  return candidates.find((dir): dir is string => !!dir && existsSync(path.join(dir, 'index.html'))) ?? null;
}
