/**
 * Paths under the content base, the origin where packages play (browser host: `http://127.0.0.1:<port>/c/<token>`,
 * Electron: `cwcontent://coursewright`). One definition for the hosts that serve them and the renderer that
 * builds launch URLs (issue 14: no copies).
 */
export const LMS_PATH_PREFIX = '/lms/';
export const PREVIEW_PATH_PREFIX = '/preview/';
/** Imported SCORM packages: `/packages/<packageId>/<path inside the package>`. */
export const PACKAGES_PATH_PREFIX = '/packages/';
/** The LMS page of learner mode (scorm-again), relative to the content base. */
export const LEARN_PAGE_PATH = `${LMS_PATH_PREFIX}learn.html`;

/** A package's folder as the learn page (under /lms/) reaches it. */
export const packageBaseFromLms = (packageId: string): string =>
  `..${PACKAGES_PATH_PREFIX}${encodeURIComponent(packageId)}/`;
/** A preview build's folder as an LMS page (under /lms/) reaches it. */
export const previewBaseFromLms = (previewId: string): string => `..${PREVIEW_PATH_PREFIX}${previewId}/`;
