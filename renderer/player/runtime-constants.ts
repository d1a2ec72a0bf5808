import { PACKAGE_TARGETS, type PackageTarget } from '../../shared/core/export-formats';
import { COURSE_PACKAGE_FORMAT_VERSION, LINK_PROTOCOLS, PACKAGE_GLOBAL } from '../../shared/core/package-constants';

/** The package constants the player checks, from the zod-free core (no copies to keep in step any more). */
export const PLAYER_PACKAGE_GLOBAL = PACKAGE_GLOBAL;
export const PLAYER_FORMAT_VERSION = COURSE_PACKAGE_FORMAT_VERSION;
/** Every package target (from the zod-free export format registry). */
export const PLAYER_TARGETS: readonly PackageTarget[] = PACKAGE_TARGETS;
export const PLAYER_LINK_PROTOCOLS: readonly string[] = LINK_PROTOCOLS;
