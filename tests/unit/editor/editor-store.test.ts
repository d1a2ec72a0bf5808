import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Block, CourseTree } from '../../../shared';
import { createCourseStore } from '../../../renderer/src/stores/course-store';
import { createEditorStore, saveStatusOf } from '../../../renderer/src/editor/editor-store';
import { createDraftStorage } from '../../../renderer/src/editor/draft-storage';
import { newBlock } from '../../../renderer/src/editor/blocks/new-block';
import { createInProcessApi, type InProcessApi } from '../../support/in-process-api';

/** A minimal in-memory Web Storage (Node has no localStorage). */
class MemoryStorage implements Storage {
  private map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  key(index: number) {
    return [...this.map.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
}

describe('editor store (real router + SQLite library)', () => {
  let env: InProcessApi;
  let storage: MemoryStorage;
  beforeEach(async () => {
    env = await createInProcessApi({ seedSample: false });
    storage = new MemoryStorage();
  });
  afterEach(async () => {
    await env.close();
  });

  const setup = async (typingDelayMs = 30) => {
    const created = await env.api.invoke('courses.create', { title: 'Editor test' });
    if (!created.ok) throw new Error(created.error.message);
    const course = createCourseStore(env.api);
    await course.getState().open(created.value.id);
    const editor = createEditorStore({
      api: env.api,
      course,
      drafts: createDraftStorage(storage),
      typingDelayMs,
    });
    const module = (await editor.getState().addModule('Module A'))!;
    const lesson = (await editor.getState().addLesson(module.id, 'Lesson 1'))!;
    // As the lesson pane does: blocks are edited in a lesson the editor has opened (loaded).
    await course.getState().loadLesson(lesson.id);
    return { course, editor, module, lesson, courseId: created.value.id };
  };
  const stored = async (courseId: string): Promise<CourseTree> => {
    const r = await env.api.invoke('courses.get', { courseId });
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };
  const blocksOf = (tree: CourseTree) => tree.modules.flatMap((m) => m.lessons.flatMap((l) => l.blocks));

  it('debounces typing into one stored update, mirrors drafts to storage, then reports saved', async () => {
    const { editor, lesson, courseId } = await setup(50);
    const heading = (await editor.getState().insertBlock(lesson.id, newBlock('heading'), 0))!;
    const calls = () => env.calls.get('blocks.update') ?? 0;
    for (const text of ['H', 'He', 'Hel', 'Hello']) editor.getState().editBlock({ ...heading, text } as Block);
    expect(saveStatusOf(editor.getState())).toBe('saving');
    expect(storage.length).toBe(1);
    await editor.getState().flush();
    expect(calls()).toBe(1);
    expect(saveStatusOf(editor.getState())).toBe('saved');
    expect(storage.length).toBe(0);
    expect(blocksOf(await stored(courseId))).toMatchObject([{ type: 'heading', text: 'Hello' }]);
  });

  it('reports saving from the debounce until the server has answered the last change', async () => {
    const { editor, lesson } = await setup(10);
    const heading = (await editor.getState().insertBlock(lesson.id, newBlock('heading'), 0))!;
    const seen: string[] = [];
    const answered: boolean[] = [];
    let requestAnswered = false;
    const invoke = env.api.invoke.bind(env.api);
    env.api.invoke = (async (channel: string, input: unknown) => {
      const r = await (invoke as (c: string, i: unknown) => Promise<unknown>)(channel, input);
      if (channel === 'blocks.update') requestAnswered = true;
      return r;
    }) as typeof env.api.invoke;
    const unsubscribe = editor.subscribe((s) => {
      const status = saveStatusOf(s);
      if (seen[seen.length - 1] !== status) {
        seen.push(status);
        answered.push(requestAnswered);
      }
    });
    editor.getState().editBlock({ ...heading, text: 'Typed' } as Block);
    await editor.getState().flush();
    unsubscribe();
    // One change: saving, then saved once — never saved in between, and saved only after the answer.
    expect(seen).toEqual(['saving', 'saved']);
    expect(answered).toEqual([false, true]);
  });

  it('creates blocks, lessons and modules under client ids; a taken id is a CONFLICT that changes nothing', async () => {
    const { editor, lesson, courseId } = await setup();
    const heading = (await editor.getState().insertBlock(lesson.id, newBlock('heading'), 0))!;
    const again = await env.api.invoke('blocks.create', {
      lessonId: lesson.id,
      block: newBlock('divider'),
      id: heading.id,
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const bad = await env.api.invoke('blocks.create', { lessonId: lesson.id, block: newBlock('divider'), id: 'x' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const taken = await env.api.invoke('lessons.create', { moduleId: lesson.moduleId, title: 'Dup', id: lesson.id });
    expect(taken).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(blocksOf(await stored(courseId)).map((b) => b.id)).toEqual([heading.id]);
  });

  it('does not store a block the document does not allow, and reports it as invalid until fixed', async () => {
    const { editor, lesson, courseId } = await setup();
    const heading = (await editor.getState().insertBlock(lesson.id, newBlock('heading'), 0))!;
    editor.getState().editBlock({ ...heading, text: '' } as Block);
    await editor.getState().flush();
    expect(saveStatusOf(editor.getState())).toBe('invalid');
    expect(blocksOf(await stored(courseId))[0]).toMatchObject({ text: 'New heading' });
    editor.getState().editBlock({ ...heading, text: 'Fixed' } as Block);
    await editor.getState().flush();
    expect(saveStatusOf(editor.getState())).toBe('saved');
  });

  it('undoes a typing burst in one step and redoes it', async () => {
    const { editor, lesson, courseId } = await setup();
    const heading = (await editor.getState().insertBlock(lesson.id, newBlock('heading'), 0))!;
    for (const text of ['A', 'AB', 'ABC']) editor.getState().editBlock({ ...heading, text } as Block);
    await editor.getState().flush();
    await editor.getState().undo();
    expect(blocksOf(await stored(courseId))[0]).toMatchObject({ text: 'New heading' });
    await editor.getState().redo();
    expect(blocksOf(await stored(courseId))[0]).toMatchObject({ text: 'ABC' });
  });

  it('undoes delete by re-creating the block under its own id, so earlier edits still apply', async () => {
    const { editor, lesson, courseId } = await setup();
    const heading = (await editor.getState().insertBlock(lesson.id, newBlock('heading'), 0))!;
    await editor.getState().insertBlock(lesson.id, newBlock('divider'), 1);
    editor.getState().editBlock({ ...heading, text: 'Edited' } as Block);
    await editor.getState().flush();
    await editor.getState().deleteBlock(heading.id);
    expect(blocksOf(await stored(courseId)).map((b) => b.type)).toEqual(['divider']);
    await editor.getState().undo(); // restore
    let blocks = blocksOf(await stored(courseId));
    expect(blocks).toMatchObject([{ type: 'heading', text: 'Edited' }, { type: 'divider' }]);
    expect(blocks[0]!.id).toBe(heading.id);
    await editor.getState().undo(); // the edit, now on the re-created block
    blocks = blocksOf(await stored(courseId));
    expect(blocks[0]).toMatchObject({ text: 'New heading' });
    await editor.getState().redo();
    await editor.getState().redo(); // delete again
    expect(blocksOf(await stored(courseId)).map((b) => b.type)).toEqual(['divider']);
  });

  it('moves, duplicates and changes lesson kind, each undoable', async () => {
    const { editor, lesson, courseId } = await setup();
    const a = (await editor.getState().insertBlock(lesson.id, newBlock('heading'), 0))!;
    await editor.getState().insertBlock(lesson.id, newBlock('divider'), 1);
    await editor.getState().moveBlock(a.id, 1);
    expect(blocksOf(await stored(courseId)).map((b) => b.type)).toEqual(['divider', 'heading']);
    await editor.getState().duplicateBlock(a.id);
    expect(blocksOf(await stored(courseId)).map((b) => b.type)).toEqual(['divider', 'heading', 'heading']);
    await editor.getState().setLessonKind(lesson.id, 'quiz');
    expect((await stored(courseId)).modules[0]!.lessons[0]!.kind).toBe('quiz');
    await editor.getState().undo();
    await editor.getState().undo();
    await editor.getState().undo();
    const tree = await stored(courseId);
    expect(tree.modules[0]!.lessons[0]!.kind).toBe('content');
    expect(blocksOf(tree).map((b) => b.type)).toEqual(['heading', 'divider']);
  });

  it('moves lessons between modules and undoes a module delete with its lessons and blocks', async () => {
    const { editor, module, lesson, courseId } = await setup();
    await editor.getState().insertBlock(lesson.id, newBlock('heading'), 0);
    const b = (await editor.getState().addModule('Module B'))!;
    await editor.getState().moveLesson(lesson.id, b.id, 0);
    let tree = await stored(courseId);
    expect(tree.modules.map((m) => m.lessons.length)).toEqual([0, 1]);
    await editor.getState().moveModule(b.id, 0);
    tree = await stored(courseId);
    expect(tree.modules.map((m) => m.title)).toEqual(['Module B', 'Module A']);
    await editor.getState().deleteModule(b.id);
    expect((await stored(courseId)).modules.map((m) => m.title)).toEqual(['Module A']);
    await editor.getState().undo();
    tree = await stored(courseId);
    expect(tree.modules.map((m) => m.title)).toEqual(['Module B', 'Module A']);
    expect(tree.modules[0]!.lessons[0]).toMatchObject({ title: 'Lesson 1' });
    expect(tree.modules[0]!.lessons[0]!.blocks).toMatchObject([{ type: 'heading' }]);
    await editor.getState().undo(); // module order
    await editor.getState().undo(); // lesson back into Module A
    tree = await stored(courseId);
    expect(tree.modules.map((m) => m.title)).toEqual(['Module A', 'Module B']);
    expect(tree.modules[0]!.lessons.map((l) => l.title)).toEqual(['Lesson 1']);
    expect(module.id).toBe(tree.modules[0]!.id);
  });

  it('undoes a settings change and recovers drafts left in storage by a reload', async () => {
    const { editor, course, lesson, courseId } = await setup();
    await editor.getState().updateCourse({ settings: { passingScore: 60 } });
    expect((await stored(courseId)).settings.passingScore).toBe(60);
    await editor.getState().undo();
    expect((await stored(courseId)).settings.passingScore).toBe(80);
    // Settings changed one after another (not awaited) all stick: none resets the others.
    const updates = [
      editor.getState().updateCourse({ settings: { passingScore: 70 } }),
      editor.getState().updateCourse({ settings: { navigation: 'linear' } }),
      editor.getState().updateCourse({ settings: { supportContact: 'help@example.org' } }),
    ];
    expect(await Promise.all(updates)).toEqual([true, true, true]);
    expect((await stored(courseId)).settings).toMatchObject({
      passingScore: 70,
      navigation: 'linear',
      supportContact: 'help@example.org',
    });
    await editor.getState().undo();
    expect((await stored(courseId)).settings).toMatchObject({
      passingScore: 70,
      navigation: 'linear',
      supportContact: '',
    });

    const heading = (await editor.getState().insertBlock(lesson.id, newBlock('heading'), 0))!;
    // Simulate a crash mid-burst: the draft reached storage, the debounced save never ran.
    storage.setItem(`coursewright:draft:${heading.id}`, JSON.stringify({ ...heading, text: 'Typed before crash' }));
    const reopened = createEditorStore({ api: env.api, course, drafts: createDraftStorage(storage) });
    expect(await reopened.getState().recoverDrafts()).toBe(1);
    expect(blocksOf(await stored(courseId))[0]).toMatchObject({ text: 'Typed before crash' });
    expect(storage.length).toBe(0);
  });

  it('turns a block into another kind in its place as one undo step; undo brings it back under its own id', async () => {
    const { editor, lesson, courseId } = await setup();
    const heading = (await editor.getState().insertBlock(lesson.id, newBlock('heading'), 0))!;
    await editor.getState().insertBlock(lesson.id, newBlock('divider'), 1);
    editor.getState().editBlock({ ...heading, text: 'Plan the week' } as Block);
    const text = await editor.getState().convertBlock(heading.id, 'richText');
    expect(text).toMatchObject({ type: 'richText' });
    let blocks = blocksOf(await stored(courseId));
    expect(blocks.map((b) => b.type)).toEqual(['richText', 'divider']);
    expect(JSON.stringify(blocks[0])).toContain('Plan the week');
    expect(await editor.getState().convertBlock(blocks[1]!.id, 'heading')).toBeNull(); // a divider does not convert
    await editor.getState().undo();
    blocks = blocksOf(await stored(courseId));
    expect(blocks).toMatchObject([{ id: heading.id, type: 'heading', text: 'Plan the week' }, { type: 'divider' }]);
    await editor.getState().redo();
    blocks = blocksOf(await stored(courseId));
    expect(blocks.map((b) => b.id)).toEqual([text!.id, blocks[1]!.id]);
  });

  it('a structural edit (step) is its own undo step between typing in the same block', async () => {
    const { editor, lesson, courseId } = await setup();
    const q = (await editor.getState().insertBlock(lesson.id, newBlock('question'), 0))! as Extract<
      Block,
      { type: 'question' }
    >;
    const withPrompt = { ...q, question: { ...q.question, prompt: 'Which?' } } as Block;
    editor.getState().editBlock(withPrompt);
    const question = (withPrompt as typeof q).question as Extract<typeof q.question, { kind: 'singleChoice' }>;
    const marked = { ...withPrompt, question: { ...question, correctChoiceId: question.choices[1]!.id } } as Block;
    editor.getState().editBlock(marked, { step: true });
    editor.getState().editBlock({
      ...marked,
      question: { ...question, correctChoiceId: question.choices[1]!.id, prompt: 'Which one?' },
    } as Block);
    await editor.getState().flush();
    await editor.getState().undo(); // the typing after the mark
    expect(blocksOf(await stored(courseId))[0]).toMatchObject({
      question: { prompt: 'Which?', correctChoiceId: question.choices[1]!.id },
    });
    await editor.getState().undo(); // the mark alone
    expect(blocksOf(await stored(courseId))[0]).toMatchObject({
      question: { prompt: 'Which?', correctChoiceId: question.choices[0]!.id },
    });
    await editor.getState().undo(); // the typing before it
    expect(blocksOf(await stored(courseId))[0]).toMatchObject({ question: { prompt: 'New question' } });
  });
});
