import { afterEach, describe, expect, it } from 'vitest';
import { channels, docFromParagraphs, type Result } from '../../../shared';
import { createInProcessApi, type InProcessApi } from '../../support/in-process-api';
import { value } from '../../support/result-value';

let env: InProcessApi | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

/** Two modules; lesson A holds a heading, a paragraph and a question, lesson B a video, lesson C nothing. */
async function course(api: InProcessApi['api']) {
  const c = value(await api.invoke('courses.create', { title: 'Outline' }));
  const m1 = value(await api.invoke('modules.create', { courseId: c.id, title: 'One' }));
  const m2 = value(await api.invoke('modules.create', { courseId: c.id, title: 'Two' }));
  const a = value(await api.invoke('lessons.create', { moduleId: m1.id, title: 'A' }));
  const b = value(await api.invoke('lessons.create', { moduleId: m2.id, title: 'B', kind: 'quiz' }));
  const empty = value(await api.invoke('lessons.create', { moduleId: m2.id, title: 'C' }));
  const add = async (lessonId: string, block: Parameters<typeof api.invoke<'blocks.create'>>[1]['block']) =>
    value(await api.invoke('blocks.create', { lessonId, block }));
  const heading = await add(a.id, { type: 'heading', level: 2, text: 'Hello' });
  const text = await add(a.id, { type: 'richText', doc: docFromParagraphs('Body of A') });
  const question = await add(a.id, {
    type: 'question',
    question: { kind: 'trueFalse', prompt: 'True?', correct: true },
  });
  const video = await add(b.id, { type: 'video', assetId: null });
  return { c, m1, m2, a, b, empty, heading, text, question, video };
}

describe('courses.outline, lessons.get, blocks.find', () => {
  it('the outline has every module and lesson in order with block counts and no block bodies', async () => {
    env = await createInProcessApi({ seedSample: false });
    const { api } = env;
    const t = await course(api);
    const outline = value(await api.invoke('courses.outline', { courseId: t.c.id }));
    expect(outline.title).toBe('Outline');
    expect(outline.modules.map((m) => [m.title, m.lessons.map((l) => [l.title, l.kind, l.blockCount])])).toEqual([
      ['One', [['A', 'content', 3]]],
      [
        'Two',
        [
          ['B', 'quiz', 1],
          ['C', 'content', 0],
        ],
      ],
    ]);
    const text = JSON.stringify(outline);
    expect(text).not.toContain('Body of A');
    expect(text).not.toContain('"blocks"');
    // The same facts as the whole tree, minus the blocks.
    const tree = value(await api.invoke('courses.get', { courseId: t.c.id }));
    expect(outline.modules.flatMap((m) => m.lessons.map((l) => l.id))).toEqual(
      tree.modules.flatMap((m) => m.lessons.map((l) => l.id)),
    );
    expect(outline.settings).toEqual(tree.settings);
  });

  it('lessons.get returns one lesson with its blocks in order', async () => {
    env = await createInProcessApi({ seedSample: false });
    const { api } = env;
    const t = await course(api);
    const lesson = value(await api.invoke('lessons.get', { lessonId: t.a.id }));
    expect(lesson.title).toBe('A');
    expect(lesson.blocks.map((b) => b.id)).toEqual([t.heading.id, t.text.id, t.question.id]);
    value(await api.invoke('blocks.reorder', { lessonId: t.a.id, blockIds: [t.question.id, t.heading.id, t.text.id] }));
    const again = value(await api.invoke('lessons.get', { lessonId: t.a.id }));
    expect(again.blocks.map((b) => b.type)).toEqual(['question', 'heading', 'richText']);
    expect(value(await api.invoke('lessons.get', { lessonId: t.empty.id })).blocks).toEqual([]);
  });

  it('blocks.find returns the blocks of the named kinds or ids in course order, with their lessons', async () => {
    env = await createInProcessApi({ seedSample: false });
    const { api } = env;
    const t = await course(api);
    const found = value(await api.invoke('blocks.find', { courseId: t.c.id, types: ['video', 'question'] }));
    expect(found.map((f) => [f.lessonId, f.index, f.block.id])).toEqual([
      [t.a.id, 2, t.question.id],
      [t.b.id, 0, t.video.id],
    ]);
    const other = value(await api.invoke('courses.create', { title: 'Other' }));
    const byId = value(await api.invoke('blocks.find', { courseId: other.id, blockIds: [t.heading.id, t.text.id] }));
    expect(byId).toEqual([]); // blocks of another course are not found there
    const mine = value(await api.invoke('blocks.find', { courseId: t.c.id, blockIds: [t.text.id, UNKNOWN] }));
    expect(mine).toEqual([{ lessonId: t.a.id, index: 1, block: t.text }]);
  });

  it('unknown ids, trashed courses and bad input get typed errors', async () => {
    env = await createInProcessApi({ seedSample: false });
    const { api } = env;
    const t = await course(api);
    const code = (r: Result<unknown>) => (r.ok ? 'ok' : r.error.code);
    expect(code(await api.invoke('courses.outline', { courseId: UNKNOWN }))).toBe('NOT_FOUND');
    expect(code(await api.invoke('lessons.get', { lessonId: UNKNOWN }))).toBe('NOT_FOUND');
    expect(code(await api.invoke('blocks.find', { courseId: UNKNOWN, types: ['video'] }))).toBe('NOT_FOUND');
    expect(code(await api.invoke('lessons.get', { lessonId: 'not-an-id' }))).toBe('VALIDATION');
    expect(code(await api.invoke('blocks.find', { courseId: t.c.id }))).toBe('VALIDATION');
    expect(code(await api.invoke('blocks.find', { courseId: t.c.id, types: ['nope' as 'video'] }))).toBe('VALIDATION');
    value(await api.invoke('courses.delete', { courseId: t.c.id }));
    expect(code(await api.invoke('courses.outline', { courseId: t.c.id }))).toBe('NOT_FOUND');
    expect(code(await api.invoke('lessons.get', { lessonId: t.a.id }))).toBe('NOT_FOUND');
  });

  it('the router checks the output: a lesson without a block count breaks the contract, blocks never pass through', () => {
    const outline = channels['courses.outline'].output;
    const base = {
      id: UNKNOWN,
      title: 'x',
      description: '',
      language: 'en',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      settings: {},
    };
    const lesson = { id: UNKNOWN, moduleId: UNKNOWN, title: 'L', kind: 'content' };
    const mod = (l: object) => ({ id: UNKNOWN, courseId: UNKNOWN, title: 'M', lessons: [l] });
    expect(outline.safeParse({ ...base, modules: [mod({ ...lesson, blockCount: 2 })] }).success).toBe(true);
    expect(outline.safeParse({ ...base, modules: [mod({ ...lesson, blockCount: -1 })] }).success).toBe(false);
    expect(outline.safeParse({ ...base, modules: [mod(lesson)] }).success).toBe(false);
    // The router sends what the schema parsed: block bodies a handler let slip in are dropped, not sent.
    const slipped = outline.parse({ ...base, modules: [mod({ ...lesson, blockCount: 1, blocks: [{ secret: 1 }] })] });
    expect(JSON.stringify(slipped)).not.toContain('secret');
  });
});
