import { randomUUID } from 'node:crypto';
import { questionWithFreshIds, type QuestionBank } from '../../shared';
import type { CourseLibrary } from '../library/course-library';
import { BankStore } from './bank-store';

/**
 * A course's question banks go with it: into its duplicate and through `.cwcourse` archives. The copy gets new
 * bank and question ids (and fresh ids inside each question), and every quiz draw of the target course that
 * pointed at a copied bank is re-pointed, its "always include" questions too. Call inside a transaction with the
 * write that made the target course, so the course never exists without its banks.
 */
export function copyBanksInto(library: CourseLibrary, banks: readonly QuestionBank[], toCourseId: string): void {
  if (banks.length === 0) return;
  const store = new BankStore(library);
  const bankIds = new Map<string, string>();
  const questionIds = new Map<string, string>();
  for (const bank of banks) {
    const made = store.create(toCourseId, bank.title);
    bankIds.set(bank.id, made.id);
    for (const q of bank.questions) {
      const added = store.addQuestion(made.id, questionWithFreshIds(q.question, randomUUID), q.tags);
      questionIds.set(q.id, added.id);
    }
  }
  for (const lesson of library.getCourse(toCourseId).modules.flatMap((m) => m.lessons)) {
    const draw = lesson.quiz?.draw;
    const bankId = draw ? bankIds.get(draw.bankId) : undefined;
    // A draw from a bank the source no longer had stays as it was: the checklist reports it as deleted.
    if (!lesson.quiz || !draw || !bankId) continue;
    const fixedIds = draw.fixedIds.map((id) => questionIds.get(id) ?? id);
    library.updateLesson(lesson.id, { quiz: { ...lesson.quiz, draw: { ...draw, bankId, fixedIds } } });
  }
}

/** The banks of a course as an archive carries them (validated when the archive is read back). */
export const courseBanks = (library: CourseLibrary, courseId: string): QuestionBank[] =>
  new BankStore(library).list(courseId);
