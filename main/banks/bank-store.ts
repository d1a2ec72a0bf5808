import { randomUUID } from 'node:crypto';
import {
  AppError,
  bankQuestionSchema,
  titleSchema,
  type BankQuestion,
  type BlockOf,
  type Question,
  type QuestionBank,
} from '../../shared';
import type { CourseLibrary } from '../library/course-library';
import { libraryConnection } from '../library/sqlite-course-library';

interface BankRow {
  id: string;
  course_id: string;
  position: number;
  title: string;
}
interface QuestionRow {
  id: string;
  bank_id: string;
  position: number;
  tags: string;
  question: string;
}

const missing = (what: string, id: string) =>
  new AppError('NOT_FOUND', `No ${what} with id ${id} exists in the library (it may have been deleted).`, { id });

/**
 * Question banks in the library file (tables of migration 012). Each write runs in the library's transaction, so
 * a move between a bank and a lesson is all or nothing. Stored questions are validated when read: a row that no
 * longer parses is reported as LIBRARY_CORRUPT, never handed on.
 */
export class BankStore {
  private readonly q;

  constructor(private readonly library: CourseLibrary) {
    const db = libraryConnection(library);
    this.q = {
      banks: db.prepare(
        `SELECT id, course_id, position, title FROM question_banks WHERE course_id = ? ORDER BY position, id`,
      ),
      bank: db.prepare(`SELECT id, course_id, position, title FROM question_banks WHERE id = ?`),
      questions: db.prepare(
        `SELECT id, bank_id, position, tags, question FROM bank_questions WHERE bank_id = ? ORDER BY position, id`,
      ),
      question: db.prepare(`SELECT id, bank_id, position, tags, question FROM bank_questions WHERE id = ?`),
      nextBank: db.prepare(`SELECT coalesce(max(position) + 1, 0) FROM question_banks WHERE course_id = ?`).pluck(),
      nextQuestion: db.prepare(`SELECT coalesce(max(position) + 1, 0) FROM bank_questions WHERE bank_id = ?`).pluck(),
      insertBank: db.prepare(`INSERT INTO question_banks (id, course_id, position, title) VALUES (?, ?, ?, ?)`),
      renameBank: db.prepare(`UPDATE question_banks SET title = ? WHERE id = ?`),
      deleteBank: db.prepare(`DELETE FROM question_banks WHERE id = ?`),
      insertQuestion: db.prepare(
        `INSERT INTO bank_questions (id, bank_id, position, tags, question) VALUES (?, ?, ?, ?, ?)`,
      ),
      updateQuestion: db.prepare(`UPDATE bank_questions SET tags = ?, question = ? WHERE id = ?`),
      moveQuestion: db.prepare(`UPDATE bank_questions SET bank_id = ?, position = ? WHERE id = ?`),
      deleteQuestion: db.prepare(`DELETE FROM bank_questions WHERE id = ?`),
      courseLive: db.prepare(`SELECT 1 FROM courses WHERE id = ? AND deleted_at IS NULL`).pluck(),
      blockTaken: db.prepare(`SELECT 1 FROM blocks WHERE id = ?`).pluck(),
    };
  }

  list(courseId: string): QuestionBank[] {
    this.library.getCourse(courseId); // NOT_FOUND for a missing course
    return (this.q.banks.all(courseId) as BankRow[]).map((r) => this.toBank(r));
  }

  /** The banks of a course, live or in the trash, without checking the course (media usage). */
  banksOf(courseId: string): QuestionBank[] {
    return (this.q.banks.all(courseId) as BankRow[]).map((r) => this.toBank(r));
  }

  /** The course a bank belongs to (NOT_FOUND when absent). */
  courseOf(bankId: string): string {
    return this.bankRow(bankId).course_id;
  }

  /** The course a bank question belongs to. */
  courseOfQuestion(questionId: string): string {
    return this.courseOf(this.questionRow(questionId).bank_id);
  }

  create(courseId: string, title: string, id: string = randomUUID()): QuestionBank {
    return this.library.transaction(() => {
      if (this.q.courseLive.get(courseId) === undefined) throw missing('course', courseId);
      if (this.q.bank.get(id)) throw new AppError('CONFLICT', `A question bank with the id ${id} already exists.`);
      this.q.insertBank.run(id, courseId, this.q.nextBank.get(courseId), titleSchema.parse(title));
      return this.toBank(this.bankRow(id));
    });
  }

  rename(bankId: string, title: string): QuestionBank {
    return this.library.transaction(() => {
      this.bankRow(bankId);
      this.q.renameBank.run(titleSchema.parse(title), bankId);
      return this.toBank(this.bankRow(bankId));
    });
  }

