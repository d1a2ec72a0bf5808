import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { exportCourseArchive } from '../../../main/authoring/course-archive';
import { TEMP_DIR } from '../../../main/library/library-temp';
import { openCourseLibrary } from '../../../main/library/open-library';
import { openTempLibrary, tempDir } from '../library/helpers';

const ROOT = path.resolve(__dirname, '../../..');
const ENTRY = path.join(ROOT, 'main/cli/coursewright.ts');
const MIB = 1024 * 1024;

function cliEnv(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, XDG_CONFIG_HOME: home };
  delete env.COURSEWRIGHT_LIBRARY;
  return env;
}

/** An archive whose one media file is 256 MiB, stored (not deflated): unpacking it takes a while, every time. */
async function bigArchive(): Promise<string> {
  const src = await openTempLibrary();
  const dir = tempDir('cw-kill-src-');
  const big = path.join(dir, 'lecture.wav');
  const chunk = Buffer.alloc(MIB, 7);
  await pipeline(
    Readable.from(
      (function* () {
        for (let i = 0; i < 256; i++) yield chunk;
      })(),
    ),
    fs.createWriteStream(big),
  );
  const course = src.createCourse({ title: 'Long lecture' });
  const lesson = src.createLesson(src.createModule(course.id, 'M').id, 'L');
  const asset = await src.importAsset(big, { fileName: 'lecture.wav' });
  src.createBlock(lesson.id, { type: 'audio', assetId: asset.id, title: 'Lecture' });
  const file = path.join(dir, 'lecture.cwcourse');
  await exportCourseArchive(src, course.id, file);
  fs.rmSync(big);
  return file;
}

/** Everything under `dir`, relative. */
const tree = (dir: string): string[] =>
  fs.existsSync(dir) ? (fs.readdirSync(dir, { recursive: true }) as string[]).map(String).sort() : [];

/** Resolves with the first temp path matching `pattern` that holds bytes, polling (the import is busy writing). */
function waitForTempFile(libraryDir: string, pattern: RegExp, child: ReturnType<typeof spawn>): Promise<string> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setInterval(() => {
      for (const name of tree(path.join(libraryDir, TEMP_DIR))) {
        const full = path.join(libraryDir, TEMP_DIR, name);
        if (pattern.test(name) && (fs.statSync(full, { throwIfNoEntry: false })?.size ?? 0) > 0) {
          clearInterval(timer);
          resolve(name);
          return;
        }
      }
    }, 2);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`the import ended (exit ${code}) before its temp file appeared: ${stderr}`));
    });
  });
}

describe('kill -9 during `archive import`', () => {
  it.each([
    ['while unpacking the archive', /-archive-import-[0-9a-f]+[/\\]0\.wav$/],
    ['while copying the media into the library', /-incoming-[0-9a-f]+\.part$/],
  ])(
    '%s leaves nothing behind after the next start',
    async (_when, pattern) => {
      const archive = await bigArchive();
      const home = tempDir('cw-kill-home-');
      const library = path.join(home, 'library');
      (await openCourseLibrary({ dir: library, seedSample: false })).close();
      const systemTempBefore = new Set(fs.readdirSync(os.tmpdir()));

      const child = spawn(
        process.execPath,
        ['--import', 'tsx', ENTRY, '--library', library, 'archive', 'import', archive],
        {
          cwd: ROOT,
          env: cliEnv(home),
          stdio: ['ignore', 'ignore', 'pipe'],
        },
      );
      const exited = new Promise((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
      const seen = await waitForTempFile(library, pattern, child);
      child.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');

      // The crash left its temp work in the library's own tmp folder, and nothing in the system's.
      expect(tree(path.join(library, TEMP_DIR)).some((n) => n.startsWith(String(child.pid)))).toBe(true);
      expect(seen.startsWith(`${child.pid}-`)).toBe(true);
      const newInSystemTemp = fs
        .readdirSync(os.tmpdir())
        .filter((n) => !systemTempBefore.has(n) && n.startsWith('cw-archive-'))
        .filter((n) => tree(path.join(os.tmpdir(), n)).some((f) => /\.wav$/.test(f)));
      expect(newInSystemTemp).toEqual([]);

      // The next start (any command) sweeps it; the import never happened.
      const next = spawnSync(
        process.execPath,
        ['--import', 'tsx', ENTRY, '--library', library, 'courses', 'list', '--json'],
        {
          cwd: ROOT,
          env: cliEnv(home),
          encoding: 'utf8',
          timeout: 60_000,
        },
      );
      expect(next.status, next.stderr).toBe(0);
      expect(JSON.parse(next.stdout)).toEqual([]);
      expect(tree(path.join(library, TEMP_DIR))).toEqual([]);
      expect(tree(path.join(library, 'media')).filter((n) => /\.part$|\.wav$/.test(n))).toEqual([]);
    },
    120_000,
  );
});
