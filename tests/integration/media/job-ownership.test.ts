import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MediaItem } from '../../../shared';
import { buildCli, cliEnv, partialFiles, processesMentioning, startCli, until } from './built-cli';
import { ffprobe, lavfiVideo, makeClip, tempDir, topLevelAtoms } from './media-test-kit';

/**
 * Issue 13 §2 and §3 from their reproductions, with the bundled CLI as real processes: a `serve` started while a
 * CLI `media import` transcodes must leave that job alone, and kill -9 of the CLI must take its ffmpeg with it.
 */
const dirs: string[] = [];
let clip: string;
const dir = (name: string) => {
  const d = tempDir(name);
  dirs.push(d);
  return d;
};

interface JobRow {
  id: string;
  kind: string;
  state: string;
  attempts: number;
  temp_paths: string;
}
function jobs(lib: string): JobRow[] {
  const db = new Database(path.join(lib, 'library.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return db.prepare(`SELECT id, kind, state, attempts, temp_paths FROM media_jobs ORDER BY seq`).all() as JobRow[];
  } finally {
    db.close();
  }
}
const videoJob = (lib: string) => jobs(lib).find((j) => j.kind === 'video');

beforeAll(async () => {
  dirs.push(await buildCli());
  // yuv444p forces a real encode; 1280×720 for 8 s keeps x264 busy for several seconds.
  clip = makeClip(dir('own-src'), 'long.mp4', [
    ...lavfiVideo('1280x720', 8),
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    '-pix_fmt',
    'yuv444p',
  ]);
}, 120_000);
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

function assertPlayableVideo(lib: string, durationSeconds: number) {
  const file = path.join(lib, 'media', 'renditions');
  const video = (fs.readdirSync(file, { recursive: true }) as string[]).filter((f) => f.endsWith('video-720p.mp4'));
  expect(video).toHaveLength(1);
  const abs = path.join(file, video[0]!);
  expect(topLevelAtoms(abs)).toContain('moov');
  const probed = ffprobe(abs);
  expect(probed.streams.find((s) => s.codec_type === 'video')?.codec_name).toBe('h264');
  expect(Number(probed.format.duration)).toBeCloseTo(durationSeconds, 0);
}

describe('jobs have owners (several processes on one library)', () => {
  it('a serve started during a CLI media import leaves the running job alone', async () => {
    const lib = dir('own-two');
    const env = cliEnv(lib);
    const importer = startCli(['media', 'import', clip, '--library', lib], env);
    let server: ReturnType<typeof startCli> | null = null;
    try {
      await until(
        'the import to start encoding',
        () => {
          if (importer.proc.exitCode !== null) throw new Error(`import exited early: ${importer.stderr()}`);
          return partialFiles(lib).some((f) => f.includes('video-720p'));
        },
        60_000,
      );
      const partial = partialFiles(lib).find((f) => f.includes('video-720p'))!;
      const before = videoJob(lib)!;
      expect(before).toMatchObject({ state: 'running', attempts: 1 });

      server = startCli(['serve', '--port', '0', '--library', lib], env);
      await until('the server to be up', () => {
        if (server!.proc.exitCode !== null) throw new Error(`serve exited: ${server!.stderr()}`);
        return server!.stdout().includes('Coursewright is running at');
      });
      // Start-up recovery has run in the server: the importer's attempt and its file are untouched.
      expect(videoJob(lib)).toMatchObject({ id: before.id, state: 'running', attempts: 1 });
      expect(fs.existsSync(partial)).toBe(true);

      expect(await importer.exited).toBe(0);
      expect(importer.stdout()).toContain('2 of 2 job(s) done');
      expect(videoJob(lib)).toMatchObject({ id: before.id, state: 'done', attempts: 1 });
      assertPlayableVideo(lib, 8);
    } finally {
      importer.proc.kill('SIGKILL');
      if (server) {
        server.proc.kill('SIGTERM');
        await server.exited;
      }
    }
  }, 120_000);

  it('kill -9 of the CLI takes its ffmpeg with it; the job shows as not running, and recovery completes it once', async () => {
    const lib = dir('own-kill');
    const env = cliEnv(lib);
    const importer = startCli(['media', 'import', clip, '--library', lib], env);
    await until(
      'the import to start encoding',
      () => {
        if (importer.proc.exitCode !== null) throw new Error(`import exited early: ${importer.stderr()}`);
        return partialFiles(lib).some((f) => f.includes('video-720p'));
      },
      60_000,
    );
    const [temp] = JSON.parse(videoJob(lib)!.temp_paths) as string[];
    expect(temp).toBeTruthy();
    expect(processesMentioning(temp!).length).toBeGreaterThan(0); // ffmpeg is writing it
    importer.proc.kill('SIGKILL'); // the CLI only, not its process group: like a crash
    await importer.exited;
    await until('no ffmpeg of the job to survive', () => processesMentioning(temp!).length === 0, 5_000);

    // Nobody runs it any more, and the list says so.
    const list = startCli(['media', 'list', '--json', '--library', lib], env);
    expect(await list.exited).toBe(0);
    const [item] = JSON.parse(list.stdout()) as MediaItem[];
    expect(item?.jobs.find((j) => j.kind === 'video')?.state).toBe('queued');

    const again = startCli(['media', 'import', clip, '--library', lib], env);
    expect(await again.exited).toBe(0);
    const all = jobs(lib).filter((j) => j.kind === 'video');
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ state: 'done', attempts: 2 });
    expect(partialFiles(lib)).toEqual([]);
    assertPlayableVideo(lib, 8);
  }, 120_000);
});
