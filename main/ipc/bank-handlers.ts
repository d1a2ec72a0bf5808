import { BankStore } from '../banks/bank-store';
import type { CourseLibrary } from '../library/course-library';
import type { Handlers } from './router';

type BankChannel =
  | 'banks.list'
  | 'banks.create'
  | 'banks.rename'
  | 'banks.delete'
  | 'banks.questions.create'
  | 'banks.questions.update'
  | 'banks.questions.delete'
  | 'banks.questions.move'
  | 'banks.questions.toLesson'
  | 'banks.questions.fromLesson';

const DELETED = { deleted: true } as const;

/** The question-bank channels; every write announces its course so open editors refresh. */
export function createBankHandlers(
  library: CourseLibrary,
  notifyChanged: (courseId: string | null, reason: string) => void,
): Pick<Handlers, BankChannel> {
  let store: BankStore | null = null;
  // Created on first use: the library connection exists only for SQLite-backed libraries.
  const banks = (): BankStore => (store ??= new BankStore(library));
  const announce = <T>(courseId: string, reason: string, value: T): T => (notifyChanged(courseId, reason), value);

  return {
    'banks.list': ({ courseId }) => banks().list(courseId),
    'banks.create': ({ courseId, title, id }) =>
      announce(courseId, 'banks.create', banks().create(courseId, title, id)),
    'banks.rename': ({ bankId, title }) => {
      const bank = banks().rename(bankId, title);
      return announce(bank.courseId, 'banks.rename', bank);
    },
    'banks.delete': ({ bankId }) => {
      const courseId = banks().courseOf(bankId);
      banks().delete(bankId);
      return announce(courseId, 'banks.delete', DELETED);
    },
    'banks.questions.create': ({ bankId, question, tags, id }) =>
      announce(banks().courseOf(bankId), 'banks.questions.create', banks().addQuestion(bankId, question, tags, id)),
    'banks.questions.update': ({ questionId, question, tags }) => {
      const saved = banks().updateQuestion(questionId, { question, tags });
      return announce(banks().courseOf(saved.bankId), 'banks.questions.update', saved);
    },
    'banks.questions.delete': ({ questionId }) => {
      const courseId = banks().courseOfQuestion(questionId);
      banks().deleteQuestion(questionId);
      return announce(courseId, 'banks.questions.delete', DELETED);
    },
    'banks.questions.move': ({ questionId, toBankId }) => {
      const moved = banks().moveQuestion(questionId, toBankId);
      return announce(banks().courseOf(moved.bankId), 'banks.questions.move', moved);
    },
    'banks.questions.toLesson': ({ questionId, lessonId, position }) =>
      announce(
        library.getLessonCourseId(lessonId),
        'banks.questions.toLesson',
        banks().toLesson(questionId, lessonId, position),
      ),
    'banks.questions.fromLesson': ({ blockId, bankId, tags }) => {
      const courseId = library.getBlockCourseId(blockId);
      return announce(courseId, 'banks.questions.fromLesson', banks().fromLesson(blockId, bankId, tags));
    },
  };
}
