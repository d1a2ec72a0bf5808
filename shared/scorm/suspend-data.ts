import type { CourseTree } from '../model/course';
import { EXPORT_FORMAT_RUNTIME } from '../core/export-format-runtime';
import { EXPORT_FORMATS, type ExportFormat, type PackageTarget } from '../core/export-formats';
import { SCORM2004_SUSPEND_DATA_MAX } from './constants';
import { bitsDecode, bitsEncode, fnv1a } from './codec-utils';
import { b36, parseB36 } from '../core/questions/codec';
import { decodeResponse, encodeResponse, responseArity, worstResponseLength } from '../core/question-runtime';
import { maxDrawn } from './quiz-draw';
import {
  courseLessons,
  courseQuestions,
  courseStatefulBlocks,
  MAX_QUIZ_ATTEMPT,
  MAX_QUIZ_ELAPSED_S,
  MAX_QUIZ_SEED,
  MAX_STORED_ATTEMPTS,
  type LearnerState,
  type QuestionRef,
  type QuestionState,
  type QuizState,
} from './learner-state';
import type { LessonTree } from '../model/course';

export { clampTextEntry } from '../core/questions/structured-runtime';

/**
 * Compact, versioned suspend_data encoding of a LearnerState, relative to one course:
 *
 *   4~<fingerprint>~<current lesson index>~<visited bit set>~<q>!<q>!…~<z>!<z>!…~<b>!<b>!…~<save count>
 *   q = <question index>.<attempts><0|1 correct>[.<response>]
 *   z = <quiz lesson index>.<attempt>.<flags: 1 submitted, 2 reviewed>.<shuffle seed>.<elapsed seconds>[.<draw>]
 *   draw = <pool index>-<pool index>-… (question-bank quizzes: the attempt's questions in the order shown)
 *   b = <stateful block index>.<value> (blocks whose kind has `stateMax`: process step, continue pressed…)
 *
 * The save count is always the last field, so adapters can compare it without the course
 * (`suspendDataSaveCount`). Version 3 (no draws), 2 (no block state) and 1 (no quizzes, no count) are still decoded.
 *
 * Lessons and questions are referenced by index (a 200-lesson course's visited set is 34 characters),
 * so the fingerprint (a hash of the course structure) guards against decoding state from a different
 * version of the course. Output is ASCII `[A-Za-z0-9_.!~-]` only: no quotes, brackets, commas or
 * control characters that some LMSs mangle.
 */
export const SUSPEND_DATA_VERSION = '4';

/** Largest suspend_data each target accepts (SCORM 1.2 RTE 3.4.2 / SCORM 2004 RTE 4.2.23). */
export const SUSPEND_DATA_LIMITS: Readonly<Record<PackageTarget, number>> = {
  ...(Object.fromEntries(EXPORT_FORMATS.map((f) => [f, EXPORT_FORMAT_RUNTIME[f].suspendDataMax])) as Record<
    ExportFormat,
    number
  >),
  preview: SCORM2004_SUSPEND_DATA_MAX,
};

/** Hash of everything the indices depend on. */
function courseFingerprint(course: CourseTree): string {
  const lessons = courseLessons(course).map((l) => l.id);
  const questions = courseQuestions(course).map(
    ({ block }) => `${block.id}:${block.question.kind}:${responseArity(block.question)}`,
  );
  const stateful = courseStatefulBlocks(course).map(({ block, max }) => `${block.id}:${max}`);
  // Courses without stateful blocks keep the fingerprint they had before block state existed.
  const blocks = stateful.length ? ['|', ...stateful] : [];
  return b36(fnv1a([...lessons, '|', ...questions, ...blocks].join(',')));
}

