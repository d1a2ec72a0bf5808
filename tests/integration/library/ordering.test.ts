import { describe, expect, it } from 'vitest';
import { buildCourse, codeOf, openTempLibrary } from './helpers';
import type { SqliteCourseLibrary } from '../../../main/library/open-library';
import { libraryConnection } from '../../../main/library/sqlite-course-library';

const positions = (lib: SqliteCourseLibrary, table: 'modules' | 'lessons' | 'blocks', parent: string, id: string) =>
  libraryConnection(lib).prepare(`SELECT position FROM ${table} WHERE ${parent} = ? ORDER BY position`).pluck().all(id) as number[];

describe('explicit ordering', () => {
  it('creates at the end by default and at a given position otherwise (clamped)', async () => {
    const lib = await openTempLibrary();
    const course = lib.createCourse({ title: 'Ordering' });
    const a = lib.createModule(course.id, 'A');
    const b = lib.createModule(course.id, 'B');
    const c = lib.createModule(course.id, 'C', 0);
    const d = lib.createModule(course.id, 'D', 2);
    const e = lib.createModule(course.id, 'E', 99);
    expect(lib.getCourse(course.id).modules.map((m) => m.title)).toEqual(['C', 'A', 'D', 'B', 'E']);
    expect(positions(lib, 'modules', 'course_id', course.id)).toEqual([0, 1, 2, 3, 4]);
    expect([a, b, c, d, e].every((m) => m.courseId === course.id)).toBe(true);
  });

  it('reorders modules, lessons and blocks', async () => {
    const lib = await openTempLibrary();
    const { course, modules, lessons, blocks } = buildCourse(lib);
    const [m1, m2] = modules as [(typeof modules)[0], (typeof modules)[0]];
    expect(lib.reorderModules(course.id, [m2.id, m1.id]).map((m) => m.id)).toEqual([m2.id, m1.id]);

    const inM1 = lessons.filter((l) => l.moduleId === m1.id).map((l) => l.id);
    expect(lib.reorderLessons(m1.id, [...inM1].reverse()).map((l) => l.id)).toEqual([...inM1].reverse());

    const lesson = lessons[0]!;
    const inLesson = blocks.slice(0, 2).map((b) => b.id);
    expect(lib.reorderBlocks(lesson.id, [inLesson[1]!, inLesson[0]!]).map((b) => b.id)).toEqual([
      inLesson[1],
      inLesson[0],
    ]);

    const tree = lib.getCourse(course.id);
    expect(tree.modules.map((m) => m.id)).toEqual([m2.id, m1.id]);
    expect(tree.modules[1]!.lessons.map((l) => l.id)).toEqual([...inM1].reverse());
    expect(tree.modules[1]!.lessons[1]!.blocks.map((b) => b.id)).toEqual([inLesson[1], inLesson[0]]);
  });

  it('refuses a reorder that is not exactly the current children (CONFLICT) and changes nothing', async () => {
    const lib = await openTempLibrary();
    const { course, modules, lessons } = buildCourse(lib);
    const other = buildCourse(lib, 'Other');
    const [m1, m2] = [modules[0]!.id, modules[1]!.id];
    const before = lib.getCourse(course.id);
    expect(codeOf(() => lib.reorderModules(course.id, [m1]))).toBe('CONFLICT'); // missing one
    expect(codeOf(() => lib.reorderModules(course.id, [m1, m2, m2]))).toBe('CONFLICT'); // repeat
    expect(codeOf(() => lib.reorderModules(course.id, [m1, other.modules[0]!.id]))).toBe('CONFLICT'); // foreign
    expect(codeOf(() => lib.reorderModules(course.id, [m1, m1]))).toBe('CONFLICT'); // duplicate, right length
    expect(codeOf(() => lib.reorderLessons(m1, [lessons[0]!.id]))).toBe('CONFLICT');
    expect(codeOf(() => lib.reorderBlocks(lessons[0]!.id, []))).toBe('CONFLICT');
    expect(codeOf(() => lib.reorderModules(crypto.randomUUID(), []))).toBe('NOT_FOUND');
    const after = lib.getCourse(course.id);
    expect(after).toEqual(before);
  });

  it('moves a lesson to another module at a position, keeping both sequences contiguous', async () => {
    const lib = await openTempLibrary();
    const { course, modules, lessons } = buildCourse(lib);
    const [m1, m2] = modules as [(typeof modules)[0], (typeof modules)[0]];
    const moving = lessons[0]!; // first lesson of m1
    const moved = lib.moveLesson(moving.id, m2.id, 1);
    expect(moved).toMatchObject({ id: moving.id, moduleId: m2.id });
    const tree = lib.getCourse(course.id);
    expect(tree.modules[0]!.lessons.map((l) => l.title)).toEqual(['Course M1 L2']);
    expect(tree.modules[1]!.lessons.map((l) => l.title)).toEqual(['Course M2 L1', 'Course M1 L1', 'Course M2 L2']);
    expect(tree.modules[1]!.lessons[1]!.blocks).toHaveLength(2); // blocks travel with their lesson
    expect(positions(lib, 'lessons', 'module_id', m1.id)).toEqual([0]);
    expect(positions(lib, 'lessons', 'module_id', m2.id)).toEqual([0, 1, 2]);
  });

  it('moves within the same parent and to the end when no position is given', async () => {
    const lib = await openTempLibrary();
    const course = lib.createCourse({ title: 'Within' });
    const m = lib.createModule(course.id, 'M');
    const l = lib.createLesson(m.id, 'L');
    const ids = ['a', 'b', 'c', 'd'].map((t) => lib.createBlock(l.id, { type: 'heading', level: 2, text: t }).id);
    const texts = () =>
      lib.getCourse(course.id).modules[0]!.lessons[0]!.blocks.map((b) => (b.type === 'heading' ? b.text : ''));
    lib.moveBlock(ids[0]!, l.id, 2);
    expect(texts()).toEqual(['b', 'c', 'a', 'd']);
    lib.moveBlock(ids[3]!, l.id, 0);
    expect(texts()).toEqual(['d', 'b', 'c', 'a']);
    lib.moveBlock(ids[1]!, l.id);
    expect(texts()).toEqual(['d', 'c', 'a', 'b']);
    expect(positions(lib, 'blocks', 'lesson_id', l.id)).toEqual([0, 1, 2, 3]);
  });

  it('moves blocks across lessons of different courses and bumps both courses', async () => {
    const lib = await openTempLibrary();
    const a = buildCourse(lib, 'A');
    const b = buildCourse(lib, 'B');
    const before = { a: lib.getCourse(a.course.id).updatedAt, b: lib.getCourse(b.course.id).updatedAt };
    const block = a.blocks[0]!;
    lib.moveBlock(block.id, b.lessons[3]!.id, 0);
    expect(lib.getBlockCourseId(block.id)).toBe(b.course.id);
    expect(lib.getCourse(b.course.id).modules[1]!.lessons[1]!.blocks[0]!.id).toBe(block.id);
    expect(lib.getCourse(a.course.id).modules[0]!.lessons[0]!.blocks).toHaveLength(1);
    expect(lib.getCourse(a.course.id).updatedAt > before.a).toBe(true);
    expect(lib.getCourse(b.course.id).updatedAt > before.b).toBe(true);
  });

  it('deleting closes the gap', async () => {
    const lib = await openTempLibrary();
    const { course, modules, lessons, blocks } = buildCourse(lib);
    lib.deleteBlock(blocks[0]!.id);
    lib.deleteLesson(lessons[0]!.id);
    lib.deleteModule(modules[0]!.id);
    expect(positions(lib, 'modules', 'course_id', course.id)).toEqual([0]);
    lib.createModule(course.id, 'New');
    expect(lib.getCourse(course.id).modules.map((m) => m.title)).toEqual(['Course M2', 'New']);
  });

  it('rejects unknown ids with NOT_FOUND and a human message', async () => {
    const lib = await openTempLibrary();
    const { course, lessons } = buildCourse(lib);
    const ghost = crypto.randomUUID();
    expect(codeOf(() => lib.createModule(ghost, 'x'))).toBe('NOT_FOUND');
    expect(codeOf(() => lib.createLesson(ghost, 'x'))).toBe('NOT_FOUND');
    expect(codeOf(() => lib.createBlock(ghost, { type: 'divider' }))).toBe('NOT_FOUND');
    expect(codeOf(() => lib.moveLesson(lessons[0]!.id, ghost))).toBe('NOT_FOUND');
    expect(codeOf(() => lib.moveBlock(ghost, lessons[0]!.id))).toBe('NOT_FOUND');
    expect(codeOf(() => lib.getCourse(ghost))).toBe('NOT_FOUND');
    expect(codeOf(() => lib.deleteCourse(ghost))).toBe('NOT_FOUND');
    expect(codeOf(() => lib.getModuleCourseId(ghost))).toBe('NOT_FOUND');
    expect(codeOf(() => lib.getLessonCourseId(ghost))).toBe('NOT_FOUND');
    expect(codeOf(() => lib.getBlockCourseId(ghost))).toBe('NOT_FOUND');
    expect(() => lib.renameModule(ghost, 'x')).toThrow(`No module with id ${ghost} exists in the library`);
    // A failed move leaves the source untouched (the transaction rolled back).
    expect(lib.getCourse(course.id).modules[0]!.lessons.map((l) => l.id)).toEqual([lessons[0]!.id, lessons[1]!.id]);
  });
});
