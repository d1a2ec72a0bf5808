import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BLOCKS_FIND_MAX_IDS, type AppErrorShape, type CoursewrightApi } from '../../../shared';
import { createGuidanceStore } from '../../../renderer/src/editor/panels/guidance-store';
import { createCourseStore } from '../../../renderer/src/stores/course-store';
import { createInProcessApi, type InProcessApi } from '../../support/in-process-api';

const IMAGES = 1200;

describe('blocks.find with more ids than one call takes (real router + SQLite library)', () => {
  let env: InProcessApi;
  let courseId: string;
  /** Every block id of the course, in course order. */
  let inOrder: string[];
  let foreignId: string;
  beforeEach(async () => {
    env = await createInProcessApi({ seedSample: false });
    const lib = env.context.library;
    courseId = lib.createCourse({ title: 'Many images' }).id;
    // Images without alt text: each one is flagged by the checklist.
    for (let m = 0; m < 2; m++) {
      const mod = lib.createModule(courseId, `Module ${m + 1}`);
      for (let l = 0; l < 3; l++) {
        const lesson = lib.createLesson(mod.id, `Lesson ${m + 1}.${l + 1}`);
        for (let b = 0; b < IMAGES / 6; b++)
          lib.createBlock(lesson.id, { type: 'image', assetId: null, alt: '', decorative: false });
      }
    }
    inOrder = lib.getCourse(courseId).modules.flatMap((m) => m.lessons.flatMap((l) => l.blocks.map((b) => b.id)));
    const other = lib.createCourse({ title: 'Other' });
    const otherLesson = lib.createLesson(lib.createModule(other.id, 'M').id, 'L');
    foreignId = lib.createBlock(otherLesson.id, { type: 'divider', style: 'line' }).id;
  });
  afterEach(() => env.close());

  it('the course store asks in several calls and answers every block once, in course order', async () => {
    expect(IMAGES).toBeGreaterThan(BLOCKS_FIND_MAX_IDS);
    const course = createCourseStore(env.api);
    await course.getState().open(courseId);
    // Reversed, with repeats and a block of another course: none of it changes the answer.
    const ids = [...inOrder].reverse().concat(inOrder.slice(0, 10), [foreignId]);
    const before = env.calls.get('blocks.find') ?? 0;
    const found = await course.getState().findBlocks({ blockIds: ids });
    expect(found?.map((f) => f.block.id)).toEqual(inOrder);
    expect(found?.[0]).toMatchObject({ index: 0, block: { type: 'image' } });
    expect((env.calls.get('blocks.find') ?? 0) - before).toBe(2);
    expect(course.getState().error).toBeNull();
  });

  it('a failed call makes the whole answer null, reported once, never a shortened list', async () => {
    let findCalls = 0;
    const invoke = env.api.invoke.bind(env.api);
    const api: CoursewrightApi = {
      ...env.api,
      invoke: ((channel, input) =>
        channel === 'blocks.find' && ++findCalls === 2
          ? Promise.resolve({ ok: false, error: { code: 'IO', message: 'connection lost' } })
          : invoke(channel, input)) as CoursewrightApi['invoke'],
    };
    const errors: AppErrorShape[] = [];
    const course = createCourseStore(api, { onError: (e) => errors.push(e) });
    await course.getState().open(courseId);
    expect(await course.getState().findBlocks({ blockIds: inOrder })).toBeNull();
    expect(findCalls).toBe(2);
    expect(errors.map((e) => e.message)).toEqual(['connection lost']);
  });

  it('the checklist names every flagged block of a large course', async () => {
    const errors: AppErrorShape[] = [];
    const guidance = createGuidanceStore(env.api, (e) => errors.push(e));
    await guidance.getState().load(courseId);
    const { guidance: list, blocks, status } = guidance.getState();
    expect(status).toBe('ready');
    expect(list?.items.filter((i) => i.code === 'image-missing-alt')).toHaveLength(IMAGES);
    expect(Object.keys(blocks).sort()).toEqual([...inOrder].sort());
    expect(errors).toEqual([]);
  });
});
