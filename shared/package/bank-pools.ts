import type { CourseTree } from '../model/course';
import { drawCandidates, type QuestionBank } from '../model/banks';
import { poolBlockId } from '../scorm/quiz-draw';

/**
 * The course as packages carry it: each quiz lesson that draws from a bank gets the questions it may draw as
 * `lesson.pool` (question blocks with ids scoped to the lesson, `poolBlockId`), and its `quiz.draw.fixedIds` name
 * those pool ids. Only candidates travel (the tag's questions plus the fixed ones), never a whole bank. A draw
 * from a bank that no longer exists gets an empty pool (the design checklist warns about it).
 */
export function withBankPools(tree: CourseTree, banks: readonly QuestionBank[]): CourseTree {
  return {
    ...tree,
    modules: tree.modules.map((m) => ({
      ...m,
      lessons: m.lessons.map((lesson) => {
        const { pool: _stale, ...rest } = lesson;
        const draw = lesson.quiz?.draw;
        if (lesson.kind !== 'quiz' || !draw || !lesson.quiz) return rest;
        const candidates = drawCandidates(
          banks.find((b) => b.id === draw.bankId),
          draw,
        );
        const pool = candidates.map((q) => ({
          id: poolBlockId(lesson.id, q.id),
          type: 'question' as const,
          question: q.question,
        }));
        const fixedIds = candidates.filter((q) => draw.fixedIds.includes(q.id)).map((q) => poolBlockId(lesson.id, q.id));
        return { ...rest, quiz: { ...lesson.quiz, draw: { ...draw, fixedIds } }, pool };
      }),
    })),
  };
}
