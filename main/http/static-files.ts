import { promises as fs } from 'node:fs';
import path from 'node:path';
import { mimeTypeFor } from '../library/mime';

/**
 * Maps a URL path to a file inside a root directory, for the app:// protocol and the browser host.
 * Pure and conservative: the path is decoded once, and anything that could step outside the root
 * (`..` segments, encoded separators, backslashes, NUL, drive letters) is refused before touching
 * the file system. `serveStaticFile` then also checks the real path (symlinks) stays inside.
 */
export type StaticResolution =
  | { readonly ok: true; readonly path: string; readonly mime: string; readonly isIndex: boolean }
  | { readonly ok: false; readonly status: 400 | 403 | 404; readonly reason: string };

export const INDEX_FILE = 'index.html';

export function resolveStaticPath(root: string, urlPath: string): StaticResolution {
  if (typeof urlPath !== 'string' || !urlPath.startsWith('/')) return refuse(400, 'path must start with /');
  if (urlPath.length > 2048) return refuse(400, 'path too long');
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return refuse(400, 'malformed percent-encoding');
  }
  // Refuse rather than normalise: a legitimate asset URL never contains any of these.
  if (decoded.includes('\0')) return refuse(400, 'NUL in path');
  if (decoded.includes('\\')) return refuse(403, 'backslash in path');
  if (/%2e|%2f|%5c/i.test(decoded)) return refuse(403, 'double-encoded path');
  const segments = decoded.split('/').slice(1);
  if (segments.some((s) => s === '..' || s === '.')) return refuse(403, 'dot segment in path');
  if (segments.some((s) => /^[A-Za-z]:/.test(s))) return refuse(403, 'drive letter in path');
  if (decoded.startsWith('//')) return refuse(403, 'absolute path');

  const relative = decoded.endsWith('/') ? `${decoded}${INDEX_FILE}` : decoded;
  const rootAbs = path.resolve(root);
  const full = path.resolve(rootAbs, `.${relative}`);
  if (!isInside(rootAbs, full)) return refuse(403, 'outside root');
  return { ok: true, path: full, mime: mimeTypeFor(full), isIndex: path.basename(full) === INDEX_FILE };
}

export function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

export type StaticFile =
  | {
      readonly ok: true;
      readonly path: string;
      readonly mime: string;
      readonly size: number;
      readonly isIndex: boolean;
    }
  | { readonly ok: false; readonly status: 400 | 403 | 404; readonly reason: string };

/** Resolves and checks the file exists as a regular file whose real path is inside the root's real path. */
export async function findStaticFile(root: string, urlPath: string): Promise<StaticFile> {
  const resolved = resolveStaticPath(root, urlPath);
  if (!resolved.ok) return resolved;
  try {
    const [realRoot, realFile] = await Promise.all([fs.realpath(root), fs.realpath(resolved.path)]);
    if (!isInside(realRoot, realFile)) return refuse(403, 'outside root');
    const stat = await fs.stat(realFile);
    if (!stat.isFile()) return refuse(404, 'not a file');
    return { ok: true, path: realFile, mime: resolved.mime, size: stat.size, isIndex: resolved.isIndex };
  } catch {
    return refuse(404, 'not found');
  }
}

function refuse(status: 400 | 403 | 404, reason: string): { ok: false; status: 400 | 403 | 404; reason: string } {
  return { ok: false, status, reason };
}
