/**
 * The cmi5 statement rules a cmi5 LMS enforces on what an AU sends (cmi5 §9, as ADL's CATAPULT player
 * checks them). Pure: the LMS passes the session and what the registration already holds.
 */
export const CMI5_VERBS = {
  launched: 'http://adlnet.gov/expapi/verbs/launched',
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  abandoned: 'https://w3id.org/xapi/adl/verbs/abandoned',
  waived: 'https://w3id.org/xapi/adl/verbs/waived',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
  satisfied: 'https://w3id.org/xapi/adl/verbs/satisfied',
} as const;
export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
export const CMI5_SESSION_EXT = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
export const CMI5_MASTERY_EXT = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';

const LMS_ONLY = new Set<string>([CMI5_VERBS.launched, CMI5_VERBS.abandoned, CMI5_VERBS.waived, CMI5_VERBS.satisfied]);
const JUDGED = new Set<string>([CMI5_VERBS.completed, CMI5_VERBS.passed, CMI5_VERBS.failed]);

export interface Cmi5SessionView {
  id: string;
  registration: string;
  activityId: string;
  launchMode: 'Normal' | 'Browse' | 'Review';
  masteryScore: number | null;
  state: 'launched' | 'initialized' | 'terminated';
}

export interface RegistrationHistory {
  completed: boolean;
  passed: boolean;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : null);
const ISO_DURATION =
  /^P(?!$)(\d+(?:\.\d+)?Y)?(\d+(?:\.\d+)?M)?(\d+(?:\.\d+)?W)?(\d+(?:\.\d+)?D)?(T(?=\d)(\d+(?:\.\d+)?H)?(\d+(?:\.\d+)?M)?(\d+(?:\.\d+)?S)?)?$/;

/** Why the LMS refuses `st` in this session, or null when it is acceptable. */
export function cmi5Violation(st: Obj, session: Cmi5SessionView, history: RegistrationHistory): string | null {
  const verb = String(obj(st.verb)?.id ?? '');
  const context = obj(st.context) ?? {};
  const result = obj(st.result) ?? {};
  const category = ((obj(context.contextActivities)?.category as unknown[] | undefined) ?? []).map((c) =>
    String(obj(c)?.id ?? ''),
  );
  const isCmi5 = category.includes(CMI5_CATEGORY);
  if (session.state === 'terminated') return 'the session is terminated: no statement may follow Terminated';
  if (session.state === 'launched' && verb !== CMI5_VERBS.initialized)
    return 'the first statement of a session must be Initialized';
  if (verb === CMI5_VERBS.initialized && session.state !== 'launched')
    return 'Initialized was already sent in this session';
  if (LMS_ONLY.has(verb)) return 'only the LMS may send Launched, Abandoned, Waived or Satisfied';
  if (context.registration !== session.registration) return 'context.registration does not match the launch';
  if (obj(context.extensions)?.[CMI5_SESSION_EXT] !== session.id)
    return 'the session id extension does not match the launch';
  const cmi5Defined =
    Object.values(CMI5_VERBS).includes(verb as never) && String(obj(st.object)?.id) === session.activityId;
  if (!cmi5Defined) return isCmi5 ? 'a cmi5 allowed statement must not carry the cmi5 category' : null;
  if (!isCmi5) return 'a cmi5 defined statement must carry the cmi5 category';
  const hasSuccess = 'success' in result;
  const hasCompletion = 'completion' in result;
  const scaled = obj(result.score)?.scaled;
  if (JUDGED.has(verb) || verb === CMI5_VERBS.terminated) {
    if (typeof result.duration !== 'string' || !ISO_DURATION.test(result.duration))
      return 'result.duration is required';
  }
  if (JUDGED.has(verb) && session.launchMode !== 'Normal') return `${session.launchMode} mode records nothing judged`;
  switch (verb) {
    case CMI5_VERBS.completed:
      if (result.completion !== true || hasSuccess || 'score' in result)
        return 'Completed needs completion true, no success, no score';
      if (history.completed) return 'Completed was already sent in this registration';
      return null;
    case CMI5_VERBS.passed:
      if (result.success !== true || hasCompletion) return 'Passed needs success true and no completion';
      if (history.passed) return 'Passed was already sent in this registration';
      if (session.masteryScore !== null && typeof scaled === 'number' && scaled < session.masteryScore)
        return 'Passed with a scaled score below masteryScore';
      if (session.masteryScore !== null && obj(context.extensions)?.[CMI5_MASTERY_EXT] !== session.masteryScore)
        return 'Passed must carry the masteryScore extension';
      return null;
    case CMI5_VERBS.failed:
      if (result.success !== false || hasCompletion) return 'Failed needs success false and no completion';
      if (history.passed) return 'Failed after Passed in this registration';
      if (session.masteryScore !== null && typeof scaled === 'number' && scaled >= session.masteryScore)
        return 'Failed with a scaled score at or above masteryScore';
      return null;
    default:
      if (hasSuccess || hasCompletion || 'score' in result)
        return 'only Completed, Passed and Failed carry success, completion or score';
      return null;
  }
}
