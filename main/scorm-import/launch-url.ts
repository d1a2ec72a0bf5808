/** Joining of xml:base, href and item parameters as SCORM CAM describes it, kept inside the package. */

const SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;

/** Joins xml:base values and an href (each base is a folder prefix; an absolute URL resets). */
export function joinBase(parts: readonly string[]): string {
  let out = '';
  for (const raw of parts) {
    const part = raw.trim().replace(/\\/g, '/');
    if (!part) continue;
    if (SCHEME.test(part) || part.startsWith('/')) out = part;
    else if (!out || out.endsWith('/')) out += part;
    else out += `/${part}`;
  }
  return out;
}

/** Appends item `parameters` to an href per SCORM CAM 3.4.1.10 (leading `?`/`&` handling, `#` fragments). */
export function applyParameters(href: string, parameters: string | null): string {
  const p = parameters?.trim() ?? '';
  if (!p) return href;
  if (p.startsWith('#')) return href.includes('#') ? href : href + p;
  const query = p.replace(/^[?&]+/, '');
  if (!query) return href;
  const hash = href.indexOf('#');
  const base = hash === -1 ? href : href.slice(0, hash);
  const fragment = hash === -1 ? '' : href.slice(hash);
  return `${base}${base.includes('?') ? '&' : '?'}${query}${fragment}`;
}

/**
 * The decoded, normalised package-relative file path of an href, or null when it points outside the package
 * (absolute URL, absolute path, `..` escaping the root).
 */
export function packagePath(href: string): string | null {
  if (SCHEME.test(href) || href.startsWith('/') || href.startsWith('//')) return null;
  const file = href.split(/[?#]/, 1)[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(file);
  } catch {
    decoded = file;
  }
  const out: string[] = [];
  for (const segment of decoded.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length === 0) return null;
      out.pop();
    } else out.push(segment);
  }
  return out.length ? out.join('/') : null;
}
