import { EXPORT_FORMAT_RUNTIME } from '../core/export-format-runtime';
import type { ExportFormat, LmsBinding } from '../core/export-formats';
import type { PackageTarget } from './course-package';

/** Paths inside every package; exporters and the player agree on them through these constants. */
export const PACKAGE_PATHS = {
  index: 'index.html',
  playerJs: 'runtime/player.js',
  playerCss: 'runtime/player.css',
  courseJson: 'content/course.json',
  courseJs: 'content/course.js',
  mediaDir: 'media/',
  manifest: 'imsmanifest.xml',
  cmi5Manifest: 'cmi5.xml',
  tincanManifest: 'tincan.xml',
} as const;

/**
 * The built runtime of one LMS binding (`out/player/player-<binding>.js`, from `renderer/player/entries/<binding>.ts`);
 * a package ships the one its format binds to as `PACKAGE_PATHS.playerJs`, next to the shared `player.css`.
 */
export const playerRuntimeFile = (binding: LmsBinding): string => `player-${binding}.js`;
export const PLAYER_CSS_FILE = 'player.css';
/** Issue 10: a package's runtime (player JS + CSS + index.html) stays at most 100 KB uncompressed. */
export const PLAYER_RUNTIME_BUDGET_BYTES = 100 * 1024;
export const runtimeFileFor = (format: ExportFormat): string => playerRuntimeFile(EXPORT_FORMAT_RUNTIME[format].lms);

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** Language tags are validated upstream; fall back to "en" rather than emit a broken attribute. */
const safeLang = (lang: string): string => (/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang) ? lang : 'en');

/**
 * The package's `index.html`. No inline script or style, so a strict CSP (`script-src 'self'`) works;
 * `content/course.js` sets the package global before `runtime/player.js` runs (both are deferred, in order).
 * Short on purpose (it counts in the runtime budget): the optional `<head>`, `<body>` and closing tags are implied
 * by the HTML parser.
 */
export function renderPlayerHtml(opts: { title: string; language: string; target: PackageTarget }): string {
  const title = escapeHtml(opts.title);
  return `<!doctype html>
<html lang="${safeLang(opts.language)}">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="coursewright-target" content="${escapeHtml(opts.target)}">
<title>${title}</title>
<link rel="stylesheet" href="${PACKAGE_PATHS.playerCss}">
<script defer src="${PACKAGE_PATHS.courseJs}"></script>
<script defer src="${PACKAGE_PATHS.playerJs}"></script>
<div id="app" data-state="loading"><p class="cw-loading">${title}</p></div>
<noscript><p class="cw-noscript">This course needs JavaScript: please turn it on in your browser.</p></noscript>
`;
}

/**
 * Caption tracks from `file://`: Chromium treats every file URL as its own origin, so `<track src>` of a
 * `.vtt` file is refused when an html5 package is opened from disk. Exporters therefore also write each
 * captions asset as a script next to it (`captionScriptPath(src)`, text from `renderCaptionScript`); on
 * `file:` the player loads that script and hands the track a `data:` URL instead.
 */
export const CAPTIONS_GLOBAL = '__COURSEWRIGHT_CAPTIONS__';
export const captionScriptPath = (src: string): string => `${src}.js`;

export function renderCaptionScript(assetId: string, vttText: string): string {
  const json = JSON.stringify(vttText)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `(window.${CAPTIONS_GLOBAL} = window.${CAPTIONS_GLOBAL} || {})[${JSON.stringify(assetId)}] = ${json};\n`;
}
