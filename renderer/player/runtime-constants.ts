import { PACKAGE_TARGETS, type PackageTarget } from '../../shared/core/export-formats';

/**
 * Copies of shared constants whose home modules also build zod schemas at load time: importing them
 * would pull zod (~150 KB) into the player. tests/unit/player/runtime-constants.test.ts pins them to
 * the originals.
 */
export const PLAYER_PACKAGE_GLOBAL = '__COURSEWRIGHT_PACKAGE__';
export const PLAYER_FORMAT_VERSION = 1;
/** Every package target (from the zod-free export format registry). */
export const PLAYER_TARGETS: readonly PackageTarget[] = PACKAGE_TARGETS;
export const PLAYER_LINK_PROTOCOLS: readonly string[] = ['https:', 'http:', 'mailto:'];
