import type { CourseTree, LessonTree, QuizDraw } from '../../shared';
import { courseLessons } from '../../shared/scorm/learner-state';
import type { QuestionBlock } from '../../shared/scorm/learner-state';
import { poolBlockId } from '../../shared/scorm/quiz-draw';

/**
 * Turns the first quiz lesson of `course` into a question-bank quiz, as the exporter packages one: its question
 * blocks become the pool (ids scoped to the lesson), `keep` of them stay as the lesson's own questions, and the
 * lesson draws `count` per attempt with the first `fixed` pool questions always included.
 */
export function withBankQuiz(course: CourseTree, opts: { count: number; fixed?: number; keep?: number }): LessonTree {
  const lesson = courseLessons(course).find((l) => l.kind === 'quiz' && l.blocks.some((b) => b.type === 'question'))!;
  const questions = lesson.blocks.filter((b): b is QuestionBlock => b.type === 'question');
  const kept = questions.slice(0, opts.keep ?? 0);
  const pool = questions.slice(opts.keep ?? 0).map((b) => ({ ...b, id: poolBlockId(lesson.id, b.id) }));
  const draw: QuizDraw = {
    bankId: '00000000-0000-4000-8000-00000000b4b4',
    tag: null,
    count: opts.count,
    fixedIds: pool.slice(0, opts.fixed ?? 0).map((b) => b.id),
  };
  lesson.blocks = lesson.blocks.filter((b) => b.type !== 'question' || kept.includes(b as QuestionBlock));
  lesson.pool = pool;
  lesson.quiz = {
    ...lesson.quiz,
    layout: 'allOnOnePage',
    maxAttempts: 0,
    showAnswers: true,
    retakeAfterReview: false,
    timeLimitMinutes: 0,
    draw,
  };
  return lesson;
}
