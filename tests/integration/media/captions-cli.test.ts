import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run-cli';
import type { MediaItem, VideoCaptionTrack } from '../../../shared';
import { tempDir } from '../library/helpers';

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    io: { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
    env: { ...process.env },
  });
  return { code, stdout, stderr };
}

describe('coursewright media captions add / list', () => {
  it('adds an SRT as a WebVTT track to the video, lists the tracks, and refuses a bad file changing nothing', async () => {
    const dir = tempDir('cw-captions-cli-');
    const library = path.join(dir, 'library');
    const listed = await cli(['media', 'list', '--json', '--library', library]);
    expect(listed.code).toBe(0);
    const video = (JSON.parse(listed.stdout) as MediaItem[]).find((i) => i.kind === 'video');
    if (!video) throw new Error('the sample course has no video');

    const before = await cli(['media', 'captions', 'list', video.id, '--json', '--library', library]);
    expect(before.code).toBe(0);
    const english = JSON.parse(before.stdout) as VideoCaptionTrack[];
    expect(english.map((t) => t.language)).toEqual(['en']);

    const srt = path.join(dir, 'welcome.de.srt');
    fs.writeFileSync(srt, '1\n00:00:00,500 --> 00:00:02,000\nGuten Tag!\n');
    const added = await cli(['media', 'captions', 'add', video.id, srt, '--lang', 'de', '--library', library]);
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/^Added "Deutsch" \(de, 1 cues\) to 1 video block\(s\)/);

    const after = await cli(['media', 'captions', 'list', video.id, '--json', '--library', library]);
    const tracks = JSON.parse(after.stdout) as VideoCaptionTrack[];
    expect(tracks.map((t) => [t.language, t.label])).toEqual([
      ['en', 'English'],
      ['de', 'Deutsch'],
    ]);

    // Reversed cue: refused with its line, the tracks and the media list unchanged.
    const bad = path.join(dir, 'bad.srt');
    fs.writeFileSync(bad, '1\n00:00:03,000 --> 00:00:01,000\nBackwards\n');
    const refused = await cli(['media', 'captions', 'add', video.id, bad, '--lang', 'fr', '--library', library]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/line 2/);
    const unchanged = await cli(['media', 'captions', 'list', video.id, '--json', '--library', library]);
    expect(JSON.parse(unchanged.stdout)).toEqual(tracks);

    const usage = await cli(['media', 'captions', 'add', video.id, srt, '--library', library]);
    expect(usage.code).toBe(2);
  }, 60_000);
});
