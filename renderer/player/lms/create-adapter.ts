import { EXPORT_FORMAT_REGISTRY, type LmsBinding, type PackageTarget } from '../../../shared/core/export-formats';
import { findScormApi } from './api-discovery';
import { bindStandalone, scormWithFallback, type AdapterOptions, type LmsBinder } from './binding-support';
import type { LmsAdapter } from './lms-adapter';
import { createScorm12Adapter } from './scorm12-adapter';
import { createScorm2004Adapter } from './scorm2004-adapter';
import { bindScorm12, bindScorm2004 } from './scorm-bindings';
import { bindCmi5, bindXapi } from './xapi-bindings';

export { bindPageLifecycle, LMS_REFUSED_NOTICE } from './binding-support';

/**
 * Every binding by name. A packaged runtime never imports this map (it would bundle every adapter): each
 * `entries/<binding>.ts` imports its own binder; tests and the build check that every binding has an entry.
 */
const LMS_BINDERS: { readonly [B in LmsBinding]: LmsBinder } = {
  scorm12: bindScorm12,
  scorm2004: bindScorm2004,
  cmi5: bindCmi5,
  xapi: bindXapi,
  none: bindStandalone,
};

/**
 * The adapter for a package target (tests; a `preview` package tries `API_1484_11`, then `API`, then
 * standalone without a notice).
 */
export function createLmsAdapter(opts: AdapterOptions & { target: PackageTarget }): LmsAdapter {
  if (opts.target !== 'preview') return LMS_BINDERS[EXPORT_FORMAT_REGISTRY[opts.target].lms](opts);
  const base = { packageId: opts.packageId, storage: opts.storage, logger: opts.logger };
  const api2004 = findScormApi(opts.win, '2004');
  if (api2004) return scormWithFallback(opts, createScorm2004Adapter(api2004, base));
  const api12 = findScormApi(opts.win, '1.2');
  return api12
    ? scormWithFallback(opts, createScorm12Adapter(api12, { ...base, statusMapping: opts.statusMapping }))
    : bindStandalone(opts);
}
