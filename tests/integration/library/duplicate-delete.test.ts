import { describe, expect, it } from 'vitest';
import { blockAssetIds, type Block, type CourseTree } from '../../../shared';
import { buildCourse, codeOf, openTempLibrary } from './helpers';
import { libraryConnection } from '../../../main/library/sqlite-course-library';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const idsIn = (value: unknown) => new Set(JSON.stringify(value).match(UUID) ?? []);
// Asset ids of every kind (from the descriptors): they are shared by the copy, not renewed.
const assetIdsOf = (tree: CourseTree) =>
  new Set(tree.modules.flatMap((m) => m.lessons.flatMap((l) => l.blocks.flatMap(blockAssetIds))));

/** A course tree with every id replaced by its first-seen ordinal: equal shapes compare equal. */
function normalise(tree: CourseTree, keep: Set<string>): unknown {
  const seen = new Map<string, string>();
  const json = JSON.stringify({ ...tree, id: 'x', title: 'x', createdAt: 'x', updatedAt: 'x' });
  return JSON.parse(
    json.replace(UUID, (id) =>
      keep.has(id) ? id : (seen.get(id) ?? (seen.set(id, `#${seen.size}`), `#${seen.size - 1}`)),
    ),
  );
}

describe('duplicate and delete', () => {
  it('duplicates a course deeply: new ids everywhere (nested question ids remapped), same content and assets', async () => {
    const lib = await openTempLibrary({ seedSample: true });
    const sample = lib.listCourses()[0]!;
    const source = lib.getCourse(sample.id);
    const copy = lib.duplicateCourse(sample.id);
    expect(copy.title).toBe('Asynchronous Learning 101 (copy)');
    const copied = lib.getCourse(copy.id);

    const assets = assetIdsOf(source);
    expect(assets.size).toBeGreaterThanOrEqual(3);
    expect(assetIdsOf(copied)).toEqual(assets);
    const sourceIds = [...idsIn(source)].filter((id) => !assets.has(id));
    const copyIds = [...idsIn(copied)].filter((id) => !assets.has(id));
    expect(copyIds.length).toBe(sourceIds.length);
    expect(copyIds.filter((id) => sourceIds.includes(id))).toEqual([]);
    expect(normalise(copied, assets)).toEqual(normalise(source, assets));
    // Correct answers point at the copy's own choices.
    for (const block of copied.modules.flatMap((m) => m.lessons.flatMap((l) => l.blocks))) {
      if (block.type === 'question' && block.question.kind === 'singleChoice') {
        expect(block.question.choices.map((c) => c.id)).toContain(block.question.correctChoiceId);
      }
    }
    expect(lib.listCourses().find((c) => c.id === copy.id)?.isSample).toBe(false);
  });

  it('the copy is independent: editing or deleting one leaves the other intact', async () => {
    const lib = await openTempLibrary();
    const { course } = buildCourse(lib, 'Original');
    const copy = lib.duplicateCourse(course.id, 'My copy');
    expect(copy.title).toBe('My copy');
    const copyTree = lib.getCourse(copy.id);
    const firstBlock = copyTree.modules[0]!.lessons[0]!.blocks[0] as Block & { type: 'heading' };
    lib.updateBlock(firstBlock.id, { ...firstBlock, text: 'Only in the copy' });
    lib.renameModule(copyTree.modules[1]!.id, 'Copy module');
    const original = lib.getCourse(course.id);
    expect(original.modules.map((m) => m.title)).toEqual(['Original M1', 'Original M2']);
    expect((original.modules[0]!.lessons[0]!.blocks[0] as Block & { type: 'heading' }).text).toBe('Original M1 L1 B1');

    lib.deleteCourse(course.id);
    expect(lib.getCourse(copy.id).modules.flatMap((m) => m.lessons.flatMap((l) => l.blocks))).toHaveLength(8);
  });

  it('cascades deletes through modules, lessons and blocks', async () => {
    const lib = await openTempLibrary();
    const { course, modules, lessons } = buildCourse(lib);
    const keep = buildCourse(lib, 'Keep');
    const count = (table: string) => libraryConnection(lib).prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

    lib.deleteLesson(lessons[0]!.id);
    expect([count('lessons'), count('blocks')]).toEqual([7, 14]);
    lib.deleteModule(modules[1]!.id);
    expect([count('modules'), count('lessons'), count('blocks')]).toEqual([3, 5, 10]);
    // deleteCourse only moves a course to the trash; purging is what erases it (and cascades).
    lib.purgeCourse(course.id);
    expect([count('courses'), count('modules'), count('lessons'), count('blocks')]).toEqual([1, 2, 4, 8]);
    expect(codeOf(() => lib.getCourse(course.id))).toBe('NOT_FOUND');
    expect(codeOf(() => lib.deleteLesson(lessons[1]!.id))).toBe('NOT_FOUND');
    expect(lib.getCourse(keep.course.id).modules).toHaveLength(2);
    expect(libraryConnection(lib).pragma('foreign_key_check')).toEqual([]);
  });

  it('duplicating an unknown course is NOT_FOUND and long titles are trimmed to fit', async () => {
    const lib = await openTempLibrary();
    expect(codeOf(() => lib.duplicateCourse(crypto.randomUUID()))).toBe('NOT_FOUND');
    const long = lib.createCourse({ title: 'x'.repeat(200) });
    const copy = lib.duplicateCourse(long.id);
    expect(copy.title).toHaveLength(200);
    expect(copy.title.endsWith(' (copy)')).toBe(true);
  });
});
