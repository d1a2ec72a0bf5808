import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docFromParagraphs, estimateCourseMinutes, type Block, type CourseSummary } from '../../../shared';
import { buildCourse, codeOf, openTempLibrary, tempDir } from './helpers';
import type { SqliteCourseLibrary } from '../../../main/library/sqlite-course-library';

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a0000000000049454e44ae426082',
  'hex',
);
const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');

async function images(lib: SqliteCourseLibrary, n: number): Promise<string[]> {
  const dir = tempDir();
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const file = path.join(dir, `p${i}.png`);
    // Distinct content per file (the store is content-addressed).
    fs.writeFileSync(file, Buffer.concat([PNG, Buffer.from([i])]));
    ids.push((await lib.importAsset(file, { kind: 'image' })).id);
  }
  return ids;
}

/** The card as the guidance would compute it from the whole tree (no media durations in these tests). */
function expectedCard(lib: SqliteCourseLibrary, courseId: string): Partial<CourseSummary> {
  const tree = lib.getCourse(courseId, { includeTrashed: true });
  const blocks = tree.modules.flatMap((m) => m.lessons.flatMap((l) => l.blocks));
  const image = blocks.find((b) => b.type === 'image' && b.assetId);
  return {
    moduleCount: tree.modules.length,
    lessonCount: tree.modules.reduce((n, m) => n + m.lessons.length, 0),
    thumbnailAssetId: image?.type === 'image' ? image.assetId : null,
  };
}
const card = (lib: SqliteCourseLibrary, id: string) => lib.listCourses().find((c) => c.id === id)!;
function expectCardMatchesTree(lib: SqliteCourseLibrary, id: string) {
  const c = card(lib, id);
  expect(c).toMatchObject(expectedCard(lib, id));
  expect(c.estimatedMinutes).toBeCloseTo(estimateCourseMinutes(lib.getCourse(id)).courseMinutes, 9);
}

describe('stored card facts', () => {
  it('follow every kind of write: saves, asset changes, moves between courses, deletes and duplicates', async () => {
    const lib = await openTempLibrary();
    const [img1, img2] = (await images(lib, 2)) as [string, string];
    const a = buildCourse(lib, 'A');
    const b = buildCourse(lib, 'B');
    const lesson = a.lessons[0]!.id;
    const text = lib.createBlock(lesson, { type: 'richText', doc: docFromParagraphs(words(200)) });
    expectCardMatchesTree(lib, a.course.id);

    // A save moves the minutes by the change only.
    lib.updateBlock(text.id, { ...text, doc: docFromParagraphs(words(600)) } as Block);
    expectCardMatchesTree(lib, a.course.id);

    // An image gains an asset, then another image placed before it takes over the thumbnail.
    const pic = lib.createBlock(a.lessons[1]!.id, { type: 'image', assetId: null });
    expect(card(lib, a.course.id).thumbnailAssetId).toBeNull();
    lib.updateBlock(pic.id, { ...pic, assetId: img2 } as Block);
    expect(card(lib, a.course.id).thumbnailAssetId).toBe(img2);
    lib.createBlock(lesson, { type: 'image', assetId: img1 }, 0);
    expectCardMatchesTree(lib, a.course.id);
    expect(card(lib, a.course.id).thumbnailAssetId).toBe(img1);

    // Moving content between courses updates both cards.
    lib.moveLesson(a.lessons[0]!.id, b.modules[0]!.id, 0);
    expectCardMatchesTree(lib, a.course.id);
    expectCardMatchesTree(lib, b.course.id);
    expect(card(lib, b.course.id).thumbnailAssetId).toBe(img1);
    lib.moveBlock(pic.id, b.lessons[0]!.id);
    expectCardMatchesTree(lib, a.course.id);
    expect(card(lib, a.course.id).thumbnailAssetId).toBeNull();

    lib.deleteModule(b.modules[0]!.id);
    expectCardMatchesTree(lib, b.course.id);
    const copy = lib.duplicateCourse(b.course.id);
    expect(card(lib, copy.id)).toMatchObject({ ...expectedCard(lib, b.course.id), id: copy.id });
  });

  it('a refused save (course in the trash, type change) leaves the card and the block as they were', async () => {
    const lib = await openTempLibrary();
    const { course, blocks } = buildCourse(lib, 'T');
    const before = card(lib, course.id);
    const first = blocks[0]!;
    expect(codeOf(() => lib.updateBlock(first.id, { id: first.id, type: 'divider', style: 'line' }))).toBe('CONFLICT');
    lib.deleteCourse(course.id);
    expect(codeOf(() => lib.updateBlock(first.id, { ...first, text: words(900) } as Block))).toBe('NOT_FOUND');
    lib.restoreCourse(course.id);
    expect(card(lib, course.id)).toEqual(before);
    expect(lib.getCourse(course.id).modules[0]!.lessons[0]!.blocks[0]).toEqual(first);
  });

  it('saveBlock tells the course of the saved block', async () => {
    const lib = await openTempLibrary();
    const { course, blocks } = buildCourse(lib, 'S');
    const block = blocks[3]!;
    expect(lib.saveBlock(block.id, { ...block, text: 'New' } as Block)).toEqual({
      block: { ...block, text: 'New' },
      courseId: course.id,
    });
  });
});
