import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { courseTreeSchema, type CourseTree, type Question } from '../../shared';
import { BLANK_MAX_LENGTH, blanksOf, clampBlank, numberText } from '../../shared/core/question-kinds';
import { NUMERIC_LIMIT } from '../../shared/core/questions/typed-kinds';
import {
  courseLessons,
  courseQuestions,
  courseStatefulBlocks,
  MAX_QUIZ_ATTEMPT,
  MAX_QUIZ_ELAPSED_S,
  MAX_QUIZ_SEED,
  MAX_STORED_ATTEMPTS,
  TEXT_ENTRY_MAX_LENGTH,
  type QuizState,
  type LearnerState,
  type QuestionResponse,
  type QuestionState,
} from '../../shared/scorm/learner-state';

const pick = <T>(items: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...items);

/** Any response a learner could give to `q` (texts within TEXT_ENTRY_MAX_LENGTH UTF-16 units when `fits`). */
export function responseArb(q: Question, fits = true): fc.Arbitrary<QuestionResponse> {
  switch (q.kind) {
    case 'singleChoice':
      return pick(q.choices).map((c) => ({ kind: 'singleChoice', choiceId: c.id }));
    case 'multipleResponse':
      return fc.subarray(q.choices.map((c) => c.id)).map((choiceIds) => ({ kind: 'multipleResponse', choiceIds }));
    case 'trueFalse':
      return fc.boolean().map((value) => ({ kind: 'trueFalse', value }));
    case 'textEntry':
      return fc
        .string({ unit: 'binary', maxLength: fits ? TEXT_ENTRY_MAX_LENGTH : 400 })
        .filter((t) => !fits || t.length <= TEXT_ENTRY_MAX_LENGTH)
        .map((text) => ({ kind: 'textEntry', text }));
    case 'matching':
      return fc
        .tuple(...q.pairs.map(() => fc.option(pick(q.pairs.map((p) => p.id)), { nil: null })))
        .map((matches) => ({ kind: 'matching', matches }));
    case 'ordering':
      return fc
        .shuffledSubarray(
          q.items.map((i) => i.id),
          { minLength: q.items.length, maxLength: q.items.length },
        )
        .map((itemIds) => ({ kind: 'ordering', itemIds }));
    case 'numeric':
      return fc
        .double({ min: -NUMERIC_LIMIT, max: NUMERIC_LIMIT, noNaN: true })
        .map((v) => ({ kind: 'numeric', value: Number(numberText(v)) }));
    case 'fillBlanks':
      return fc
        .tuple(
          ...blanksOf(q.text).map(() =>
            fc
              .string({ unit: 'binary', maxLength: fits ? BLANK_MAX_LENGTH : 200 })
              // Within the bounds a blank never holds control characters (the input replaces them).
              .map((t) => (fits ? clampBlank(t) : t)),
          ),
        )
        .map((blanks) => ({ kind: 'fillBlanks', blanks }));
    case 'likert':
      return pick(q.scale).map((o) => ({ kind: 'likert', optionId: o.id }));
    case 'categorize':
      return fc
        .tuple(...q.items.map(() => fc.option(pick(q.categories.map((c) => c.id)), { nil: null })))
        .map((placements) => ({ kind: 'categorize', placements }));
    case 'hotspot':
      return fc.subarray(q.regions.map((r) => r.id)).map((regionIds) => ({ kind: 'hotspot', regionIds }));
  }
}

function questionStateArb(q: Question, fits = true): fc.Arbitrary<QuestionState> {
  return fc.record({
    attempts: fc.integer({ min: 0, max: fits ? MAX_STORED_ATTEMPTS : 1000 }),
    correct: fc.boolean(),
    response: fc.option(responseArb(q, fits), { nil: null }),
  });
}

