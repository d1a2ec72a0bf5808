import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BLOCK_TYPES } from '../../../shared';
import { createAppStores } from '../../../renderer/src/stores/app-stores';
import { createCourseStore, findLesson, KEPT_LESSONS } from '../../../renderer/src/stores/course-store';
import { createInProcessApi, type InProcessApi } from '../../support/in-process-api';

describe('course store (real router + SQLite library)', () => {
  let env: InProcessApi;
  beforeEach(async () => {
    env = await createInProcessApi();
  });
  afterEach(async () => {
    await env.close();
  });

  const newCourse = async (title: string) => {
    const result = await env.api.invoke('courses.create', { title });
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };

  it('opens the sample course as an outline (no blocks), then loads every lesson with every block type', async () => {
    const list = await env.api.invoke('courses.list', {});
    if (!list.ok) throw new Error(list.error.message);
    const sample = list.value.find((c) => c.isSample)!;
    const store = createCourseStore(env.api);
    await store.getState().open(sample.id);
    const { tree, status } = store.getState();
    expect(status).toBe('ready');
    expect(tree?.title).toBe('Asynchronous Learning 101');
    expect(tree!.modules.length).toBeGreaterThan(0);
    // Opening moved no block: one outline call, no lesson, no whole tree.
    expect(env.calls.get('courses.outline')).toBe(1);
    expect(env.calls.get('lessons.get')).toBeUndefined();
    expect(env.calls.get('courses.get')).toBeUndefined();
    expect(store.getState().lessons).toEqual({});
    const outlineLessons = tree!.modules.flatMap((m) => m.lessons);
    const types = new Set<string>();
    for (const l of outlineLessons) {
      const loaded = await store.getState().loadLesson(l.id);
      expect(loaded?.blocks).toHaveLength(l.blockCount);
      for (const b of loaded!.blocks) types.add(b.type);
    }
    for (const type of BLOCK_TYPES) expect(types, `sample uses ${type}`).toContain(type);
    // Only the last few lessons keep their blocks.
    expect(Object.keys(store.getState().lessons)).toEqual(outlineLessons.slice(-KEPT_LESSONS).map((l) => l.id));
  });

  it('keeps loaded lessons fresh: a refresh reloads them, a deleted one is dropped, an older answer loses', async () => {
    const course = await newCourse('Lessons');
    const lib = env.context.library;
    const mod = lib.createModule(course.id, 'M');
    const a = lib.createLesson(mod.id, 'A');
    const b = lib.createLesson(mod.id, 'B');
    lib.createBlock(a.id, { type: 'heading', level: 2, text: 'First' });
    const store = createCourseStore(env.api);
    await store.getState().open(course.id);
    await Promise.all([store.getState().loadLesson(a.id), store.getState().loadLesson(a.id)]);
    expect(env.calls.get('lessons.get')).toBe(1); // one call in flight per lesson
    await store.getState().loadLesson(b.id);

    lib.createBlock(a.id, { type: 'heading', level: 2, text: 'Second' });
    lib.deleteLesson(b.id);
    await store.getState().refresh();
    const state = store.getState();
    expect(state.lessons[a.id]!.blocks.map((x) => (x.type === 'heading' ? x.text : ''))).toEqual(['First', 'Second']);
    expect(state.lessons[b.id]).toBeUndefined();
    expect(state.tree!.modules[0]!.lessons.map((l) => [l.title, l.blockCount])).toEqual([['A', 2]]);
    expect(state.error).toBeNull(); // the vanished lesson is no error

    // An answer that arrives after a newer one for the same lesson never overwrites it.
    let holdNext = false;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slowApi = {
      ...env.api,
      invoke: async (channel: string, input: unknown) => {
        const hold = channel === 'lessons.get' && holdNext;
        if (hold) holdNext = false;
        const result = await env.api.invoke(channel as never, input as never);
        if (hold) await gate;
        return result;
      },
    } as typeof env.api;
    const racing = createCourseStore(slowApi);
    await racing.getState().open(course.id);
    await racing.getState().loadLesson(a.id);
    holdNext = true;
    const old = racing.getState().refresh(); // reads lesson A with 2 blocks, answers only after the gate
    lib.createBlock(a.id, { type: 'heading', level: 2, text: 'Third' });
    await racing.getState().refresh();
    expect(racing.getState().lessons[a.id]!.blocks).toHaveLength(3);
    release();
    await old;
    expect(racing.getState().lessons[a.id]!.blocks).toHaveLength(3);
  });

  it('adds modules and lessons and renames them, updating the tree when each action resolves', async () => {
    const course = await newCourse('Store test course');
    const store = createCourseStore(env.api);
    await store.getState().open(course.id);
    expect(store.getState().tree?.modules).toEqual([]);

    const m1 = await store.getState().addModule('Getting started');
    const m2 = await store.getState().addModule('Going further');
    expect(store.getState().tree!.modules.map((m) => m.title)).toEqual(['Getting started', 'Going further']);

    const lesson = await store.getState().addLesson(m2!.id, 'First steps');
    expect(lesson?.moduleId).toBe(m2!.id);
    expect(findLesson(store.getState().tree, lesson!.id)?.module.id).toBe(m2!.id);

    expect(await store.getState().renameModule(m1!.id, 'Welcome')).toBe(true);
    expect(await store.getState().renameLesson(lesson!.id, 'Your first steps')).toBe(true);
    expect(await store.getState().renameCourse('Renamed course')).toBe(true);
    const tree = store.getState().tree!;
    expect(tree.title).toBe('Renamed course');
    expect(tree.modules[0]?.title).toBe('Welcome');
    expect(tree.modules[1]?.lessons.map((l) => l.title)).toEqual(['Your first steps']);
    expect(store.getState().pendingWrites).toBe(0);

    // Everything was stored: a fresh store sees the same tree.
    const other = createCourseStore(env.api);
    await other.getState().open(course.id);
    expect(other.getState().tree).toEqual(tree);
  });

  it('surfaces errors: unknown course, unknown module, invalid title', async () => {
    const onError = vi.fn();
    const store = createCourseStore(env.api, { onError });
    await store.getState().open('00000000-0000-4000-8000-000000000000');
    expect(store.getState().status).toBe('error');
    expect(store.getState().error?.code).toBe('NOT_FOUND');

    const course = await newCourse('Errors');
    await store.getState().open(course.id);
    expect(store.getState().status).toBe('ready');
    expect(store.getState().error).toBeNull();

    expect(await store.getState().addLesson('00000000-0000-4000-8000-000000000001', 'Orphan')).toBeNull();
    expect(store.getState().error?.code).toBe('NOT_FOUND');
    expect(await store.getState().addModule('line one\nline two')).toBeNull();
    expect(store.getState().error?.code).toBe('VALIDATION');
    expect(onError).toHaveBeenCalledTimes(3);
    expect(store.getState().tree?.modules).toEqual([]);
  });

  it('writes do nothing without an open course, and close drops a load still in flight', async () => {
    const store = createCourseStore(env.api);
    expect(await store.getState().addModule('Nowhere')).toBeNull();
    expect(env.calls.get('modules.create')).toBeUndefined();

    const course = await newCourse('Closed early');
    const opening = store.getState().open(course.id);
    store.getState().close();
    await opening;
    expect(store.getState()).toMatchObject({ courseId: null, tree: null, status: 'idle' });
  });

  it('refreshes the open course when another window changes it, and ignores other courses', async () => {
    const course = await newCourse('Shared');
    const elsewhere = await newCourse('Unrelated');
    const stores = createAppStores(env.api);
    await stores.course.getState().open(course.id);
    const gets = () => env.calls.get('courses.outline') ?? 0;

    const before = gets();
    await env.api.invoke('modules.create', { courseId: elsewhere.id, title: 'Not ours' });
    await env.api.invoke('modules.create', { courseId: course.id, title: 'Added in another window' });
    await vi.waitFor(() =>
      expect(stores.course.getState().tree?.modules.map((m) => m.title)).toEqual(['Added in another window']),
    );
    // Events arrive in order: the change to the other course came first and caused no load, this one caused one.
    expect(gets()).toBe(before + 1);
    stores.dispose();
  });

  it('drops the tree when the open course is deleted in another window', async () => {
    const course = await newCourse('Doomed');
    const stores = createAppStores(env.api);
    await stores.course.getState().open(course.id);
    expect(stores.course.getState().tree?.title).toBe('Doomed');
    await env.api.invoke('courses.delete', { courseId: course.id });
    await vi.waitFor(() => expect(stores.course.getState().status).toBe('error'));
    expect(stores.course.getState().tree).toBeNull();
    expect(stores.course.getState().error?.code).toBe('NOT_FOUND');
    stores.dispose();
  });
});
