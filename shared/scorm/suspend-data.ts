import type { CourseTree } from '../model/course';
import type { Question } from '../model/questions';
import type { PackageTarget } from '../package/course-package';
import { SCORM12_SUSPEND_DATA_MAX, SCORM2004_SUSPEND_DATA_MAX } from './constants';
import {
  base64UrlDecode,
  base64UrlEncode,
  base64UrlLength,
  bitsDecode,
  bitsEncode,
  fnv1a,
  utf8Decode,
  utf8Encode,
} from './codec-utils';
import {
  courseLessons,
  courseQuestions,
  MAX_STORED_ATTEMPTS,
  TEXT_ENTRY_MAX_LENGTH,
  type LearnerState,
  type QuestionResponse,
  type QuestionState,
} from './learner-state';

/**
 * Compact, versioned suspend_data encoding of a LearnerState, relative to one course:
 *
 *   1~<fingerprint>~<current lesson index>~<visited bit set>~<q>!<q>!…
 *   q = <question index>.<attempts><0|1 correct>[.<response>]
 *
 * Lessons and questions are referenced by index (a 200-lesson course's visited set is 34 characters),
 * so the fingerprint (a hash of the course structure) guards against decoding state from a different
 * version of the course. Output is ASCII `[A-Za-z0-9_.!~-]` only: no quotes, brackets, commas or
 * control characters that some LMSs mangle.
 */
export const SUSPEND_DATA_VERSION = '1';

/** Largest suspend_data each target accepts (SCORM 1.2 RTE 3.4.2 / SCORM 2004 RTE 4.2.23). */
export const SUSPEND_DATA_LIMITS: Readonly<Record<PackageTarget, number>> = {
  scorm12: SCORM12_SUSPEND_DATA_MAX,
  'scorm2004-3rd': SCORM2004_SUSPEND_DATA_MAX,
  'scorm2004-4th': SCORM2004_SUSPEND_DATA_MAX,
  // localStorage has megabytes; keep the SCORM 2004 budget so all targets behave alike.
  html5: SCORM2004_SUSPEND_DATA_MAX,
  preview: SCORM2004_SUSPEND_DATA_MAX,
  // cmi5 / xAPI keep it in a State API document; the same budget keeps behaviour alike.
  cmi5: SCORM2004_SUSPEND_DATA_MAX,
  xapi: SCORM2004_SUSPEND_DATA_MAX,
};

const b36 = (n: number): string => n.toString(36);
/** Fixed-width base-36 digits for indices 0..count-1. */
const widthFor = (count: number): number => Math.max(1, b36(Math.max(0, count - 1)).length);
const fixed = (n: number, width: number): string => b36(n).padStart(width, '0');
const parseB36 = (s: string): number | null => (/^[0-9a-z]+$/.test(s) ? parseInt(s, 36) : null);

/** Hash of everything the indices depend on. */
export function courseFingerprint(course: CourseTree): string {
  const lessons = courseLessons(course).map((l) => l.id);
  const questions = courseQuestions(course).map(
    ({ block }) => `${block.id}:${block.question.kind}:${arity(block.question)}`,
  );
  return b36(fnv1a([...lessons, '|', ...questions].join(',')));
}

function arity(q: Question): number {
  switch (q.kind) {
    case 'singleChoice':
    case 'multipleResponse':
      return q.choices.length;
    case 'trueFalse':
    case 'textEntry':
      return 0;
    case 'matching':
      return q.pairs.length;
    case 'ordering':
      return q.items.length;
  }
}

/** Cuts text to TEXT_ENTRY_MAX_LENGTH UTF-16 units without splitting a surrogate pair. */
export function clampTextEntry(text: string): string {
  if (text.length <= TEXT_ENTRY_MAX_LENGTH) return text;
  const cut = text.slice(0, TEXT_ENTRY_MAX_LENGTH);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}

function encodeResponse(q: Question, r: QuestionResponse): string | null {
  if (r.kind !== q.kind) return null;
  switch (q.kind) {
    case 'singleChoice': {
      const i = q.choices.findIndex((c) => r.kind === 'singleChoice' && c.id === r.choiceId);
      return i < 0 ? null : fixed(i, widthFor(q.choices.length));
    }
    case 'multipleResponse': {
      if (r.kind !== 'multipleResponse') return null;
      const mask = q.choices.reduce((m, c, i) => (r.choiceIds.includes(c.id) ? m + 2 ** i : m), 0);
      return b36(mask);
    }
    case 'trueFalse':
      return r.kind === 'trueFalse' ? (r.value ? 't' : 'f') : null;
    case 'textEntry':
      return r.kind === 'textEntry' ? base64UrlEncode(utf8Encode(clampTextEntry(r.text))) : null;
    case 'matching': {
      if (r.kind !== 'matching') return null;
      const w = widthFor(q.pairs.length);
      return q.pairs
        .map((_, i) => {
          const id = r.matches[i];
          const j = id == null ? -1 : q.pairs.findIndex((p) => p.id === id);
          return j < 0 ? '-'.repeat(w) : fixed(j, w);
        })
        .join('');
    }
    case 'ordering': {
      if (r.kind !== 'ordering') return null;
      const w = widthFor(q.items.length);
      const idx = r.itemIds.map((id) => q.items.findIndex((it) => it.id === id));
      return idx.some((i) => i < 0) ? null : idx.map((i) => fixed(i, w)).join('');
    }
  }
}

