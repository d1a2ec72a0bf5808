import type { Scorm12StatusMapping } from '../../../shared/model/course';
import type { FrameLike } from './api-discovery';
import type { LmsAdapter, LmsLogger } from './lms-adapter';
import type { StorageLike } from './scorm-session';
import { createStandaloneAdapter } from './standalone-adapter';

export const NO_LMS_NOTICE = 'No learning management system was found: your progress is saved in this browser only.';
export const LMS_REFUSED_NOTICE =
  'The learning management system did not accept this session: your progress is saved in this browser only.';

/** What every LMS binding gets from the boot code. */
export interface AdapterOptions {
  packageId: string;
  win: FrameLike;
  storage: StorageLike | null;
  logger?: LmsLogger | undefined;
  /** The course's SCORM 1.2 lesson_status words. */
  statusMapping?: Scorm12StatusMapping | undefined;
  /** cmi5 / xapi: the page URL with the launch parameters, and the course language. */
  launch?: { href: string; lang: string; fetch: typeof fetch } | undefined;
}

/**
 * One LMS binding (`LmsBinding` of the export format registry). Each runtime (`entries/<binding>.ts`) bundles
 * exactly one, so a package ships only the LMS code its format needs.
 */
export type LmsBinder = (opts: AdapterOptions) => LmsAdapter;

export const standaloneFor = (opts: AdapterOptions, notice: string | null): LmsAdapter =>
  createStandaloneAdapter({ packageId: opts.packageId, storage: opts.storage, logger: opts.logger, notice });

/** Uses `primary`, or switches to `fallback` when the LMS refuses Initialize, so progress is never silently lost. */
function withStandaloneFallback(primary: LmsAdapter, fallback: () => LmsAdapter, logger?: LmsLogger): LmsAdapter {
  let active = primary;
  return {
    get kind() {
      return active.kind;
    },
    get notice() {
      return active.notice;
    },
    start() {
      const started = primary.start();
      if (started.connected) return started;
      logger?.warn('the LMS refused Initialize; saving progress in this browser');
      active = fallback();
      return active.start();
    },
    update: (s) => active.update(s),
    flush: () => active.flush(),
    finish: () => active.finish(),
    reconnect: () => active.reconnect(),
    watch: (fn) => active.watch(fn),
  };
}

/** A SCORM adapter that falls back to standalone (with a notice) when the LMS refuses Initialize. */
export const scormWithFallback = (opts: AdapterOptions, adapter: LmsAdapter): LmsAdapter =>
  withStandaloneFallback(adapter, () => standaloneFor(opts, LMS_REFUSED_NOTICE), opts.logger);

/** `none` (html5): progress in localStorage, no notice. */
export const bindStandalone: LmsBinder = (opts) => standaloneFor(opts, null);

/**
 * Commit when the page is hidden; finish on pagehide (never `unload`, which mobile browsers skip and
 * bfcache forbids); after a back/forward-cache restore (`pageshow` with `persisted`) reconnect, or let
 * the adapter report `disconnected` so the learner is told to reopen the course.
 */
export function bindPageLifecycle(
  adapter: LmsAdapter,
  win: Pick<Window, 'addEventListener'>,
  doc: Pick<Document, 'addEventListener' | 'visibilityState'>,
): void {
  doc.addEventListener('visibilitychange', () => {
    if (doc.visibilityState === 'hidden') adapter.flush();
  });
  win.addEventListener('pagehide', () => adapter.finish());
  win.addEventListener('pageshow', (e: Event) => {
    if ((e as PageTransitionEvent).persisted) adapter.reconnect();
  });
}
