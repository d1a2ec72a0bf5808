import { LINK_PROTOCOLS } from '../../../../shared';

/**
 * The schema already refuses other schemes; this second check runs at render time because the
 * renderer must stay safe even if a document bypassed validation (old rows, a future bug).
 * Returns the normalised URL, or null when the link must not be rendered as a link.
 */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string' || /\s/.test(href) || hasControlChars(href)) return null;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  return (LINK_PROTOCOLS as readonly string[]).includes(url.protocol) ? url.href : null;
}

function hasControlChars(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 0x20 || s.charCodeAt(i) === 0x7f) return true;
  return false;
}