/** Arbitrary learner states of `course`. `fits` = within the codec's documented bounds (so they round-trip). */
export function learnerStateArb(course: CourseTree, fits = true): fc.Arbitrary<LearnerState> {
  const lessonIds = courseLessons(course).map((l) => l.id);
  const quizIds = courseLessons(course)
    .filter((l) => l.kind === 'quiz')
    .map((l) => l.id);
  const questions = courseQuestions(course);
  const quizArb: fc.Arbitrary<QuizState> = fc.record({
    attempt: fc.integer({ min: 1, max: fits ? MAX_QUIZ_ATTEMPT : 5000 }),
    seed: fc.integer({ min: 0, max: fits ? MAX_QUIZ_SEED : 2 ** 31 }),
    submitted: fc.boolean(),
    reviewed: fc.boolean(),
    elapsedS: fc.integer({ min: 0, max: fits ? MAX_QUIZ_ELAPSED_S : 10 ** 7 }),
  });
  const stateful = courseStatefulBlocks(course);
  return fc.record({
    blocks: fc
      .tuple(...stateful.map(({ max }) => fc.option(fc.integer({ min: 1, max: fits ? max : max * 3 }), { nil: null })))
      .map((vs) =>
        Object.fromEntries(
          vs.flatMap((v, i): [string, number][] => (v && stateful[i] ? [[stateful[i].block.id, v]] : [])),
        ),
      ),
    quizzes: fc
      .tuple(...quizIds.map(() => fc.option(quizArb, { nil: null })))
      .map((zs) => Object.fromEntries(zs.flatMap((z, i): [string, QuizState][] => (z ? [[quizIds[i]!, z]] : [])))),
    saveCount: fc.integer({ min: 0, max: 36 ** 6 - 1 }),
    currentLessonId: fc.option(pick(lessonIds), { nil: null }),
    visitedLessonIds: fc.subarray(lessonIds),
    questions: fc
      .tuple(...questions.map(({ block }) => fc.option(questionStateArb(block.question, fits), { nil: null })))
      .map((states) =>
        Object.fromEntries(
          states.flatMap((s, i): [string, QuestionState][] => (s && questions[i] ? [[questions[i].block.id, s]] : [])),
        ),
      ),
  });
}

const id = () => randomUUID();
const choices = (n: number) => Array.from({ length: n }, (_, i) => ({ id: id(), text: `Choice ${i}` }));

/** A course with every question kind at its maximum size, across many lessons (worst-case tests). */
export function maximalCourse(lessonCount = 40, questionsPerKind = 2): CourseTree {
  const qs = (): Question[] => {
    const c = choices(10);
    const rest = { feedback: {}, points: 1, maxAttempts: 0 };
    const categories = choices(6).map(({ id, text }) => ({ id, text }));
    const regions = choices(10).map(({ id, text }) => ({ id, label: text, x: 0, y: 0, w: 50, h: 50 }));
    return [
      {
        kind: 'singleChoice',
        prompt: 'Q',
        choices: c,
        correctChoiceId: c[0]!.id,
        feedback: {},
        points: 1,
        maxAttempts: 0,
      },
      {
        kind: 'multipleResponse',
        prompt: 'Q',
        choices: choices(10),
        correctChoiceIds: [],
        feedback: {},
        points: 1,
        maxAttempts: 0,
      },
      { kind: 'trueFalse', prompt: 'Q', correct: true, feedback: {}, points: 1, maxAttempts: 3 },
      {
        kind: 'textEntry',
        prompt: 'Q',
        acceptedAnswers: ['x'],
        caseSensitive: false,
        feedback: {},
        points: 1,
        maxAttempts: 0,
      },
      {
        kind: 'matching',
        prompt: 'Q',
        pairs: choices(10).map((p) => ({ id: p.id, prompt: p.text, match: p.text })),
        feedback: {},
        points: 1,
        maxAttempts: 0,
      },
      { kind: 'ordering', prompt: 'Q', items: choices(10), feedback: {}, points: 1, maxAttempts: 0 },
      { kind: 'numeric', prompt: 'Q', match: 'tolerance', answer: 1, tolerance: 0, min: 0, max: 0, ...rest },
      { kind: 'fillBlanks', prompt: 'Q', text: '[a]'.repeat(10), caseSensitive: false, ...rest },
      { kind: 'likert', prompt: 'Q', scale: choices(10).map(({ id, text }) => ({ id, text })), ...rest, points: 0 },
      {
        kind: 'categorize',
        prompt: 'Q',
        categories,
        items: choices(10).map(({ id, text }) => ({ id, text, categoryId: categories[0]!.id })),
        ...rest,
      },
      {
        kind: 'hotspot',
        prompt: 'Q',
        assetId: null,
        alt: '',
        regions,
        correctRegionIds: [],
        ...rest,
      },
    ]
      .map((q) => (q.kind === 'multipleResponse' ? { ...q, correctChoiceIds: [q.choices![0]!.id] } : q))
      .map((q) => (q.kind === 'hotspot' ? { ...q, correctRegionIds: [regions[0]!.id] } : q)) as Question[];
  };
  const courseId = id();
  const moduleId = id();
  const now = new Date().toISOString();
  return courseTreeSchema.parse({
    id: courseId,
    title: 'Maximal',
    description: '',
    language: 'en',
    settings: {},
    createdAt: now,
    updatedAt: now,
    modules: [
      {
        id: moduleId,
        courseId,
        title: 'M',
        lessons: Array.from({ length: lessonCount }, (_, i) => ({
          id: id(),
          moduleId,
          title: `Lesson ${i}`,
          kind: i % 2 ? 'quiz' : 'content',
          blocks: i < questionsPerKind ? qs().map((question) => ({ id: id(), type: 'question', question })) : [],
        })),
      },
    ],
  });
}
