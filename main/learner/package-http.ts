import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { planMediaResponse } from '../http/range';
import type { StaticFile } from '../http/static-files';
import type { PackageStore } from '../scorm-import/package-store';

/** Imported packages are served at `/packages/<packageId>/<path inside the package>`. */
export const PACKAGES_PATH_PREFIX = '/packages/';

/**
 * Third-party SCORM content routinely uses inline scripts, inline handlers and eval, so its CSP is looser than
 * the app's: scripts only from our origin but inline/eval allowed, no plugins, framed only by our own pages.
 */
export const PACKAGE_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "media-src 'self' blob: data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'self'",
].join('; ');

/**
 * Packages run on the content origin, framed by its LMS page (same origin) inside the app page (another
 * origin): `frameAncestors` lists the app origin. No X-Frame-Options (it cannot express that).
 */
export function packageHeaders(frameAncestors: readonly string[] = []): Record<string, string> {
  return {
    'Content-Security-Policy': frameAncestors.length
      ? PACKAGE_CSP.replace("frame-ancestors 'self'", `frame-ancestors 'self' ${frameAncestors.join(' ')}`)
      : PACKAGE_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
    ...(frameAncestors.length ? {} : { 'X-Frame-Options': 'SAMEORIGIN' }),
  };
}

export const packageUrl = (packageId: string, launchUrl: string): string =>
  `${PACKAGES_PATH_PREFIX}${encodeURIComponent(packageId)}/${launchUrl}`;

async function findPackageFile(pathname: string, packages: PackageStore): Promise<StaticFile> {
  const rest = pathname.slice(PACKAGES_PATH_PREFIX.length);
  const slash = rest.indexOf('/');
  if (slash <= 0) return { ok: false, status: 404, reason: 'not found' };
  return packages.findFile(rest.slice(0, slash), rest.slice(slash));
}

/** Browser host: answers a /packages/ request; false when the path is not one of ours. */
export async function handlePackageRequest(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  packages: PackageStore,
  frameAncestors: readonly string[] = [],
): Promise<boolean> {
  if (!pathname.startsWith(PACKAGES_PATH_PREFIX)) return false;
  const HEADERS = packageHeaders(frameAncestors);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { ...HEADERS, Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end();
    return true;
  }
  const file = await findPackageFile(pathname, packages);
  if (!file.ok) {
    res.writeHead(file.status, { ...HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(file.status === 404 ? 'Not found\n' : 'Refused\n');
    return true;
  }
  const plan = planMediaResponse({ size: file.size, mime: file.mime, rangeHeader: req.headers.range ?? null });
  res.writeHead(plan.status, { ...plan.headers, ...HEADERS });
  if (req.method === 'HEAD' || !plan.range) {
    res.end();
    return true;
  }
  await pipeline(createReadStream(file.path, { start: plan.range.start, end: plan.range.end }), res);
  return true;
}

/** Electron app://: the same route as a fetch Response; null when the path is not one of ours. */
export async function packageFetchResponse(
  request: Request,
  pathname: string,
  packages: PackageStore,
  frameAncestors: readonly string[] = [],
): Promise<Response | null> {
  if (!pathname.startsWith(PACKAGES_PATH_PREFIX)) return null;
  const HEADERS = packageHeaders(frameAncestors);
  const file = await findPackageFile(pathname, packages);
  if (!file.ok) {
    return new Response(file.status === 404 ? 'Not found' : 'Refused', {
      status: file.status,
      headers: { ...HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const plan = planMediaResponse({ size: file.size, mime: file.mime, rangeHeader: request.headers.get('range') });
  const body =
    plan.range && request.method !== 'HEAD'
      ? (Readable.toWeb(
          createReadStream(file.path, { start: plan.range.start, end: plan.range.end }),
        ) as unknown as ReadableStream<Uint8Array>)
      : null;
  return new Response(body, { status: plan.status, headers: { ...plan.headers, ...HEADERS } });
}