  delete(bankId: string): void {
    this.library.transaction(() => {
      this.bankRow(bankId);
      this.q.deleteBank.run(bankId);
    });
  }

  addQuestion(bankId: string, question: Question, tags: string[], id: string = randomUUID()): BankQuestion {
    return this.library.transaction(() => {
      this.bankRow(bankId);
      if (this.q.question.get(id) || this.q.blockTaken.get(id))
        throw new AppError('CONFLICT', `A question with the id ${id} already exists.`);
      const clean = bankQuestionSchema.parse({ id, bankId, tags, question });
      this.q.insertQuestion.run(
        id,
        bankId,
        this.q.nextQuestion.get(bankId),
        JSON.stringify(clean.tags),
        JSON.stringify(clean.question),
      );
      return clean;
    });
  }

  updateQuestion(
    questionId: string,
    patch: { question?: Question | undefined; tags?: string[] | undefined },
  ): BankQuestion {
    return this.library.transaction(() => {
      const current = this.toQuestion(this.questionRow(questionId));
      const next = bankQuestionSchema.parse({ ...current, ...definedOnly(patch) });
      this.q.updateQuestion.run(JSON.stringify(next.tags), JSON.stringify(next.question), questionId);
      return next;
    });
  }

  deleteQuestion(questionId: string): void {
    this.library.transaction(() => {
      this.questionRow(questionId);
      this.q.deleteQuestion.run(questionId);
    });
  }

  moveQuestion(questionId: string, toBankId: string): BankQuestion {
    return this.library.transaction(() => {
      const row = this.questionRow(questionId);
      this.sameCourse(this.courseOf(row.bank_id), this.courseOf(toBankId));
      if (row.bank_id !== toBankId) this.q.moveQuestion.run(toBankId, this.q.nextQuestion.get(toBankId), questionId);
      return this.toQuestion(this.questionRow(questionId));
    });
  }

  /** Moves a bank question into a lesson as a question block with the same id. */
  toLesson(questionId: string, lessonId: string, position?: number): BlockOf<'question'> {
    return this.library.transaction(() => {
      const current = this.toQuestion(this.questionRow(questionId));
      this.sameCourse(this.courseOf(current.bankId), this.library.getLessonCourseId(lessonId));
      this.q.deleteQuestion.run(questionId);
      const block: BlockOf<'question'> = { id: questionId, type: 'question', question: current.question };
      return this.library.insertBlock(lessonId, block, position) as BlockOf<'question'>;
    });
  }

  /** Moves a lesson's question block into a bank (same id). */
  fromLesson(blockId: string, bankId: string, tags: string[]): BankQuestion {
    return this.library.transaction(() => {
      const courseId = this.library.getBlockCourseId(blockId);
      this.sameCourse(courseId, this.courseOf(bankId));
      const block = this.library
        .getCourse(courseId)
        .modules.flatMap((m) => m.lessons.flatMap((l) => l.blocks))
        .find((b) => b.id === blockId);
      if (block?.type !== 'question')
        throw new AppError('VALIDATION', 'Only question blocks can move into a question bank.', { blockId });
      this.library.deleteBlock(blockId);
      return this.addQuestion(bankId, block.question, tags, blockId);
    });
  }

  private sameCourse(a: string, b: string): void {
    if (a !== b) throw new AppError('VALIDATION', 'Questions move only between banks and lessons of the same course.');
  }

  private bankRow(bankId: string): BankRow {
    const row = this.q.bank.get(bankId) as BankRow | undefined;
    if (!row) throw missing('question bank', bankId);
    return row;
  }

  private questionRow(questionId: string): QuestionRow {
    const row = this.q.question.get(questionId) as QuestionRow | undefined;
    if (!row) throw missing('bank question', questionId);
    return row;
  }

  private toBank(r: BankRow): QuestionBank {
    const questions = (this.q.questions.all(r.id) as QuestionRow[]).map((q) => this.toQuestion(q));
    return { id: r.id, courseId: r.course_id, title: r.title, questions };
  }

  private toQuestion(r: QuestionRow): BankQuestion {
    const parsed = bankQuestionSchema.safeParse({
      id: r.id,
      bankId: r.bank_id,
      tags: JSON.parse(r.tags) as unknown,
      question: JSON.parse(r.question) as unknown,
    });
    if (!parsed.success)
      throw new AppError('LIBRARY_CORRUPT', `The library contains an invalid bank question ${r.id}.`);
    return parsed.data;
  }
}

const definedOnly = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
