import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultQuizSettings, newQuestion, type CourseTree, type Result } from '../../../shared';
import { createInProcessApi, type InProcessApi } from '../../support/in-process-api';

// A course's question banks go with its duplicate, and the copy's quizzes draw from the copied banks.
const value = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
};
const quizOf = (tree: CourseTree) => tree.modules.flatMap((m) => m.lessons).find((l) => l.kind === 'quiz')!;

describe('question banks travel with their course', () => {
  let env: InProcessApi;
  beforeEach(async () => {
    env = await createInProcessApi({ seedSample: false });
  });
  afterEach(async () => env.close());

  it('a duplicate gets copies of the banks (new ids), and its quiz draw points at them', async () => {
    const { api } = env;
    const course = value(await api.invoke('courses.create', { title: 'Safety' }));
    const module = value(await api.invoke('modules.create', { courseId: course.id, title: 'M' }));
    const lesson = value(await api.invoke('lessons.create', { moduleId: module.id, title: 'Final quiz' }));
    const bank = value(await api.invoke('banks.create', { courseId: course.id, title: 'Pool' }));
    const questions = [];
    for (const prompt of ['One?', 'Two?', 'Three?']) {
      const question = newQuestion('singleChoice', randomUUID, prompt);
      questions.push(value(await api.invoke('banks.questions.create', { bankId: bank.id, question, tags: ['core'] })));
    }
    const draw = { bankId: bank.id, tag: 'core', count: 2, fixedIds: [questions[2]!.id] };
    value(
      await api.invoke('lessons.update', {
        lessonId: lesson.id,
        patch: { kind: 'quiz', quiz: { ...defaultQuizSettings(), draw } },
      }),
    );

    const copy = value(await api.invoke('courses.duplicate', { courseId: course.id }));
    const copiedBanks = value(await api.invoke('banks.list', { courseId: copy.id }));
    expect(copiedBanks).toHaveLength(1);
    const copied = copiedBanks[0]!;
    expect(copied.id).not.toBe(bank.id);
    expect(copied.title).toBe('Pool');
    expect(copied.questions.map((q) => q.question.prompt)).toEqual(['One?', 'Two?', 'Three?']);
    expect(copied.questions.map((q) => q.tags)).toEqual([['core'], ['core'], ['core']]);
    const oldIds = new Set(
      questions.flatMap((q) => [
        q.id,
        ...(q.question.kind === 'singleChoice' ? q.question.choices.map((c) => c.id) : []),
      ]),
    );
    for (const q of copied.questions) {
      expect(oldIds.has(q.id)).toBe(false);
      if (q.question.kind === 'singleChoice') for (const c of q.question.choices) expect(oldIds.has(c.id)).toBe(false);
    }
    const copyDraw = quizOf(value(await api.invoke('courses.get', { courseId: copy.id }))).quiz!.draw!;
    expect(copyDraw).toEqual({ bankId: copied.id, tag: 'core', count: 2, fixedIds: [copied.questions[2]!.id] });
    // The source is untouched.
    expect(quizOf(value(await api.invoke('courses.get', { courseId: course.id }))).quiz!.draw).toEqual(draw);
    expect(value(await api.invoke('banks.list', { courseId: course.id })).map((b) => b.id)).toEqual([bank.id]);
  });

  it('a course without banks duplicates as before', async () => {
    const course = value(await env.api.invoke('courses.create', { title: 'Plain' }));
    const copy = value(await env.api.invoke('courses.duplicate', { courseId: course.id }));
    expect(value(await env.api.invoke('banks.list', { courseId: copy.id }))).toEqual([]);
  });
});
