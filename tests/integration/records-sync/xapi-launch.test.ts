import { randomUUID } from 'node:crypto';
import validateStatement from 'xapi-validation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUESTION_KINDS, questionSchema, type Question, type QuestionKind } from '../../../shared';
import type { QuestionResponse } from '../../../shared/scorm/learner-state';
import { xapiIds } from '../../../shared/package/xapi-ids';
import type { InteractionRecord, LmsAdapter } from '../../../renderer/player/lms/lms-adapter';
import { toInteractionResponses } from '../../../renderer/player/state/interactions';
import { createXapiLaunchAdapter } from '../../../renderer/player/lms/xapi-launch-adapter';
import { INTERACTION_ACTIVITY_TYPE, interactionStatement } from '../../../renderer/player/lms/xapi-statements';
import { freePort, LRS_AUTH, lrsStatements, startRealLrs } from './real-lrs';
import { newQuestion } from '../../../shared/core/question-kinds';
import { correctResponse, wrongResponse } from '../../support/question-responses';

const id = () => randomUUID();
const [c1, c2, c3] = [id(), id(), id()];
const [p1, p2, p3] = [id(), id(), id()];

/** One question of every kind with a learner answer (some right, some wrong). */
/** A kind's authoring defaults answered right (or wrong): the kinds added after the hand-written samples below. */
function fromDefaults(kind: QuestionKind, correct: boolean): { q: unknown; r: QuestionResponse; correct: boolean } {
  const q = questionSchema.parse(newQuestion(kind, id, `${kind}?`));
  return { q, r: correct ? correctResponse(q) : wrongResponse(q), correct };
}

const SAMPLES: Record<QuestionKind, { q: unknown; r: QuestionResponse; correct: boolean }> = {
  numeric: fromDefaults('numeric', true),
  fillBlanks: fromDefaults('fillBlanks', false),
  likert: fromDefaults('likert', true),
  categorize: fromDefaults('categorize', true),
  hotspot: fromDefaults('hotspot', false),
  singleChoice: {
    q: {
      kind: 'singleChoice',
      prompt: 'Pick one',
      choices: [
        { id: c1, text: 'A' },
        { id: c2, text: 'B' },
      ],
      correctChoiceId: c2,
    },
    r: { kind: 'singleChoice', choiceId: c2 },
    correct: true,
  },
  multipleResponse: {
    q: {
      kind: 'multipleResponse',
      prompt: 'Pick some',
      choices: [
        { id: c1, text: 'A' },
        { id: c2, text: 'B' },
        { id: c3, text: 'C' },
      ],
      correctChoiceIds: [c1, c3],
    },
    r: { kind: 'multipleResponse', choiceIds: [c1] },
    correct: false,
  },
  trueFalse: {
    q: { kind: 'trueFalse', prompt: 'Sky is blue', correct: true },
    r: { kind: 'trueFalse', value: true },
    correct: true,
  },
  textEntry: {
    q: { kind: 'textEntry', prompt: 'Capital of France?', acceptedAnswers: ['Paris'] },
    r: { kind: 'textEntry', text: 'paris' },
    correct: true,
  },
  matching: {
    q: {
      kind: 'matching',
      prompt: 'Match',
      pairs: [
        { id: p1, prompt: 'one', match: '1' },
        { id: p2, prompt: 'two', match: '2' },
        { id: p3, prompt: 'three', match: '3' },
      ],
    },
    r: { kind: 'matching', matches: [p1, p3, p2] },
    correct: false,
  },
  ordering: {
    q: {
      kind: 'ordering',
      prompt: 'Order',
      items: [
        { id: p1, text: 'first' },
        { id: p2, text: 'second' },
      ],
    },
    r: { kind: 'ordering', itemIds: [p1, p2] },
    correct: true,
  },
};

function records(): InteractionRecord[] {
  return QUESTION_KINDS.map((kind, i) => {
    const s = SAMPLES[kind];
    const q: Question = questionSchema.parse(s.q);
    const mapped = toInteractionResponses(q, s.r);
    if (!mapped) throw new Error(`no interaction for ${kind}`);
    return {
      id: `q-${kind}`,
      type: mapped.type,
      description: q.prompt,
      response: mapped.response,
      correctResponse: mapped.correct,
      correct: s.correct,
      ...(mapped.texts ? { texts: mapped.texts } : {}),
      weighting: 1,
      answeredAt: Date.UTC(2026, 0, 1, 0, 0, i),
      latencyMs: 1500 + i,
    };
  });
}

const COURSE = '7d3e7c1a-3c1f-4b0e-9a43-2a7c3c6b9e10';
const actor = { objectType: 'Agent', name: 'Ada', mbox: 'mailto:ada@example.org' };
const base = { actor, activityId: xapiIds(COURSE).course, registration: randomUUID(), template: null, lang: 'en' };

