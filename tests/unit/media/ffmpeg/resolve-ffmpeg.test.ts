import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared';
import { findOnPath, resolveFfmpeg, toUnpackedAsar } from '../../../../main/media/ffmpeg/resolve-ffmpeg';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-resolve-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function fakeBin(dir: string, name: string, executable = true): string {
  fs.mkdirSync(dir, { recursive: true });
  const p = path.join(dir, name);
  fs.writeFileSync(p, '#!/bin/sh\nexit 0\n');
  fs.chmodSync(p, executable ? 0o755 : 0o644);
  return p;
}

const noStatic = () => null;

describe('resolveFfmpeg', () => {
  const pathDir = path.join(tmp, 'path-bin');
  const ffmpegOnPath = fakeBin(pathDir, 'ffmpeg');
  const ffprobeOnPath = fakeBin(pathDir, 'ffprobe');

  it('finds both binaries on PATH (no shell involved)', () => {
    const r = resolveFfmpeg({ env: { PATH: `/nonexistent:${pathDir}` }, ffmpegStatic: noStatic, platform: 'linux' });
    expect(r).toEqual({ ffmpeg: ffmpegOnPath, ffprobe: ffprobeOnPath, source: { ffmpeg: 'path', ffprobe: 'path' } });
  });

  it('prefers the environment variables over PATH', () => {
    const envDir = path.join(tmp, 'env-bin');
    const ffmpeg = fakeBin(envDir, 'my-ffmpeg');
    const ffprobe = fakeBin(envDir, 'my-ffprobe');
    const r = resolveFfmpeg({
      env: { PATH: pathDir, COURSEWRIGHT_FFMPEG: ffmpeg, COURSEWRIGHT_FFPROBE: ffprobe },
      ffmpegStatic: noStatic,
    });
    expect(r.ffmpeg).toBe(ffmpeg);
    expect(r.ffprobe).toBe(ffprobe);
    expect(r.source).toEqual({ ffmpeg: 'env', ffprobe: 'env' });
  });

  it('prefers an explicit setting over the environment', () => {
    const setDir = path.join(tmp, 'set-bin');
    const ffmpeg = fakeBin(setDir, 'ffmpeg');
    const r = resolveFfmpeg({
      ffmpeg,
      env: { PATH: pathDir, COURSEWRIGHT_FFMPEG: ffmpegOnPath },
      ffmpegStatic: noStatic,
    });
    expect(r.source.ffmpeg).toBe('setting');
    expect(r.ffmpeg).toBe(ffmpeg);
    // No ffprobe beside the chosen ffmpeg: PATH supplies it.
    expect(r.ffprobe).toBe(ffprobeOnPath);
  });

  it('uses ffmpeg-static when present, from app.asar.unpacked, with ffprobe from PATH', () => {
    const staticDir = path.join(tmp, 'app.asar.unpacked', 'node_modules', 'ffmpeg-static');
    const bin = fakeBin(staticDir, 'ffmpeg');
    const packedPath = bin.replace('app.asar.unpacked', 'app.asar');
    const r = resolveFfmpeg({ env: { PATH: pathDir }, ffmpegStatic: () => packedPath });
    expect(r.ffmpeg).toBe(bin);
    expect(r.source).toEqual({ ffmpeg: 'ffmpeg-static', ffprobe: 'path' });
  });

  it('refuses an environment variable that points nowhere, naming it', () => {
    expect(() =>
      resolveFfmpeg({ env: { PATH: pathDir, COURSEWRIGHT_FFMPEG: '/no/such/ffmpeg' }, ffmpegStatic: noStatic }),
    ).toThrow(/COURSEWRIGHT_FFMPEG points to \/no\/such\/ffmpeg/);
  });

  it('throws FFMPEG_MISSING with install instructions when nothing is found', () => {
    const notExecutable = path.join(tmp, 'noexec');
    fakeBin(notExecutable, 'ffmpeg', false);
    try {
      resolveFfmpeg({ env: { PATH: notExecutable }, ffmpegStatic: noStatic });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe('FFMPEG_MISSING');
      expect((e as AppError).message).toMatch(/ffmpeg .*not found.*Install ffmpeg.*COURSEWRIGHT_FFMPEG/s);
    }
  });

  it('resolves the machine ffmpeg by default', () => {
    const r = resolveFfmpeg();
    expect(fs.existsSync(r.ffmpeg) && fs.existsSync(r.ffprobe)).toBe(true);
  });
});

describe('helpers', () => {
  it('toUnpackedAsar rewrites app.asar once', () => {
    expect(toUnpackedAsar('/a/resources/app.asar/node_modules/ffmpeg-static/ffmpeg')).toBe(
      '/a/resources/app.asar.unpacked/node_modules/ffmpeg-static/ffmpeg',
    );
    expect(toUnpackedAsar('/a/app.asar.unpacked/ffmpeg')).toBe('/a/app.asar.unpacked/ffmpeg');
  });

  it('findOnPath tries PATHEXT on Windows', () => {
    const dir = path.join(tmp, 'win');
    fakeBin(dir, 'ffmpeg.exe');
    expect(findOnPath('ffmpeg', { Path: dir, PATHEXT: '.COM;.EXE' }, 'win32')).toBe(path.join(dir, 'ffmpeg.exe'));
  });
});
