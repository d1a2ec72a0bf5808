import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { courseChecklist, type Block, type CourseTree } from '../../../shared';
import { groupGuidance, type NamedBlocks } from '../../../renderer/src/editor/panels/guidance-groups';

/** What `blocks.find` gives the panel for the flagged blocks: each with its index in its lesson. */
const blocksOf = (t: CourseTree): NamedBlocks =>
  Object.fromEntries(
    t.modules.flatMap((m) => m.lessons.flatMap((l) => l.blocks.map((block, index) => [block.id, { block, index }]))),
  );

const video = (title: string): Block => ({ id: randomUUID(), type: 'video', assetId: null, title, captions: [] });

function tree(lessons: Array<{ title: string; blocks: Block[] }>): CourseTree {
  const courseId = randomUUID();
  const moduleId = randomUUID();
  return {
    id: courseId,
    title: 'Checklist course',
    settings: { supportContact: 'help@example.org', targetModuleMinutes: 60 },
    modules: [
      {
        id: moduleId,
        courseId,
        title: 'Basics',
        position: 0,
        lessons: lessons.map((l, i) => ({ id: randomUUID(), moduleId, title: l.title, position: i, blocks: l.blocks })),
      },
    ],
  } as unknown as CourseTree;
}

describe('design checklist groups', () => {
  it('groups identical tips once, naming and locating each block', () => {
    const t = tree([
      { title: 'Welcome', blocks: [video('Intro')] },
      { title: 'Tour', blocks: [video(''), video('Outro')] },
    ]);
    const items = courseChecklist(t).filter((i) => i.code === 'video-missing-captions');
    expect(items).toHaveLength(3);
    const groups = groupGuidance(items, t, blocksOf(t));
    expect(groups).toHaveLength(1);
    expect(groups[0]!.title).toBe('Videos without captions (3)');
    expect(groups[0]!.places.map((p) => p.name)).toEqual([
      'Welcome › Video “Intro” (block 1)',
      'Tour › Video (block 1)',
      'Tour › Video “Outro” (block 2)',
    ]);
    const tour = t.modules[0]!.lessons[1]!;
    expect(groups[0]!.places[2]).toMatchObject({ lessonId: tour.id, blockId: tour.blocks[1]!.id });
  });

  it('a flagged block the panel could not load is named by its lesson', () => {
    const t = tree([{ title: 'Welcome', blocks: [video('Intro')] }]);
    const items = courseChecklist(t).filter((i) => i.code === 'video-missing-captions');
    const [place] = groupGuidance(items, t, {})[0]!.places;
    expect(place).toEqual({ name: 'Lesson “Welcome”', lessonId: t.modules[0]!.lessons[0]!.id, blockId: null });
  });

  it('a tip that stands alone keeps its own message', () => {
    const t = tree([{ title: 'Welcome', blocks: [video('Intro')] }]);
    const groups = groupGuidance(
      courseChecklist(t).filter((i) => i.code === 'video-missing-captions'),
      t,
      blocksOf(t),
    );
    expect(groups[0]!.title).toBe('A video in “Welcome” has no captions.');
  });
});
