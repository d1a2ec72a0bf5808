import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultQuizSettings, newQuestion, type CourseTree } from '../../../shared';
import { createInProcessApi, type InProcessApi } from '../../support/in-process-api';
import { value } from '../../support/result-value';

// A course's question banks go with its duplicate, and the copy's quizzes draw from the copied banks.
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

  it('a .cwcourse archive carries the banks and the media their questions show, into a fresh library', async () => {
    const { api } = env;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-bank-archive-'));
    const other = await createInProcessApi({ seedSample: false });
    try {
      const svg = path.join(dir, 'map.svg');
      fs.writeFileSync(
        svg,
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>',
      );
      const [stored] = value(await api.invoke('media.import', { paths: [svg] }));
      const course = value(await api.invoke('courses.create', { title: 'Hotspots' }));
      const module = value(await api.invoke('modules.create', { courseId: course.id, title: 'M' }));
      const lesson = value(await api.invoke('lessons.create', { moduleId: module.id, title: 'Quiz' }));
      const bank = value(await api.invoke('banks.create', { courseId: course.id, title: 'Maps' }));
      const hotspot = newQuestion('hotspot', randomUUID, 'Where?');
      if (hotspot.kind !== 'hotspot') throw new Error('hotspot expected');
      const question = { ...hotspot, assetId: stored!.asset!.id, alt: 'A map' };
      const inBank = value(await api.invoke('banks.questions.create', { bankId: bank.id, question, tags: [] }));
      const draw = { bankId: bank.id, tag: null, count: 1, fixedIds: [inBank.id] };
      value(
        await api.invoke('lessons.update', {
          lessonId: lesson.id,
          patch: { kind: 'quiz', quiz: { ...defaultQuizSettings(), draw } },
        }),
      );
      const file = path.join(dir, 'hotspots.cwcourse');
      value(await api.invoke('courses.exportArchive', { courseId: course.id, outPath: file }));

      const imported = value(await other.api.invoke('courses.importArchive', { path: file }));
      const [copied] = value(await other.api.invoke('banks.list', { courseId: imported.id }));
      expect(copied?.title).toBe('Maps');
      const copiedQuestion = copied!.questions[0]!.question;
      expect(copiedQuestion.prompt).toBe('Where?');
      // The image came with the archive: the fresh library has it under the id the question names.
      const assetId = copiedQuestion.kind === 'hotspot' ? copiedQuestion.assetId : null;
      expect(value(await other.api.invoke('assets.list', {})).map((a) => a.id)).toContain(assetId);
      const importedDraw = quizOf(value(await other.api.invoke('courses.get', { courseId: imported.id }))).quiz!.draw;
      expect(importedDraw).toEqual({ bankId: copied!.id, tag: null, count: 1, fixedIds: [copied!.questions[0]!.id] });
    } finally {
      await other.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a course without banks duplicates as before', async () => {
    const course = value(await env.api.invoke('courses.create', { title: 'Plain' }));
    const copy = value(await env.api.invoke('courses.duplicate', { courseId: course.id }));
    expect(value(await env.api.invoke('banks.list', { courseId: copy.id }))).toEqual([]);
  });
});
