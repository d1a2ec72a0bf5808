import type { CliCommand } from '../command';
import { archiveExportCommand, archiveImportCommand } from './archive';
import { coursesCreateCommand, coursesListCommand } from './courses';
import { exportCommand } from './export';
import { libraryInfoCommand } from './library';
import { libraryCheckCommand, libraryRestoreCommand } from './library-health';
import { mediaImportCommand, mediaListCommand } from './media';
import { mediaCaptionsAddCommand, mediaCaptionsListCommand } from './media-captions';
import { cmi5ImportCommand, cmi5ListCommand, cmi5PlayCommand } from './cmi5';
import { recordsSyncCommand } from './records';
import { serveCommand } from './serve';
import { startCommand } from './start';
import { scormImportCommand, scormListCommand } from './scorm';

/** Every CLI command, in help order. Later issues register `export`, `media`, `scorm` here. */
export const COMMANDS: readonly CliCommand[] = [
  coursesListCommand,
  coursesCreateCommand,
  libraryInfoCommand,
  libraryCheckCommand,
  libraryRestoreCommand,
  exportCommand,
  archiveExportCommand,
  archiveImportCommand,
  mediaImportCommand,
  mediaListCommand,
  mediaCaptionsAddCommand,
  mediaCaptionsListCommand,
  scormImportCommand,
  scormListCommand,
  cmi5ImportCommand,
  cmi5ListCommand,
  cmi5PlayCommand,
  recordsSyncCommand,
  serveCommand,
  startCommand,
];
