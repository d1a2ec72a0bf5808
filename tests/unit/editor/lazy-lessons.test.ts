import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { docFromParagraphs, type Block, type CourseTree } from '../../../shared';
import { createCourseStore } from '../../../renderer/src/stores/course-store';
import { createEditorStore } from '../../../renderer/src/editor/editor-store';
import { createDraftStorage } from '../../../renderer/src/editor/draft-storage';
import { createInProcessApi, type InProcessApi } from '../../support/in-process-api';

/** Web Storage over a Map (Node has no localStorage). */
function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  };
}

/**
 * The editor opens a course as an outline and loads a lesson's blocks only when it is opened. Every action that needs
 * the blocks of a lesson nobody opened (undo of a delete, a copy, draft recovery) gets them from the host.
 */
describe('editor actions on lessons that were never opened (real router + SQLite)', () => {
  let env: InProcessApi;
  beforeEach(async () => {
    env = await createInProcessApi({ seedSample: false });
  });
  afterEach(async () => {
    await env.close();
  });

  const setup = async () => {
    const lib = env.context.library;
    const course = lib.createCourse({ title: 'Lazy' });
    const mod = lib.createModule(course.id, 'M1');
    const other = lib.createModule(course.id, 'M2');
    const lesson = lib.createLesson(mod.id, 'Never opened');
    const blocks = [
      lib.createBlock(lesson.id, { type: 'heading', level: 2, text: 'Kept heading' }),
      lib.createBlock(lesson.id, { type: 'richText', doc: docFromParagraphs('Kept paragraph') }),
    ];
    const second = lib.createLesson(other.id, 'Also never opened');
    lib.createBlock(second.id, { type: 'divider', style: 'line' });
    const storage = memoryStorage();
    const store = createCourseStore(env.api);
    await store.getState().open(course.id);
    const editor = createEditorStore({ api: env.api, course: store, drafts: createDraftStorage(storage) });
    return { lib, course, mod, other, lesson, second, blocks, store, editor, storage };
  };
  const stored = (lib: InProcessApi['context']['library'], courseId: string): CourseTree => lib.getCourse(courseId);

  it('undo of a lesson delete brings back its blocks, though the lesson was never loaded', async () => {
    const { lib, course, lesson, blocks, store, editor } = await setup();
    expect(store.getState().lessons).toEqual({});
    expect(await editor.getState().deleteLesson(lesson.id)).toBe(true);
    expect(stored(lib, course.id).modules[0]!.lessons).toEqual([]);
    await editor.getState().undo();
    const back = stored(lib, course.id).modules[0]!.lessons[0]!;
    expect(back.id).toBe(lesson.id);
    expect(back.blocks).toEqual(blocks);
  });

  it('undo of a module delete brings back every lesson with its blocks', async () => {
    const { lib, course, other, second, editor } = await setup();
    const before = stored(lib, course.id).modules[1]!;
    expect(await editor.getState().deleteModule(other.id)).toBe(true);
    expect(stored(lib, course.id).modules).toHaveLength(1);
    await editor.getState().undo();
    const back = stored(lib, course.id).modules[1]!;
    expect(back.lessons.map((l) => l.id)).toEqual([second.id]);
    expect(back.lessons[0]!.blocks).toEqual(before.lessons[0]!.blocks);
  });

  it('duplicates a lesson with its blocks (fresh ids) without opening it', async () => {
    const { lib, course, lesson, editor } = await setup();
    const copy = await editor.getState().duplicateLesson(lesson.id);
    expect(copy?.title).toBe('Never opened (copy)');
    const lessons = stored(lib, course.id).modules[0]!.lessons;
    expect(lessons.map((l) => l.title)).toEqual(['Never opened', 'Never opened (copy)']);
    expect(lessons[1]!.blocks.map((b) => b.type)).toEqual(['heading', 'richText']);
    expect(lessons[1]!.blocks[0]!.id).not.toBe(lessons[0]!.blocks[0]!.id);
  });

  it('a lesson that cannot be read is not deleted (its undo would have nothing to restore)', async () => {
    const { lib, course, lesson, store, editor } = await setup();
    // The lesson vanished behind the outline's back (another window): no snapshot, no delete call.
    lib.deleteLesson(lesson.id);
    expect(store.getState().tree!.modules[0]!.lessons).toHaveLength(1);
    expect(await editor.getState().deleteLesson(lesson.id)).toBe(false);
    expect(env.calls.get('lessons.delete')).toBeUndefined();
    expect(stored(lib, course.id).modules[0]!.lessons).toEqual([]);
  });

  it('recovers a draft of a block in a lesson that is not loaded, and ignores drafts of other courses', async () => {
    const { lib, course, blocks, storage, store, editor } = await setup();
    const elsewhere = lib.createCourse({ title: 'Elsewhere' });
    const l2 = lib.createLesson(lib.createModule(elsewhere.id, 'X').id, 'Y');
    const foreign = lib.createBlock(l2.id, { type: 'heading', level: 2, text: 'Foreign' });
    const heading = blocks[0]!;
    storage.setItem(`coursewright:draft:${heading.id}`, JSON.stringify({ ...heading, text: 'Typed before crash' }));
    storage.setItem(`coursewright:draft:${foreign.id}`, JSON.stringify({ ...foreign, text: 'Not this course' }));
    expect(await editor.getState().recoverDrafts()).toBe(1);
    expect(stored(lib, course.id).modules[0]!.lessons[0]!.blocks[0]).toMatchObject({ text: 'Typed before crash' });
    expect((lib.getCourse(elsewhere.id).modules[0]!.lessons[0]!.blocks[0] as Block & { text: string }).text).toBe(
      'Foreign',
    );
    expect(storage.getItem(`coursewright:draft:${foreign.id}`)).not.toBeNull(); // left for its own course
    expect(store.getState().lessons).toEqual({}); // recovering loaded no lesson
  });
});