function decodeResponse(q: Question, data: string): QuestionResponse | null {
  const chunks = (count: number): (number | null)[] | null => {
    const w = widthFor(count);
    if (data.length !== count * w) return null;
    return Array.from({ length: count }, (_, i) => {
      const part = data.slice(i * w, i * w + w);
      return part === '-'.repeat(w) ? null : parseB36(part);
    });
  };
  switch (q.kind) {
    case 'singleChoice': {
      const i = parseB36(data);
      const choice = i === null ? undefined : q.choices[i];
      return choice && data.length === widthFor(q.choices.length)
        ? { kind: 'singleChoice', choiceId: choice.id }
        : null;
    }
    case 'multipleResponse': {
      const mask = parseB36(data);
      if (mask === null || mask >= 2 ** q.choices.length || b36(mask) !== data) return null;
      return {
        kind: 'multipleResponse',
        choiceIds: q.choices.filter((_, i) => Math.floor(mask / 2 ** i) % 2 === 1).map((c) => c.id),
      };
    }
    case 'trueFalse':
      return data === 't' || data === 'f' ? { kind: 'trueFalse', value: data === 't' } : null;
    case 'textEntry': {
      const bytes = base64UrlDecode(data);
      const text = bytes && utf8Decode(bytes);
      return text == null ? null : { kind: 'textEntry', text };
    }
    case 'matching': {
      const idx = chunks(q.pairs.length);
      if (!idx || idx.some((i) => i !== null && i >= q.pairs.length)) return null;
      return { kind: 'matching', matches: idx.map((i) => (i === null ? null : (q.pairs[i]?.id ?? null))) };
    }
    case 'ordering': {
      const idx = chunks(q.items.length);
      if (!idx || idx.some((i) => i === null || i >= q.items.length) || new Set(idx).size !== idx.length) return null;
      return { kind: 'ordering', itemIds: idx.map((i) => q.items[i ?? 0]?.id ?? '') };
    }
  }
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
  return [
    SUSPEND_DATA_VERSION,
    courseFingerprint(course),
    current < 0 ? '' : b36(current),
    bitsEncode(lessons.map((l) => visited.has(l.id))),
    entries.join('!'),
  ].join('~');
}

/** Decodes suspend_data written by encodeSuspendData for the same course; null (never a throw) otherwise. */
export function decodeSuspendData(text: unknown, course: CourseTree): LearnerState | null {
  try {
    if (typeof text !== 'string') return null;
    const parts = text.split('~');
    if (parts.length !== 5 || parts[0] !== SUSPEND_DATA_VERSION || parts[1] !== courseFingerprint(course)) return null;
    const [, , cur = '', vis = '', qs = ''] = parts;
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

function worstResponseLength(q: Question): number {
  switch (q.kind) {
    case 'singleChoice':
      return widthFor(q.choices.length);
    case 'multipleResponse':
      return b36(2 ** q.choices.length - 1).length;
    case 'trueFalse':
      return 1;
    case 'textEntry':
      // A UTF-16 unit is at most 3 UTF-8 bytes (astral characters: 4 bytes for 2 units).
      return base64UrlLength(TEXT_ENTRY_MAX_LENGTH * 3);
    case 'matching':
      return q.pairs.length * widthFor(q.pairs.length);
    case 'ordering':
      return q.items.length * widthFor(q.items.length);
  }
}

/** The longest suspend_data any learner state of `course` can encode to (exporters compare it with SUSPEND_DATA_LIMITS). */
export function worstCaseSuspendDataLength(course: CourseTree): number {
  const lessons = courseLessons(course);
  const questions = courseQuestions(course);
  const header =
    SUSPEND_DATA_VERSION.length +
    courseFingerprint(course).length +
    (lessons.length ? b36(lessons.length - 1).length : 0) +
    Math.ceil(lessons.length / 6) +
    4;
  const entries = questions.reduce(
    (sum, { block }, i) => sum + b36(i).length + 4 + worstResponseLength(block.question),
    Math.max(0, questions.length - 1),
  );
  return header + entries;
}