describe('every question kind as a cmi.interaction statement', () => {
  it.each(QUESTION_KINDS.map((k, i) => [k, i] as const))('%s passes xapi-validation (xAPI 1.0.3 rules)', (kind, i) => {
    const st = interactionStatement(base, records()[i]!);
    expect(validateStatement(st)).toEqual([]);
    const def = st.object.definition as Record<string, unknown>;
    expect(def.type).toBe(INTERACTION_ACTIVITY_TYPE);
    expect(def.interactionType).toBe(
      {
        singleChoice: 'choice',
        multipleResponse: 'choice',
        trueFalse: 'true-false',
        textEntry: 'fill-in',
        matching: 'matching',
        ordering: 'sequencing',
        numeric: 'numeric',
        fillBlanks: 'fill-in',
        likert: 'likert',
        categorize: 'matching',
        hotspot: 'choice',
      }[kind],
    );
    // Surveys have no correct answer, so no pattern; every other kind carries one.
    expect(Array.isArray(def.correctResponsesPattern)).toBe(kind !== 'likert');
    // The author's option texts, in the course language, under the ids the response patterns use.
    const q = questionSchema.parse(SAMPLES[kind].q);
    const texts = toInteractionResponses(q, SAMPLES[kind].r)?.texts ?? {};
    const expected: Record<string, string[]> = {
      singleChoice: { choices: ['A', 'B'] },
      multipleResponse: { choices: ['A', 'B', 'C'] },
      matching: { source: ['one', 'two', 'three'], target: ['1', '2', '3'] },
      ordering: { choices: ['first', 'second'] },
    }[kind as string] as unknown as Record<string, string[]>;
    if (expected) expect(texts).toEqual(expected);
    const keys = { choice: ['choices'], sequencing: ['choices'], matching: ['source', 'target'], likert: ['scale'] }[
      String(def.interactionType)
    ];
    expect(Object.keys(texts).sort()).toEqual([...(keys ?? [])].sort());
    for (const [key, list] of Object.entries(texts) as Array<[string, string[]]>) {
      expect(def[key]).toEqual(
        list.map((text, n) => ({
          id: key === 'source' ? String(n) : String.fromCharCode(97 + n),
          description: { en: text },
        })),
      );
    }
  });

  it('the validator does catch a broken interaction', () => {
    const st = interactionStatement(base, records()[0]!);
    (st.object.definition as Record<string, unknown>).interactionType = 'multiple-guess';
    expect(validateStatement(st).length).toBeGreaterThan(0);
  });
});

describe('xapi (Tin Can) launch against a real LRS', () => {
  let lrs: Awaited<ReturnType<typeof startRealLrs>>;
  beforeAll(async () => {
    lrs = await startRealLrs(await freePort());
  }, 60_000);
  afterAll(() => lrs?.stop());

  it('reads endpoint/auth/actor/registration from the launch URL and records the session', async () => {
    const registration = randomUUID();
    const auth = `Basic ${Buffer.from(`${LRS_AUTH.key}:${LRS_AUTH.secret}`).toString('base64')}`;
    const q = new URLSearchParams({
      endpoint: lrs.endpoint.replace(/\/$/, ''),
      auth,
      // Tin Can launch style: arrays of names and mboxes.
      actor: JSON.stringify({ name: ['Ada'], mbox: ['mailto:ada@example.org'] }),
      registration,
    });
    const adapter = createXapiLaunchAdapter({
      kind: 'xapi',
      href: `http://content.test/pkg/index.html?${q.toString()}`,
      packageId: COURSE,
      lang: 'en',
      fetch: (u, init) => fetch(u, init),
      fallback: (): LmsAdapter => {
        throw new Error('fell back');
      },
    });
    await adapter.prepare();
    expect(adapter.start()).toMatchObject({ connected: true, learnerName: 'Ada' });
    adapter.update({
      suspendData: '1.x',
      location: 'l1',
      completion: 'completed',
      success: 'passed',
      score: { raw: 75, min: 0, max: 100 },
      interactions: records(),
      finished: true,
      hasQuiz: true,
      progressMeasure: 1,
      objectives: [],
    });
    await adapter.exit();
    const held = (await lrsStatements(lrs.endpoint)).filter(
      (s) => (s.context as { registration?: string } | undefined)?.registration === registration,
    );
    const verbs = held.map((s) => String((s.verb as { id: string }).id).replace(/^.*\//, '')).sort();
    expect(verbs).toEqual(
      [...Array(QUESTION_KINDS.length).fill('answered'), 'completed', 'initialized', 'passed', 'terminated'].sort(),
    );
    for (const s of held) {
      expect(s.actor).toMatchObject({ mbox: 'mailto:ada@example.org' });
      expect(JSON.stringify(s)).not.toContain('cmi5/context/categories'); // no cmi5 rules in a plain xAPI launch
    }
    const passed = held.find((s) => String((s.verb as { id: string }).id).endsWith('/passed'))!;
    expect(passed.object).toMatchObject({ id: xapiIds(COURSE).course });
    expect(passed.result).toMatchObject({ success: true, score: { scaled: 0.75 } });
  }, 60_000);
});
