import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileRouteResponse, framedContentHeaders, serveFileRoute } from '../http/send-file';
import type { StaticFile } from '../http/static-files';
import type { PackageStore } from '../scorm-import/package-store';
import { PACKAGES_PATH_PREFIX } from '../../shared';

/**
 * Third-party SCORM content routinely uses inline scripts, inline handlers and eval, so its CSP is looser than
 * the app's: scripts only from our origin but inline/eval allowed, no plugins, framed only by our own pages.
 */
const PACKAGE_CSP = [
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

/** Packages run on the content origin, framed by its LMS page inside the app page: see `framedContentHeaders`. */
export function packageHeaders(frameAncestors: readonly string[] = []): Record<string, string> {
  return framedContentHeaders(PACKAGE_CSP, frameAncestors);
}

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
  await serveFileRoute(req, res, packageHeaders(frameAncestors), () => findPackageFile(pathname, packages));
  return true;
}

/** Electron: the same route as a fetch Response; null when the path is not one of ours. */
export async function packageFetchResponse(
  request: Request,
  pathname: string,
  packages: PackageStore,
  frameAncestors: readonly string[] = [],
): Promise<Response | null> {
  if (!pathname.startsWith(PACKAGES_PATH_PREFIX)) return null;
  return fileRouteResponse(request, packageHeaders(frameAncestors), () => findPackageFile(pathname, packages));
}
