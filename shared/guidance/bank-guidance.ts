import type { CourseTree } from '../model/course';
import type { QuestionBank } from '../model/banks';
import { drawCandidates } from '../model/banks';
import type { GuidanceItem } from './course-guidance';

/**
 * Checklist items of question-bank quizzes: a draw from a bank (or tag) with fewer questions than the draw asks
 * for shows every learner the same, shorter quiz; a draw from a deleted bank shows nothing.
 */
export function bankDrawItems(tree: CourseTree, banks: readonly QuestionBank[]): GuidanceItem[] {
  const items: GuidanceItem[] = [];
  for (const module of tree.modules) {
    for (const lesson of module.lessons) {
      const draw = lesson.quiz?.draw;
      if (lesson.kind !== 'quiz' || !draw) continue;
      const target = {
        kind: 'lesson' as const,
        courseId: tree.id,
        moduleId: module.id,
        lessonId: lesson.id,
        blockId: null,
      };
      const bank = banks.find((b) => b.id === draw.bankId);
      if (!bank) {
        items.push({
          code: 'draw-bank-missing',
          severity: 'warning',
          message: `“${lesson.title}” draws from a question bank that no longer exists; choose another bank.`,
          target,
        });
        continue;
      }
      const available = drawCandidates(bank, draw).length;
      if (available < draw.count) {
        const from = draw.tag === null ? `bank “${bank.title}”` : `tag “${draw.tag}” of bank “${bank.title}”`;
        items.push({
          code: 'draw-larger-than-bank',
          severity: 'warning',
          message: `“${lesson.title}” draws ${draw.count} questions but the ${from} has only ${available}; every attempt shows the same ${available}.`,
          target,
        });
      }
    }
  }
  return items;
}
