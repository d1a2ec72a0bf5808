import { LMS_PATH_PREFIX, PREVIEW_PATH_PREFIX, previewBaseFromLms, type ExportFormat } from '../../shared';

/** URL paths, under the content base (never the renderer's origin), of the stand-in LMS page and preview builds. */
export { LMS_PATH_PREFIX, PREVIEW_PATH_PREFIX };

/**
 * The stand-in page launching a preview build, relative to the content base (the renderer prefixes it:
 * `http://127.0.0.1:<port>/c/<token>/` on the browser host, `cwcontent://coursewright/` in Electron). `src` is
 * relative to the LMS page, so it stays under the same base.
 */
export function previewLaunchUrl(input: { previewId: string; courseId: string; format: ExportFormat }): string {
  const q = new URLSearchParams({
    format: input.format,
    src: `${previewBaseFromLms(input.previewId)}index.html`,
    state: `preview:${input.courseId}:${input.format}`,
  });
  return `${LMS_PATH_PREFIX.slice(1)}index.html?${q.toString()}`;
}
