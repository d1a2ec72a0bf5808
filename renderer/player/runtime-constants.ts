import type { PackageTarget } from '../../shared/package/course-package';

/**
 * Copies of shared constants whose home modules also build zod schemas at load time: importing them
 * would pull zod (~150 KB) into the player. tests/unit/player/runtime-constants.test.ts pins them to
 * the originals.
 */
export const PLAYER_PACKAGE_GLOBAL = '__COURSEWRIGHT_PACKAGE__';
export const PLAYER_FORMAT_VERSION = 1;
export const PLAYER_TARGETS: readonly PackageTarget[] = [
  'scorm12',
  'scorm2004-3rd',
  'scorm2004-4th',
  'html5',
  'preview',
  'cmi5',
  'xapi',
];
export const PLAYER_LINK_PROTOCOLS: readonly string[] = ['https:', 'http:', 'mailto:'];
