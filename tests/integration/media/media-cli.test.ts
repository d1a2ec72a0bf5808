import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MediaItem } from '../../../shared';
import { H264, lavfiTone, lavfiVideo, makeClip, tempDir } from './media-test-kit';

/** `coursewright media …` run from source as a real process (stderr is a pipe: plain progress lines). */
const ROOT = path.resolve(__dirname, '../../..');
const ENTRY = path.join(ROOT, 'main/cli/coursewright.ts');
const src = tempDir('cli-src');
const lib = tempDir('cli-lib');

function cli(args: string[]) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: path.join(lib, 'home'),
    XDG_CONFIG_HOME: path.join(lib, 'xdg'),
  };
  delete env.COURSEWRIGHT_LIBRARY;
  const r = spawnSync(process.execPath, ['--import', 'tsx', ENTRY, ...args, '--library', lib], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  makeClip(src, 'talk.mp4', [...lavfiVideo('160x120', 1), ...lavfiTone(1), ...H264, '-c:a', 'aac', '-shortest']);
  fs.writeFileSync(path.join(src, 'notes.mp4'), 'not a video at all\n'.repeat(10));
});
afterAll(() => {
  fs.rmSync(src, { recursive: true, force: true });
  fs.rmSync(lib, { recursive: true, force: true });
});

describe('coursewright media', () => {
  it('imports, runs the jobs to completion, and exits 1 when a file fails', () => {
    const r = cli(['media', 'import', path.join(src, 'talk.mp4'), path.join(src, 'notes.mp4')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Failed: notes.mp4 is not a video, audio or image file Coursewright can read.');
    expect(r.stderr).toContain('talk.mp4 (video): done');
    expect(r.stderr).toContain('talk.mp4 (poster): done');
    expect(r.stderr).not.toContain('\x1b['); // no terminal redraws in a pipe
    expect(r.stdout).toBe('Imported 1 of 2 file(s); 2 of 2 job(s) done.\n');
  }, 60_000);

  it('exits 0 when everything succeeds (the same file again is stored once)', () => {
    const r = cli(['media', 'import', path.join(src, 'talk.mp4')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Imported 1 of 1 file(s) (1 already in the library); 0 of 0 job(s) done.\n');
  }, 60_000);

  it('lists media with status, metadata and rendition paths (--json)', () => {
    const r = cli(['media', 'list', '--json']);
    expect(r.code).toBe(0);
    const talk = (JSON.parse(r.stdout) as MediaItem[]).find((i) => i.fileName === 'talk.mp4')!;
    expect(talk).toMatchObject({ status: 'ready', meta: { width: 160, height: 120, videoCodec: 'h264' } });
    expect(talk.renditions.map((x) => x.purpose).sort()).toEqual(['poster', 'thumbnail', 'video-720p']);
    for (const x of talk.renditions) expect(fs.existsSync(path.join(lib, x.path))).toBe(true);
    const table = cli(['media', 'list']);
    expect(table.stdout).toMatch(/talk\.mp4\s+video\s+ready\s+160×120 1\.0 s\s+poster=media\/renditions\//);
  }, 60_000);

  it('refuses an unknown course and a missing file list', () => {
    expect(cli(['media', 'import']).code).toBe(2);
    const r = cli(['media', 'import', path.join(src, 'talk.mp4'), '--course', '00000000-0000-4000-8000-000000000000']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/NOT_FOUND/);
  }, 60_000);
});
