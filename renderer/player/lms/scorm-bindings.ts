import { findScormApi } from './api-discovery';
import { NO_LMS_NOTICE, scormWithFallback, standaloneFor, type LmsBinder } from './binding-support';
import { createScorm12Adapter } from './scorm12-adapter';
import { createScorm2004Adapter } from './scorm2004-adapter';

/** `API` only (the window and its parents, then the opener's); none → standalone with a notice. */
export const bindScorm12: LmsBinder = (opts) => {
  const api = findScormApi(opts.win, '1.2');
  const base = { packageId: opts.packageId, storage: opts.storage, logger: opts.logger };
  return api
    ? scormWithFallback(opts, createScorm12Adapter(api, { ...base, statusMapping: opts.statusMapping }))
    : standaloneFor(opts, NO_LMS_NOTICE);
};

/** `API_1484_11` only; none → standalone with a notice. */
export const bindScorm2004: LmsBinder = (opts) => {
  const api = findScormApi(opts.win, '2004');
  const base = { packageId: opts.packageId, storage: opts.storage, logger: opts.logger };
  return api ? scormWithFallback(opts, createScorm2004Adapter(api, base)) : standaloneFor(opts, NO_LMS_NOTICE);
};
