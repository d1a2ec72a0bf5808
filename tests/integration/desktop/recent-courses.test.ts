import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createContextFor, type AppContext } from '../../../main/app/app-context';
import { RECENT_COURSES_FILE } from '../../../main/desktop/recent-courses';
import { openCourseLibrary, type SqliteCourseLibrary } from '../../../main/library/open-library';
import { MAX_RECENT_COURSES } from '../../../shared';

let tmp: string;
let libraryDir: string;
let library: SqliteCourseLibrary;
let context: AppContext;

async function open(): Promise<void> {
  library = await openCourseLibrary({ dir: libraryDir, seedSample: false });
  context = createContextFor({ library, libraryDir, host: 'browser' });
}
const call = (channel: string, input: unknown) => context.router.dispatch(channel, input, { host: 'browser' });

beforeEach(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-recent-'));
  libraryDir = path.join(tmp, 'library');
  await open();
});
afterEach(async () => {
  await context.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('recent courses through the router', () => {
  it('lists opened courses most recent first, moves a reopened course to the top, and persists', async () => {
    const a = library.createCourse({ title: 'Alpha' });
    const b = library.createCourse({ title: 'Beta' });
    expect(await call('courses.recent', {})).toEqual({ ok: true, value: [] });
    expect(await call('courses.opened', { courseId: a.id })).toEqual({ ok: true, value: { recorded: true } });
    await call('courses.opened', { courseId: b.id });
    await call('courses.opened', { courseId: a.id });
    const listed = await call('courses.recent', {});
    expect(listed.ok && (listed.value as Array<{ title: string }>).map((r) => r.title)).toEqual(['Alpha', 'Beta']);
    expect(fs.existsSync(path.join(libraryDir, RECENT_COURSES_FILE))).toBe(true);

    await context.close();
    await open();
    const reopened = await call('courses.recent', {});
    expect(reopened.ok && (reopened.value as Array<{ courseId: string }>).map((r) => r.courseId)).toEqual([a.id, b.id]);
  });

  it('follows renames, hides trashed courses until restored, and drops purged ones', async () => {
    const a = library.createCourse({ title: 'Alpha' });
    const b = library.createCourse({ title: 'Beta' });
    await call('courses.opened', { courseId: a.id });
    await call('courses.opened', { courseId: b.id });
    await call('courses.update', { courseId: a.id, patch: { title: 'Alpha 2' } });
    await call('courses.delete', { courseId: b.id });
    let listed = await call('courses.recent', {});
    expect(listed.ok && (listed.value as Array<{ title: string }>).map((r) => r.title)).toEqual(['Alpha 2']);
    await call('courses.restore', { courseId: b.id });
    listed = await call('courses.recent', {});
    expect(listed.ok && (listed.value as Array<{ title: string }>).map((r) => r.title)).toEqual(['Beta', 'Alpha 2']);
    await call('courses.purge', { courseId: b.id });
    listed = await call('courses.recent', {});
    expect(listed.ok && (listed.value as Array<{ title: string }>).map((r) => r.title)).toEqual(['Alpha 2']);
  });

  it(`keeps at most ${MAX_RECENT_COURSES}`, async () => {
    const ids = Array.from({ length: MAX_RECENT_COURSES + 3 }, (_, i) => library.createCourse({ title: `C${i}` }).id);
    for (const id of ids) await call('courses.opened', { courseId: id });
    const listed = await call('courses.recent', {});
    expect(listed.ok && (listed.value as unknown[]).length).toBe(MAX_RECENT_COURSES);
    expect(listed.ok && (listed.value as Array<{ title: string }>)[0]?.title).toBe(`C${MAX_RECENT_COURSES + 2}`);
  });

  it('refuses unknown and trashed courses with NOT_FOUND, bad input with VALIDATION', async () => {
    const a = library.createCourse({ title: 'Alpha' });
    await call('courses.delete', { courseId: a.id });
    expect(await call('courses.opened', { courseId: a.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call('courses.opened', { courseId: '3f1d2c4b-5a6e-4f70-8a9b-0c1d2e3f4a5b' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await call('courses.opened', { courseId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await call('courses.recent', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('reads a damaged file as an empty list and replaces it on the next open', async () => {
    const a = library.createCourse({ title: 'Alpha' });
    await context.close();
    fs.writeFileSync(path.join(libraryDir, RECENT_COURSES_FILE), '{"version":1,"entries":[{"courseId":');
    await open();
    expect(await call('courses.recent', {})).toEqual({ ok: true, value: [] });
    await call('courses.opened', { courseId: a.id });
    const stored = JSON.parse(fs.readFileSync(path.join(libraryDir, RECENT_COURSES_FILE), 'utf8')) as {
      entries: Array<{ courseId: string }>;
    };
    expect(stored.entries.map((e) => e.courseId)).toEqual([a.id]);
    expect(fs.readdirSync(libraryDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
