/**
 * `sandbox` of the frames that show third-party and exported content (learner mode, preview). Never
 * allow-top-navigation: a package may not navigate the app window (`top.location = …`), with or without a click.
 * allow-same-origin is safe only because those frames are on the separate content origin (never the app's own):
 * it keeps the LMS page and the SCO able to reach each other (`parent.API`) and use storage. Popups stay
 * sandboxed too (no allow-popups-to-escape-sandbox), so a window a package opens cannot navigate the app either.
 */
export const CONTENT_FRAME_SANDBOX = 'allow-scripts allow-same-origin allow-forms allow-popups allow-modals';
