import { createHash } from 'node:crypto';
import { formatIso8601Duration, parseIso8601Duration, parseScorm12Time } from '../../shared';
import type { AttemptRecord, InteractionRow } from './records';

const XAPI_HOME_PAGE = 'urn:coursewright';
const ADL = 'http://adlnet.gov/expapi/verbs/';
export const XAPI_VERBS = {
  initialized: `${ADL}initialized`,
  completed: `${ADL}completed`,
  passed: `${ADL}passed`,
  failed: `${ADL}failed`,
  answered: `${ADL}answered`,
  terminated: `${ADL}terminated`,
} as const;
type VerbName = keyof typeof XAPI_VERBS;

const INTERACTION_TYPES = new Set([
  'true-false',
  'choice',
  'fill-in',
  'long-fill-in',
  'matching',
  'performance',
  'sequencing',
  'likert',
  'numeric',
  'other',
]);

interface XapiStatement {
  id: string;
  actor: { objectType: 'Agent'; name: string; account: { homePage: string; name: string } };
  verb: { id: string; display: { 'en-US': string } };
  object: {
    objectType: 'Activity';
    id: string;
    definition: Record<string, unknown>;
  };
  result?: Record<string, unknown>;
  context: {
    registration: string;
    platform: string;
    contextActivities: Record<string, Array<{ id: string; objectType: 'Activity' }>>;
  };
  timestamp: string;
  version: '1.0.3';
}

/**
 * xAPI 1.0.3 statements for the given attempts, ready to POST to an LRS: initialized, one answered per
 * interaction, completed and passed/failed as the status says, terminated. Statement ids are name-based UUIDs of
 * (attempt, verb, index), so exporting twice yields the same ids and an LRS drops the duplicates.
 */
export function recordsToXapi(records: readonly AttemptRecord[]): XapiStatement[] {
  const out: XapiStatement[] = [];
  for (const r of records) {
    const activityId = `${XAPI_HOME_PAGE}:${r.kind}:${r.itemId}`;
    const actor = {
      objectType: 'Agent' as const,
      name: r.learner.name,
      account: { homePage: XAPI_HOME_PAGE, name: r.learner.id },
    };
    const course = {
      objectType: 'Activity' as const,
      id: activityId,
      definition: { name: { 'en-US': r.title }, type: 'http://adlnet.gov/expapi/activities/course' },
    };
    const context = (parent: boolean) => ({
      registration: r.attemptId,
      platform: 'Coursewright',
      contextActivities: {
        ...(parent ? { parent: [{ id: activityId, objectType: 'Activity' as const }] } : {}),
        grouping: [{ id: activityId, objectType: 'Activity' as const }],
        category: [{ id: 'https://w3id.org/xapi/scorm', objectType: 'Activity' as const }],
      },
    });
    const statement = (
      verb: VerbName,
      index: number,
      timestamp: string,
      rest: Partial<XapiStatement>,
    ): XapiStatement => ({
      id: nameUuid(`${r.attemptId}/${verb}/${index}`),
      actor,
      verb: { id: XAPI_VERBS[verb], display: { 'en-US': verb } },
      object: course,
      context: context(false),
      timestamp,
      version: '1.0.3',
      ...rest,
    });
    out.push(statement('initialized', 0, r.startedAt, {}));
    r.interactions.forEach((i, n) => {
      out.push(
        statement(
          'answered',
          n,
          i.timestamp && !Number.isNaN(Date.parse(i.timestamp)) ? new Date(i.timestamp).toISOString() : r.lastOpenedAt,
          {
            object: interactionActivity(activityId, i),
            result: interactionResult(i),
            context: context(true),
          },
        ),
      );
    });
    const end = r.finishedAt ?? r.lastOpenedAt;
    const score =
      r.scoreScaled === null
        ? {}
        : { score: { scaled: round(r.scoreScaled), ...(r.scoreRaw === null ? {} : { raw: r.scoreRaw }) } };
    const duration = formatIso8601Duration(r.totalTimeMs);
    if (r.status === 'completed' || r.status === 'passed' || r.status === 'failed') {
      out.push(statement('completed', 0, end, { result: { completion: true, duration, ...score } }));
    }
    if (r.status === 'passed' || r.status === 'failed') {
      out.push(statement(r.status, 0, end, { result: { success: r.status === 'passed', duration, ...score } }));
    }
    out.push(statement('terminated', 0, r.lastOpenedAt, { result: { duration } }));
  }
  return out;
}

function interactionActivity(parentId: string, i: InteractionRow): XapiStatement['object'] {
  const type = INTERACTION_TYPES.has(i.type) ? i.type : 'other';
  return {
    objectType: 'Activity',
    id: `${parentId}/${encodeURIComponent(i.scoId)}/interactions/${encodeURIComponent(i.id)}`,
    definition: {
      type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
      interactionType: type,
      ...(i.description ? { description: { 'en-US': i.description } } : {}),
      ...(i.correctResponses.length ? { correctResponsesPattern: i.correctResponses } : {}),
    },
  };
}

function interactionResult(i: InteractionRow): Record<string, unknown> {
  const result: Record<string, unknown> = { response: i.learnerResponse };
  if (i.result === 'correct') result.success = true;
  else if (i.result === 'incorrect' || i.result === 'wrong') result.success = false;
  const latencyMs = i.latency ? (parseIso8601Duration(i.latency) ?? parseScorm12Time(i.latency)) : null;
  if (latencyMs !== null) result.duration = formatIso8601Duration(latencyMs);
  return result;
}

const round = (n: number): number => Math.round(n * 10000) / 10000;

/** RFC 4122 version 5 style UUID (SHA-1, name-based) in the Coursewright namespace. */
export function nameUuid(name: string): string {
  const hash = createHash('sha1').update(`coursewright:${name}`).digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
