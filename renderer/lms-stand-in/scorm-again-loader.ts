import type { Scorm12API, Scorm2004API, Settings } from 'scorm-again';
import type { ScormAgainLike, ScormFormat } from './runtime';

/**
 * A stand-in LMS: no commit URL (scorm-again then reports every commit as successful and we store the
 * data ourselves), no autocommit (the SCO decides when to commit, as with a real LMS), no console noise.
 */
export const STAND_IN_SETTINGS: Settings = {
  autocommit: false,
  lmsCommitUrl: false,
  dataCommitFormat: 'json',
  logLevel: 5,
};

/**
 * Loads only the runtime of the requested version. The subpath bundles export the class by name
 * although their bundled typings declare a default export, hence the cast.
 */
export async function createScormApi(format: ScormFormat): Promise<ScormAgainLike> {
  if (format === 'scorm12') {
    const mod = (await import('scorm-again/scorm12')) as unknown as { Scorm12API: typeof Scorm12API };
    return new mod.Scorm12API({ ...STAND_IN_SETTINGS }) as unknown as ScormAgainLike;
  }
  const mod = (await import('scorm-again/scorm2004')) as unknown as { Scorm2004API: typeof Scorm2004API };
  return new mod.Scorm2004API({ ...STAND_IN_SETTINGS }) as unknown as ScormAgainLike;
}
