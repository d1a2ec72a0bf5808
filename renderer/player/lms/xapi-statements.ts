import { formatIso8601Duration } from '../../../shared/scorm/time-format';
import { formatScorm2004Response, letter, truncate } from './interaction-format';
import type { InteractionRecord } from './lms-adapter';

/** cmi5 §9.3 verbs (ADL vocabulary) plus xAPI's `answered` for interactions. */
export type VerbName = 'initialized' | 'completed' | 'passed' | 'failed' | 'terminated' | 'answered';
/** A verb's IRI, `http://adlnet.gov/expapi/verbs/<name>` (built, not listed: the IRIs share their prefix). */
export const verbIri = (verb: VerbName): string => `http://adlnet.gov/expapi/verbs/${verb}`;

const CMI5_CONTEXT = 'https://w3id.org/xapi/cmi5/context/';
export const CMI5 = {
  category: `${CMI5_CONTEXT}categories/cmi5`,
  moveOn: `${CMI5_CONTEXT}categories/moveon`,
  sessionId: `${CMI5_CONTEXT}extensions/sessionid`,
  masteryScore: `${CMI5_CONTEXT}extensions/masteryscore`,
} as const;

export const INTERACTION_ACTIVITY_TYPE = 'http://adlnet.gov/expapi/activities/cmi.interaction';

/** Structural subset of xAPI 1.0.3 §2.4 the player writes. */
interface XapiActivityRef {
  id: string;
}
export interface XapiContext {
  registration?: string;
  contextActivities?: Record<string, XapiActivityRef[]>;
  extensions?: Record<string, unknown>;
  [key: string]: unknown;
}
export interface XapiStatement {
  id: string;
  actor: unknown;
  verb: { id: string; display: Record<string, string> };
  object: { objectType: 'Activity'; id: string; definition?: Record<string, unknown> };
  result?: Record<string, unknown>;
  context: XapiContext;
  timestamp: string;
}

/** RFC 4122 v4. `crypto.randomUUID` exists only in secure contexts; an LMS on plain http is not one. */
function uuid(): string {
  const b = new Uint8Array(16);
  crypto.getRandomValues(b);
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * Context = the LMS's template plus ours, never overwriting a template value (cmi5 §10: "MUST NOT
 * overwrite any values provided in the contextTemplate"): lists are appended to, keys only added.
 */
function mergeContext(template: XapiContext | null, add: XapiContext): XapiContext {
  const out: XapiContext = JSON.parse(JSON.stringify(template ?? {})) as XapiContext;
  for (const [k, v] of Object.entries(add)) {
    if (v === undefined) continue;
    if (k === 'contextActivities' || k === 'extensions') {
      const into = (out[k] ??= {}) as Record<string, unknown>;
      for (const [kk, vv] of Object.entries(v as Record<string, unknown>)) {
        const have = into[kk];
        if (Array.isArray(vv)) {
          const list = Array.isArray(have) ? have : have ? [have] : [];
          for (const item of vv as XapiActivityRef[])
            if (!list.some((x: XapiActivityRef) => x.id === item.id)) list.push(item);
          into[kk] = list;
        } else if (have === undefined) into[kk] = vv;
      }
    } else if (out[k] === undefined) out[k] = v;
  }
  return out;
}

export interface StatementBase {
  actor: unknown;
  activityId: string;
  registration: string | null;
  template: XapiContext | null;
  /** The page's language for `display` maps. */
  lang: string;
}

export function statement(
  base: StatementBase,
  verb: VerbName,
  extra: { result?: Record<string, unknown>; context?: XapiContext; object?: XapiStatement['object'] } = {},
  now = Date.now(),
): XapiStatement {
  const context = mergeContext(base.template, {
    ...(base.registration ? { registration: base.registration } : {}),
    ...extra.context,
  });
  return {
    id: uuid(),
    actor: base.actor,
    verb: { id: verbIri(verb), display: { 'en-US': verb } },
    object: extra.object ?? { objectType: 'Activity', id: base.activityId },
    ...(extra.result ? { result: extra.result } : {}),
    context,
    timestamp: new Date(now).toISOString(),
  };
}

export const duration = (ms: number): string => formatIso8601Duration(ms);

/**
 * Score for a judged statement (cmi5 §9.5.1): scaled 0..1; raw/min/max only when raw is an integer,
 * since cmi5 requires integers there and the player's percentages may carry decimals.
 */
export function scoreOf(score: { raw: number; min: number; max: number }): Record<string, number> {
  const range = score.max - score.min;
  const scaled = range > 0 ? Math.round(((score.raw - score.min) / range) * 10000) / 10000 : 0;
  const out: Record<string, number> = { scaled: Math.min(1, Math.max(0, scaled)) };
  if (Number.isInteger(score.raw) && Number.isInteger(score.min) && Number.isInteger(score.max)) {
    Object.assign(out, { raw: score.raw, min: score.min, max: score.max });
  }
  return out;
}

/**
 * One `answered` statement per checked question: a `cmi.interaction` activity (xAPI 1.0.3 §2.4.4.1)
 * with its interactionType and correctResponsesPattern. Response patterns are the SCORM 2004 forms,
 * which xAPI adopted unchanged (`a[,]c`, `true`, `0[.]a[,]1[.]b`).
 */
export function interactionStatement(base: StatementBase, it: InteractionRecord): XapiStatement {
  const r = it.correctResponse;
  const definition: Record<string, unknown> = {
    type: INTERACTION_ACTIVITY_TYPE,
    description: { [base.lang]: truncate(it.description, 1000) || it.id },
    interactionType: it.type,
    // A survey has no correct answer: xAPI leaves correctResponsesPattern out (1.0.3 §2.4.4.1.1 makes it optional).
    ...(r ? { correctResponsesPattern: [formatScorm2004Response(r)] } : {}),
  };
  // Components carry the author's texts under the ids the response patterns use (matching sources by number).
  for (const [key, texts] of Object.entries(it.texts ?? {}) as Array<[string, string[]]>)
    definition[key] = texts.map((text, i) => {
      const id = key === 'source' ? String(i) : letter(i);
      return { id, description: { [base.lang]: truncate(text, 1000) || id } };
    });
  return statement(
    base,
    'answered',
    {
      object: {
        objectType: 'Activity',
        id: `${base.activityId}/interactions/${encodeURIComponent(it.id)}`,
        definition,
      },
      result: {
        ...(it.result === 'neutral' ? {} : { success: it.correct }),
        response: formatScorm2004Response(it.response),
        duration: duration(it.latencyMs),
      },
      context: { contextActivities: { parent: [{ id: base.activityId }] } },
    },
    it.answeredAt,
  );
}