/** Encodes a learner's state for `course`. Unknown ids are skipped; texts are clamped to TEXT_ENTRY_MAX_LENGTH. */
export function encodeSuspendData(state: LearnerState, course: CourseTree): string {
  const lessons = courseLessons(course);
  const current = lessons.findIndex((l) => l.id === state.currentLessonId);
  const visited = new Set(state.visitedLessonIds);
  const entries: string[] = [];
  courseQuestions(course).forEach(({ block }, i) => {
    const qs = state.questions[block.id];
    if (!qs) return;
    const attempts = Math.max(0, Math.min(MAX_STORED_ATTEMPTS, Math.floor(qs.attempts)));
    const data = qs.response ? encodeResponse(block.question, qs.response) : null;
    entries.push(`${b36(i)}.${b36(attempts)}${qs.correct ? 1 : 0}${data === null ? '' : `.${data}`}`);
  });
  const quizzes: string[] = [];
  lessons.forEach((lesson, i) => {
    const z = state.quizzes[lesson.id];
    if (!z || lesson.kind !== 'quiz') return;
    const flags = (z.submitted ? 1 : 0) + (z.reviewed ? 2 : 0);
    const n = (v: number, max: number): string => b36(Math.max(0, Math.min(max, Math.floor(v))));
    const pool = lesson.pool?.length ?? 0;
    const draw = pool && z.draw ? z.draw.filter((d) => d >= 0 && d < pool) : [];
    quizzes.push(
      [
        b36(i),
        n(z.attempt, MAX_QUIZ_ATTEMPT),
        flags,
        n(z.seed, MAX_QUIZ_SEED),
        n(z.elapsedS, MAX_QUIZ_ELAPSED_S),
        ...(draw.length ? [draw.map(b36).join('-')] : []),
      ].join('.'),
    );
  });
  const blocks: string[] = [];
  courseStatefulBlocks(course).forEach(({ block, max }, i) => {
    const v = state.blocks?.[block.id];
    if (v === undefined || v <= 0) return;
    blocks.push(`${b36(i)}.${b36(Math.min(max, Math.floor(v)))}`);
  });
  return [
    SUSPEND_DATA_VERSION,
    courseFingerprint(course),
    current < 0 ? '' : b36(current),
    bitsEncode(lessons.map((l) => visited.has(l.id))),
    entries.join('!'),
    quizzes.join('!'),
    blocks.join('!'),
    b36(Math.max(0, Math.floor(state.saveCount))),
  ].join('~');
}

/** The save count of suspend_data written by this player (version 2), without decoding the rest; null otherwise. */
export function suspendDataSaveCount(text: string | null | undefined): number | null {
  if (!text || !/^[2-4]~/.test(text)) return null;
  const last = text.slice(text.lastIndexOf('~') + 1);
  return parseB36(last);
}

/** Pool indices of a stored draw: distinct and inside the pool, else null. */
function decodeDraw(text: string, poolSize: number): number[] | null {
  const draw = text.split('-').map((d) => parseB36(d) ?? -1);
  const valid = draw.every((d) => d >= 0 && d < poolSize) && new Set(draw).size === draw.length;
  return valid ? draw : null;
}

function decodeQuizzes(text: string, course: CourseTree, draws: boolean): Record<string, QuizState> | null {
  const lessons = courseLessons(course);
  const out: Record<string, QuizState> = {};
  for (const entry of text === '' ? [] : text.split('!')) {
    const m = /^([0-9a-z]+)\.([0-9a-z]+)\.([0-3])\.([0-9a-z]+)\.([0-9a-z]+)(?:\.([0-9a-z-]+))?$/.exec(entry);
    const lesson = m ? lessons[parseB36(m[1] ?? '') ?? -1] : undefined;
    if (!m || !lesson || lesson.kind !== 'quiz' || out[lesson.id]) return null;
    const draw = m[6] === undefined ? undefined : draws ? decodeDraw(m[6], lesson.pool?.length ?? 0) : null;
    if (draw === null) return null;
    const flags = Number(m[3]);
    out[lesson.id] = {
      attempt: Math.max(1, parseB36(m[2] ?? '') ?? 1),
      submitted: (flags & 1) !== 0,
      reviewed: (flags & 2) !== 0,
      seed: parseB36(m[4] ?? '') ?? 0,
      elapsedS: parseB36(m[5] ?? '') ?? 0,
      ...(draw ? { draw } : {}),
    };
  }
  return out;
}

function decodeBlocks(text: string, course: CourseTree): Record<string, number> | null {
  const refs = courseStatefulBlocks(course);
  const out: Record<string, number> = {};
  for (const entry of text === '' ? [] : text.split('!')) {
    const m = /^([0-9a-z]+)\.([0-9a-z]+)$/.exec(entry);
    const ref = m ? refs[parseB36(m[1] ?? '') ?? -1] : undefined;
    const value = m ? parseB36(m[2] ?? '') : null;
    if (!ref || value === null || value > ref.max || out[ref.block.id] !== undefined) return null;
    out[ref.block.id] = value;
  }
  return out;
}

