import { assertNever } from '../../../shared/assert-never';
import { EXPORT_FORMAT_REGISTRY, type PackageTarget } from '../../../shared/core/export-formats';
import type { Scorm12StatusMapping } from '../../../shared/model/course';
import { findScormApi, type FrameLike } from './api-discovery';
import type { LmsAdapter, LmsLogger } from './lms-adapter';
import { createScorm12Adapter } from './scorm12-adapter';
import { createScorm2004Adapter } from './scorm2004-adapter';
import type { StorageLike } from './scorm-session';
import { createStandaloneAdapter } from './standalone-adapter';
import { createXapiLaunchAdapter, hasLaunchParams } from './xapi-launch-adapter';

export const NO_LMS_NOTICE = 'No learning management system was found: your progress is saved in this browser only.';
export const LMS_REFUSED_NOTICE =
  'The learning management system did not accept this session: your progress is saved in this browser only.';

/** Uses `primary`, or switches to `fallback` when the LMS refuses Initialize, so progress is never silently lost. */
export function withStandaloneFallback(
  primary: LmsAdapter,
  fallback: () => LmsAdapter,
  logger?: LmsLogger,
): LmsAdapter {
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

/** Binds the adapter for the package's own target; falls back to standalone (with a notice) when no LMS answers. */
export function createLmsAdapter(opts: {
  target: PackageTarget;
  packageId: string;
  win: FrameLike;
  storage: StorageLike | null;
  logger?: LmsLogger;
  /** The course's SCORM 1.2 lesson_status words. */
  statusMapping?: Scorm12StatusMapping;
  /** cmi5 / xapi: the page URL with the launch parameters, and the course language. */
  launch?: { href: string; lang: string; fetch: typeof fetch };
}): LmsAdapter {
  const base = { packageId: opts.packageId, storage: opts.storage, logger: opts.logger };
  const standalone = (notice: string | null): LmsAdapter => createStandaloneAdapter({ ...base, notice });
  const scorm = (adapter: LmsAdapter): LmsAdapter =>
    withStandaloneFallback(adapter, () => standalone(LMS_REFUSED_NOTICE), opts.logger);
  if (opts.target === 'preview') {
    const api2004 = findScormApi(opts.win, '2004');
    if (api2004) return scorm(createScorm2004Adapter(api2004, base));
    const api12 = findScormApi(opts.win, '1.2');
    return api12
      ? scorm(createScorm12Adapter(api12, { ...base, statusMapping: opts.statusMapping }))
      : standalone(null);
  }
  const binding = EXPORT_FORMAT_REGISTRY[opts.target].lms;
  switch (binding) {
    case 'scorm12': {
      const api = findScormApi(opts.win, '1.2');
      return api
        ? scorm(createScorm12Adapter(api, { ...base, statusMapping: opts.statusMapping }))
        : standalone(NO_LMS_NOTICE);
    }
    case 'scorm2004': {
      const api = findScormApi(opts.win, '2004');
      return api ? scorm(createScorm2004Adapter(api, base)) : standalone(NO_LMS_NOTICE);
    }
    case 'none':
      return standalone(null);
    case 'cmi5':
    case 'xapi': {
      const launch = opts.launch;
      if (!launch || !hasLaunchParams(binding, launch.href)) return standalone(NO_LMS_NOTICE);
      return createXapiLaunchAdapter({
        ...launch,
        kind: binding,
        packageId: opts.packageId,
        logger: opts.logger,
        fallback: () => standalone(LMS_REFUSED_NOTICE),
      });
    }
    default:
      return assertNever(binding, 'LMS binding');
  }
}

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
