import { EXPORT_FORMATS, type ExportFormat } from '../../shared/core/export-formats';
/**
 * Query parameters of the stand-in LMS page:
 *   ?format=scorm12|scorm2004-3rd|scorm2004-4th|html5&src=<package launch URL>&state=<storage key>[&width=<px>]
 * `src` must stay on the page's own origin: a SCO finds the API through `window.parent`, which only
 * works same-origin, and refusing other origins keeps the page from framing arbitrary sites.
 */
/** Every export format runs in the stand-in (from the zod-free registry). */
const LMS_FORMATS = EXPORT_FORMATS;
export type LmsFormat = ExportFormat;

export interface LaunchParams {
  format: LmsFormat;
  /** Absolute URL of the package's launch file. */
  src: string;
  /** localStorage key the CMI data is kept under (same key = same learner attempt). */
  storageKey: string;
  /** Width of the course frame in CSS pixels, or null for the full width. */
  width: number | null;
  /** cmi5 through the app's own LMS: the launcher's feed of this session's statements (`&feed=`). */
  feed: string | null;
}

type LaunchParamsResult = { ok: true; params: LaunchParams } | { ok: false; message: string };

/** Message the app's preview panel posts to resize the course frame without relaunching the SCO. */
export const VIEWPORT_MESSAGE = 'coursewright:lms-viewport';

export const STORAGE_PREFIX = 'coursewright.lms-stand-in:';

function isLmsFormat(value: unknown): value is LmsFormat {
  return typeof value === 'string' && (LMS_FORMATS as readonly string[]).includes(value);
}

export function parseLaunchParams(href: string): LaunchParamsResult {
  const page = new URL(href);
  const q = page.searchParams;
  const format = q.get('format') ?? 'scorm12';
  if (!isLmsFormat(format)) return { ok: false, message: `Unknown format "${format}". Use ${LMS_FORMATS.join(', ')}.` };
  const rawSrc = q.get('src');
  if (!rawSrc) return { ok: false, message: 'Missing ?src=: the URL of the package index.html.' };
  let src: URL;
  try {
    src = new URL(rawSrc, page);
  } catch {
    return { ok: false, message: `Not a URL: ${rawSrc}` };
  }
  if (src.origin !== page.origin || !/^(https?|app|file):$/.test(src.protocol)) {
    return { ok: false, message: 'The package must be served from the same origin as this page.' };
  }
  const state = (q.get('state') ?? '').trim() || `${format}:${src.pathname}`;
  const widthText = q.get('width');
  const width = widthText && /^\d{3,4}$/.test(widthText) ? Number(widthText) : null;
  const feed = format === 'cmi5' ? q.get('feed') || null : null;
  return { ok: true, params: { format, src: src.href, storageKey: `${STORAGE_PREFIX}${state}`, width, feed } };
}
