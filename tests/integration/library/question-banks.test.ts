import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { newQuestion, type CourseTree } from '../../../shared';
import { configureConnection, migrateDatabase } from '../../../main/library/database';
import { MIGRATIONS } from '../../../main/library/migrations';
import { migration012QuestionBanks } from '../../../main/library/migrations/012-question-banks';
import { BankStore } from '../../../main/banks/bank-store';
import { courseWithBankPools } from '../../../main/banks/course-banks';
import { poolBlockId } from '../../../shared/scorm/quiz-draw';
import { scanAssetUsage } from '../../../main/media/media-usage';
import { codeOf, openTempLibrary, tempDir } from './helpers';

const BANKS_MIGRATION = MIGRATIONS.indexOf(migration012QuestionBanks) + 1;
let n = 0;
const newId = () => `0000b000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const lessonsOf = (tree: CourseTree) => tree.modules.flatMap((m) => m.lessons);

describe('question banks in the library', () => {
  it('the migration keeps old quiz lessons and their settings; banks start empty and go with their course', async () => {
    const dir = tempDir();
    const db = new Database(path.join(dir, 'library.sqlite'));
    configureConnection(db);
    await migrateDatabase(db, { migrations: MIGRATIONS.slice(0, BANKS_MIGRATION - 1) });
    const now = new Date().toISOString();
    const [c, m, l, b] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
    const question = newQuestion('trueFalse', newId, 'Old question?');
    const settings = {
      layout: 'onePerPage',
      maxAttempts: 2,
      showAnswers: true,
      retakeAfterReview: false,
      timeLimitMinutes: 0,
    };
    db.prepare(`INSERT INTO courses (id, title, created_at, updated_at) VALUES (?, 'Old', ?, ?)`).run(c, now, now);
    db.prepare(`INSERT INTO modules (id, course_id, position, title) VALUES (?, ?, 0, 'M')`).run(m, c);
    db.prepare(`INSERT INTO lessons (id, module_id, position, title, kind) VALUES (?, ?, 0, 'Quiz', 'quiz')`).run(l, m);
    db.prepare(`INSERT INTO lesson_quiz_settings (lesson_id, settings) VALUES (?, ?)`).run(l, JSON.stringify(settings));
    db.prepare(`INSERT INTO blocks (id, lesson_id, position, type, data) VALUES (?, ?, 0, 'question', ?)`).run(
      b,
      l,
      JSON.stringify({ id: b, type: 'question', question }),
    );
    await migrateDatabase(db, { migrations: MIGRATIONS.slice(0, BANKS_MIGRATION), backupDir: path.join(dir, 'b') });
    expect(db.pragma('user_version', { simple: true })).toBe(BANKS_MIGRATION);
    expect(db.prepare(`SELECT count(*) FROM question_banks`).pluck().get()).toBe(0);
    db.close();

    const library = await openTempLibrary({ dir });
    const store = new BankStore(library);
    const old = library.getCourse(c);
    expect(lessonsOf(old)[0]).toMatchObject({ id: l, kind: 'quiz', quiz: settings });
    expect(lessonsOf(old)[0]!.quiz!.draw).toBeUndefined();
    expect(lessonsOf(old)[0]!.blocks).toEqual([{ id: b, type: 'question', question: { ...question } }]);
    expect(store.list(c)).toEqual([]);
    const bank = store.create(c, 'Safety');
    store.addQuestion(bank.id, newQuestion('singleChoice', newId, 'Q1'), ['easy']);
    library.purgeCourse(c);
    const raw = new Database(path.join(dir, 'library.sqlite'));
    expect(raw.prepare(`SELECT count(*) FROM question_banks`).pluck().get()).toBe(0);
    expect(raw.prepare(`SELECT count(*) FROM bank_questions`).pluck().get()).toBe(0);
    raw.close();
  });

  it('creates, renames, tags, moves questions between banks and lessons, and refuses bad input unchanged', async () => {
    const library = await openTempLibrary();
    const store = new BankStore(library);
    const course = library.createCourse({ title: 'Banks' });
    const mod = library.createModule(course.id, 'M');
    const quiz = library.createLesson(mod.id, 'Quiz', 'quiz');
    const a = store.create(course.id, 'Bank A');
    const b = store.create(course.id, 'Bank B');
    expect(store.rename(a.id, 'Hazards').title).toBe('Hazards');
    const q1 = store.addQuestion(a.id, newQuestion('singleChoice', newId, 'One'), ['easy', 'module 1']);
    const q2 = store.addQuestion(a.id, newQuestion('trueFalse', newId, 'Two'), []);
    expect(store.updateQuestion(q2.id, { tags: ['hard'] }).tags).toEqual(['hard']);
    expect(codeOf(() => store.updateQuestion(q2.id, { tags: ['a,b'] }))).toBe('VALIDATION');
    expect(codeOf(() => store.addQuestion(a.id, newQuestion('trueFalse', newId, 'dup'), [], q1.id))).toBe('CONFLICT');
    expect(store.list(course.id).map((x) => [x.title, x.questions.map((q) => q.question.prompt)])).toEqual([
      ['Hazards', ['One', 'Two']],
      ['Bank B', []],
    ]);
    // Bank → bank, bank → lesson (same id), lesson → bank.
    expect(store.moveQuestion(q2.id, b.id).bankId).toBe(b.id);
    const block = store.toLesson(q1.id, quiz.id);
    expect(block).toMatchObject({ id: q1.id, type: 'question', question: { prompt: 'One' } });
    expect(lessonsOf(library.getCourse(course.id))[0]!.blocks.map((x) => x.id)).toEqual([q1.id]);
    expect(store.list(course.id)[0]!.questions).toEqual([]);
    const back = store.fromLesson(q1.id, b.id, ['easy']);
    expect(back).toMatchObject({ id: q1.id, bankId: b.id, tags: ['easy'] });
    expect(lessonsOf(library.getCourse(course.id))[0]!.blocks).toEqual([]);
    // Another course's bank is refused, and nothing moves.
    const other = library.createCourse({ title: 'Other' });
    const foreign = store.create(other.id, 'Foreign');
    expect(codeOf(() => store.moveQuestion(q1.id, foreign.id))).toBe('VALIDATION');
    expect(store.list(course.id)[1]!.questions.map((q) => q.id)).toEqual([q2.id, q1.id]);
    const heading = library.createBlock(quiz.id, { type: 'heading', level: 2, text: 'Intro' });
    expect(codeOf(() => store.fromLesson(heading.id, a.id, []))).toBe('VALIDATION');
    store.deleteQuestion(q2.id);
    store.delete(a.id);
    expect(store.list(course.id).map((x) => x.title)).toEqual(['Bank B']);
    expect(codeOf(() => store.rename(a.id, 'x'))).toBe('NOT_FOUND');
  });

  it('packages only the candidates of a draw (tag plus fixed), with ids scoped to the quiz', async () => {
    const library = await openTempLibrary();
    const store = new BankStore(library);
    const course = library.createCourse({ title: 'Drawn' });
    const mod = library.createModule(course.id, 'M');
    const quiz = library.createLesson(mod.id, 'Quiz', 'quiz');
    const bank = store.create(course.id, 'Bank');
    const qs = ['a', 'b', 'c', 'd'].map((p, i) =>
      store.addQuestion(bank.id, newQuestion('trueFalse', newId, p), i < 2 ? ['core'] : ['extra']),
    );
    library.updateLesson(quiz.id, {
      quiz: {
        layout: 'allOnOnePage',
        maxAttempts: 0,
        showAnswers: true,
        retakeAfterReview: false,
        timeLimitMinutes: 0,
        draw: { bankId: bank.id, tag: 'core', count: 2, fixedIds: [qs[3]!.id] },
      },
    });
    const packaged = lessonsOf(courseWithBankPools(library, library.getCourse(course.id)))[0]!;
    expect(packaged.pool!.map((b) => b.question.prompt)).toEqual(['a', 'b', 'd']);
    expect(packaged.pool!.map((b) => b.id)).toEqual([qs[0]!, qs[1]!, qs[3]!].map((q) => poolBlockId(quiz.id, q.id)));
    expect(packaged.quiz!.draw!.fixedIds).toEqual([poolBlockId(quiz.id, qs[3]!.id)]);
  });

  it('media used only by a bank question (a hotspot image) counts as in use', async () => {
    const library = await openTempLibrary();
    const store = new BankStore(library);
    const course = library.createCourse({ title: 'Media' });
    const bank = store.create(course.id, 'Pictures');
    const image = crypto.randomUUID();
    const q = { ...newQuestion('hotspot', newId, 'Where?'), assetId: image, alt: 'A map' } as ReturnType<
      typeof newQuestion
    >;
    const saved = store.addQuestion(bank.id, q, []);
    expect(scanAssetUsage(library).get(image)).toEqual([
      expect.objectContaining({ courseId: course.id, blockId: saved.id, blockType: 'question' }),
    ]);
  });
});
