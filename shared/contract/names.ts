import type { ChannelName } from './channels';
import type { EventName } from './events';

/**
 * Channel and event names as plain strings, for code that must not load zod (the sandboxed preload
 * bundle). Only type imports above, so importing this file pulls in nothing at runtime.
 * Adding a channel/event to the contract without listing it here is a compile error (checks below),
 * and tests/unit/preload/contract-names.test.ts pins the lists to the contract objects.
 */
export const CHANNEL_NAME_LIST = [
  'app.info',
  'app.showItemInFolder',
  'library.info',
  'library.check',
  'library.restoreBackup',
  'library.openNotice',
  'library.search',
  'courses.list',
  'courses.get',
  'courses.create',
  'courses.update',
  'courses.duplicate',
  'courses.delete',
  'modules.create',
  'modules.rename',
  'modules.reorder',
  'modules.delete',
  'lessons.create',
  'lessons.update',
  'lessons.reorder',
  'lessons.move',
  'lessons.delete',
  'blocks.create',
  'blocks.update',
  'blocks.reorder',
  'blocks.move',
  'blocks.delete',
  'assets.list',
  'export.start',
  'export.cancel',
  'export.preview',
  'media.import',
  'media.list',
  'media.cancel',
  'media.retry',
  'media.delete',
  'media.cleanup',
  'captions.import',
  'captions.validate',
  'captions.save',
  'courses.trash.list',
  'courses.restore',
  'courses.purge',
  'courses.exportArchive',
  'courses.importArchive',
  'courses.guidance',
  'learn.list',
  'learners.list',
  'learners.create',
  'scorm.import',
  'scorm.list',
  'learners.delete',
  'scorm.delete',
  'attempts.start',
  'attempts.reset',
  'cmi.load',
  'cmi.save',
  'records.export',
  'records.list',
  'courses.opened',
  'courses.recent',
  'files.prepareDownload',
  'files.chooseSavePath',
  'captions.attach',
  'captions.create',
  'captions.list',
  'records.lrsSettings',
  'records.saveLrsSettings',
  'records.testLrs',
  'records.outbox',
  'records.sync',
] as const satisfies readonly ChannelName[];

export const EVENT_NAME_LIST = [
  'library.changed',
  'export.progress',
  'media.progress',
  'app.command',
] as const satisfies readonly EventName[];

type MissingChannels = Exclude<ChannelName, (typeof CHANNEL_NAME_LIST)[number]>;
type MissingEvents = Exclude<EventName, (typeof EVENT_NAME_LIST)[number]>;
/** Compile-time exhaustiveness: names missing from the lists above show up in the error message. */
export const NAME_LISTS_COMPLETE: [MissingChannels, MissingEvents] extends [never, never] ? true : never = true;
