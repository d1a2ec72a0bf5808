import type { CourseTree } from '../model/course';
import { courseQuestions, type LearnerState, type QuestionState } from './learner-state';
import { encodeSuspendData } from './suspend-data';

interface FittedSuspendData {
  data: string;
  /** What had to be left out, one item per entry (`<what> <id>`), in the order it was dropped (empty when everything fit). */
  dropped: string[];
}

/** One thing that can be left out of suspend_data, and the state without it. */
interface Sacrifice {
  what: string;
  id: string;
  apply: (s: LearnerState) => LearnerState;
}

const withQuestion = (s: LearnerState, id: string, next: QuestionState | null): LearnerState => {
  const questions = { ...s.questions };
  if (next) questions[id] = next;
  else delete questions[id];
  return { ...s, questions };
};

/**
 * Everything that may go, least important first. Score, completion and position depend only on graded
 * results, quiz attempts, visited lessons and the bookmark, so the learner's answers to knowledge checks
 * go first, oldest first (the state's question order is the order of the last answers), then the
 * answers of submitted quizzes, then answers of the attempt in progress, then block state (process steps…), and
 * visited lessons last.
 */
function sacrifices(state: LearnerState, course: CourseTree): Sacrifice[] {
  const refs = new Map(courseQuestions(course).map((q) => [q.block.id, q]));
  const order = Object.keys(state.questions).filter((id) => refs.has(id));
  const graded = (id: string): boolean => refs.get(id)?.graded ?? false;
  const isText = (id: string): boolean => state.questions[id]?.response?.kind === 'textEntry';
  const hasResponse = (id: string): boolean => !!state.questions[id]?.response;
  const submitted = (id: string): boolean => {
    const lesson = refs.get(id)?.lesson.id;
    return !!lesson && !!state.quizzes[lesson]?.submitted;
  };
  const dropResponse = (what: string) => (id: string) => ({
    what,
    id,
    apply: (s: LearnerState) => {
      const q = s.questions[id];
      return q ? withQuestion(s, id, { ...q, response: null }) : s;
    },
  });
  const checks = order.filter((id) => !graded(id));
  const quiz = order.filter(graded);
  return [
    ...checks.filter((id) => isText(id)).map(dropResponse('text answer of knowledge check')),
    ...checks.filter((id) => hasResponse(id) && !isText(id)).map(dropResponse('answer of knowledge check')),
    ...checks.map((id) => ({
      what: 'result of knowledge check',
      id,
      apply: (s: LearnerState) => withQuestion(s, id, null),
    })),
    ...quiz.filter((id) => hasResponse(id) && submitted(id)).map(dropResponse('answer of submitted quiz question')),
    ...quiz.filter((id) => hasResponse(id) && !submitted(id)).map(dropResponse('answer of quiz question')),
    ...Object.keys(state.blocks ?? {}).map((id) => ({
      what: 'block state',
      id,
      apply: (s: LearnerState) => {
        const { [id]: _dropped, ...blocks } = s.blocks ?? {};
        return { ...s, blocks };
      },
    })),
    ...state.visitedLessonIds
      .filter((id) => id !== state.currentLessonId)
      .map((id) => ({
        what: 'visited lesson',
        id,
        apply: (s: LearnerState) => ({ ...s, visitedLessonIds: s.visitedLessonIds.filter((v) => v !== id) }),
      })),
  ];
}

/** Encodes `state`, leaving out the least important items one at a time (deterministically) until it fits `limit`. */
export function fitSuspendData(state: LearnerState, course: CourseTree, limit: number): FittedSuspendData {
  let data = encodeSuspendData(state, course);
  if (data.length <= limit) return { data, dropped: [] };
  let current = state;
  const dropped: string[] = [];
  for (const item of sacrifices(state, course)) {
    current = item.apply(current);
    data = encodeSuspendData(current, course);
    dropped.push(`${item.what} ${item.id}`);
    if (data.length <= limit) break;
  }
  return { data, dropped };
}
