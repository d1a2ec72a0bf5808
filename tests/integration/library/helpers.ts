import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { AppError, type ErrorCode } from '../../../shared';
import { openCourseLibrary, type SqliteCourseLibrary } from '../../../main/library/open-library';

/** Temp folders and libraries opened by a test file; everything is closed and removed after each test. */
const dirs: string[] = [];
const libraries: SqliteCourseLibrary[] = [];

afterEach(() => {
  for (const lib of libraries.splice(0)) lib.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix = 'cw-library-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

export async function openTempLibrary(opts: { dir?: string; seedSample?: boolean } = {}): Promise<SqliteCourseLibrary> {
  const library = await openCourseLibrary({ dir: opts.dir ?? tempDir(), seedSample: opts.seedSample ?? false });
  libraries.push(library);
  return library;
}

/** Runs `fn` and returns the AppError it throws (fails the test if it does not throw one). */
function appErrorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw new Error(`expected an AppError, got ${String(e)}`);
  }
  throw new Error('expected an AppError, but nothing was thrown');
}

export async function appErrorOfAsync(fn: () => Promise<unknown>): Promise<AppError> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw new Error(`expected an AppError, got ${String(e)}`);
  }
  throw new Error('expected an AppError, but nothing was thrown');
}

export const codeOf = (fn: () => unknown): ErrorCode => appErrorOf(fn).code;

/** A small course: 2 modules × 2 lessons × 2 heading blocks, titled predictably. */
export function buildCourse(library: SqliteCourseLibrary, title = 'Course') {
  const course = library.createCourse({ title, description: `${title} description` });
  const modules = ['M1', 'M2'].map((m) => library.createModule(course.id, `${title} ${m}`));
  const lessons = modules.flatMap((m) => ['L1', 'L2'].map((l) => library.createLesson(m.id, `${m.title} ${l}`)));
  const blocks = lessons.flatMap((l) =>
    ['B1', 'B2'].map((b) => library.createBlock(l.id, { type: 'heading', level: 2, text: `${l.title} ${b}` })),
  );
  return { course, modules, lessons, blocks };
}
