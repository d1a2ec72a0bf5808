import type { ExportFormat } from '../../shared';

/** URL paths (same origin as the renderer) of the stand-in LMS page and of preview builds. */
export const LMS_PATH_PREFIX = '/lms/';
export const PREVIEW_PATH_PREFIX = '/preview/';

/**
 * The stand-in page launching a preview build. Absolute paths, so the same URL works on the browser
 * host (http://127.0.0.1:<port>/…) and in Electron (app://coursewright/…).
 */
export function previewLaunchUrl(input: { previewId: string; courseId: string; format: ExportFormat }): string {
  const q = new URLSearchParams({
    format: input.format,
    src: `${PREVIEW_PATH_PREFIX}${input.previewId}/index.html`,
    state: `preview:${input.courseId}:${input.format}`,
  });
  return `${LMS_PATH_PREFIX}index.html?${q.toString()}`;
}