/** Decodes suspend_data written by encodeSuspendData for the same course; null (never a throw) otherwise. */
export function decodeSuspendData(text: unknown, course: CourseTree): LearnerState | null {
  try {
    if (typeof text !== 'string') return null;
    const parts = text.split('~');
    const v1 = parts.length === 5 && parts[0] === '1';
    const v2 = parts.length === 7 && parts[0] === '2';
    const v4 = parts.length === 8 && parts[0] === SUSPEND_DATA_VERSION;
    const v3 = v4 || (parts.length === 8 && parts[0] === '3');
    if (!(v1 || v2 || v3) || parts[1] !== courseFingerprint(course)) return null;
    const [, , cur = '', vis = '', qs = '', zs = ''] = parts;
    const bs = v3 ? (parts[6] ?? '') : '';
    const count = (v1 ? '0' : parts[parts.length - 1]) ?? '0';
    const quizzes = decodeQuizzes(zs, course, v4);
    const blocks = decodeBlocks(bs, course);
    const saveCount = parseB36(count);
    if (!quizzes || !blocks || saveCount === null) return null;
    const lessons = courseLessons(course);
    const questions = courseQuestions(course);
    const currentIndex = cur === '' ? null : parseB36(cur);
    if (currentIndex !== null && (currentIndex >= lessons.length || b36(currentIndex) !== cur)) return null;
    if (cur !== '' && currentIndex === null) return null;
    const bits = bitsDecode(vis, lessons.length);
    if (!bits) return null;
    const state: LearnerState = {
      currentLessonId: currentIndex === null ? null : (lessons[currentIndex]?.id ?? null),
      visitedLessonIds: lessons.filter((_, i) => bits[i]).map((l) => l.id),
      questions: {},
      quizzes,
      blocks,
      saveCount,
    };
    for (const entry of qs === '' ? [] : qs.split('!')) {
      const m = /^([0-9a-z]+)\.([0-9a-z])([01])(?:\.([A-Za-z0-9_-]*))?$/.exec(entry);
      const index = m ? parseB36(m[1] ?? '') : null;
      const ref = index === null ? undefined : questions[index];
      if (!m || !ref || state.questions[ref.block.id]) return null;
      const response = m[4] === undefined ? null : decodeResponse(ref.block.question, m[4]);
      if (m[4] !== undefined && response === null) return null;
      const qState: QuestionState = { attempts: parseInt(m[2] ?? '0', 36), correct: m[3] === '1', response };
      state.questions[ref.block.id] = qState;
    }
    return state;
  } catch {
    return null;
  }
}

/** The longest suspend_data any learner state of `course` can encode to (exporters compare it with SUSPEND_DATA_LIMITS). */
export function worstCaseSuspendDataLength(course: CourseTree): number {
  const lessons = courseLessons(course);
  const questions = courseQuestions(course);
  const quizLessons = lessons.filter((l) => l.kind === 'quiz');
  // Per quiz: index, attempt, flags, seed, elapsed, four dots and a separator; a draw adds a dot and its indices.
  const drawLength = (lesson: LessonTree): number => {
    const drawn = maxDrawn(lesson);
    return drawn ? 1 + drawn * b36(Math.max(0, (lesson.pool?.length ?? 1) - 1)).length + drawn - 1 : 0;
  };
  const quizEntry = (i: number): number =>
    b36(i).length + b36(MAX_QUIZ_ATTEMPT).length + 1 + b36(MAX_QUIZ_SEED).length + b36(MAX_QUIZ_ELAPSED_S).length + 5;
  const header =
    SUSPEND_DATA_VERSION.length +
    courseFingerprint(course).length +
    (lessons.length ? b36(lessons.length - 1).length : 0) +
    Math.ceil(lessons.length / 6) +
    6 +
    quizLessons.reduce((sum, l) => sum + quizEntry(lessons.indexOf(l)) + drawLength(l), quizLessons.length ? -1 : 0) +
    // Save counts up to 36^6 (two billion changes), and the block-state field's separator.
    7 +
    courseStatefulBlocks(course).reduce((sum, { max }, i) => sum + b36(i).length + 2 + b36(max).length, 0);
  const entryLength = ({ block }: { block: QuestionRef['block'] }, i: number): number =>
    b36(i).length + 5 + worstResponseLength(block.question);
  // A pool's questions are stored only while drawn: count its longest `maxDrawn` entries (separators included).
  const own = questions.map((q, i) => (q.pooled ? 0 : entryLength(q, i)));
  const pooled = quizLessons.map((lesson) =>
    questions
      .flatMap((q, i) => (q.pooled && q.lesson === lesson ? [entryLength(q, i)] : []))
      .sort((a, b) => b - a)
      .slice(0, maxDrawn(lesson)),
  );
  const entries = [...own, ...pooled.flat()].reduce((sum, n) => sum + n, 0);
  return header + Math.max(0, entries - 1);
}
