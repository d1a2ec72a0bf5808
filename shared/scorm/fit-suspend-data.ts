import type { CourseTree } from '../model/course';
import { courseQuestions, type LearnerState } from './learner-state';
import { encodeSuspendData } from './suspend-data';

export interface FittedSuspendData {
  data: string;
  /** What had to be left out, in the order it was dropped (empty when everything fit). */
  dropped: string[];
}

type Step = { what: string; apply: (s: LearnerState, graded: Set<string>) => LearnerState };

const mapQuestions = (
  s: LearnerState,
  fn: (id: string, q: LearnerState['questions'][string]) => LearnerState['questions'][string] | null,
): LearnerState => ({
  ...s,
  questions: Object.fromEntries(
    Object.entries(s.questions).flatMap(([id, q]) => {
      const next = fn(id, q);
      return next ? [[id, next]] : [];
    }),
  ),
});

/**
 * Least important first: the score and completion depend only on graded attempts/correctness and
 * visited lessons, so learners' typed answers and knowledge-check details go before those.
 */
const STEPS: Step[] = [
  {
    what: 'text answers of knowledge checks',
    apply: (s, graded) =>
      mapQuestions(s, (id, q) => (!graded.has(id) && q.response?.kind === 'textEntry' ? { ...q, response: null } : q)),
  },
  {
    what: 'answers of knowledge checks',
    apply: (s, graded) => mapQuestions(s, (id, q) => (graded.has(id) ? q : { ...q, response: null })),
  },
  { what: 'knowledge check results', apply: (s, graded) => mapQuestions(s, (id, q) => (graded.has(id) ? q : null)) },
  {
    what: 'text answers of quiz questions',
    apply: (s) => mapQuestions(s, (_, q) => (q.response?.kind === 'textEntry' ? { ...q, response: null } : q)),
  },
  { what: 'answers of quiz questions', apply: (s) => mapQuestions(s, (_, q) => ({ ...q, response: null })) },
  {
    what: 'visited lessons',
    apply: (s) => ({ ...s, visitedLessonIds: s.visitedLessonIds.filter((id) => id === s.currentLessonId) }),
  },
];

/** Encodes `state`, dropping the least important data (deterministically) until it fits `limit`. */
export function fitSuspendData(state: LearnerState, course: CourseTree, limit: number): FittedSuspendData {
  const graded = new Set(
    courseQuestions(course)
      .filter((q) => q.graded)
      .map((q) => q.block.id),
  );
  let current = state;
  let data = encodeSuspendData(current, course);
  const dropped: string[] = [];
  for (const step of STEPS) {
    if (data.length <= limit) break;
    current = step.apply(current, graded);
    data = encodeSuspendData(current, course);
    dropped.push(step.what);
  }
  return { data, dropped };
}
