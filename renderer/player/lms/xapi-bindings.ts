import { LMS_REFUSED_NOTICE, NO_LMS_NOTICE, standaloneFor, type LmsBinder } from './binding-support';
import { createXapiLaunchAdapter, hasLaunchParams } from './xapi-launch-adapter';

const bindLaunch =
  (kind: 'cmi5' | 'xapi'): LmsBinder =>
  (opts) => {
    const launch = opts.launch;
    if (!launch || !hasLaunchParams(kind, launch.href)) return standaloneFor(opts, NO_LMS_NOTICE);
    return createXapiLaunchAdapter({
      ...launch,
      kind,
      packageId: opts.packageId,
      logger: opts.logger,
      fallback: () => standaloneFor(opts, LMS_REFUSED_NOTICE),
    });
  };

/** cmi5 §8 launch; without its parameters → standalone with a notice. */
export const bindCmi5: LmsBinder = /* @__PURE__ */ bindLaunch('cmi5');
/** Tin Can launch; without its parameters → standalone with a notice. */
export const bindXapi: LmsBinder = /* @__PURE__ */ bindLaunch('xapi');
