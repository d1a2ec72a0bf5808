import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './support/fixtures';

/**
 * Issue 12 §2: a small image never waits behind a long video conversion. Both are uploaded through the browser
 * (video first); the image's row must be ready while the video's encode is still running.
 */
test('a PNG uploaded while a long video converts is ready first', async ({ page, host }) => {
  test.setTimeout(150_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-e2e-lanes-'));
  try {
    // MPEG-4 Part 2 + MP2 at 720p for 40 s: never remuxed, so the full H.264 encode runs for a long while.
    const clip = path.join(dir, 'long-lecture.avi');
    execFileSync('ffmpeg', [
      ...['-hide_banner', '-loglevel', 'error', '-y'],
      ...['-f', 'lavfi', '-i', 'testsrc2=size=1280x720:rate=25:duration=40'],
      ...['-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000:duration=40'],
      ...['-c:v', 'mpeg4', '-q:v', '8', '-c:a', 'mp2', '-shortest', clip],
    ]);
    const png = path.join(dir, 'diagram.png');
    execFileSync('ffmpeg', [
      ...['-hide_banner', '-loglevel', 'error', '-y'],
      ...['-f', 'lavfi', '-i', 'testsrc=size=640x400:rate=1:duration=1', '-frames:v', '1', png],
    ]);

    await page.goto(host.url);
    await page.getByRole('main').getByRole('link', { name: 'Asynchronous Learning 101' }).click();
    await page.getByRole('button', { name: 'Media', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Media library' });
    const input = panel.getByLabel('Add video, audio or images');

    await input.setInputFiles(clip);
    const video = panel.getByRole('listitem', { name: 'long-lecture.avi' });
    // The video's encode has started (its job shows progress) before the image is even uploaded.
    const encode = video.getByRole('progressbar', { name: 'long-lecture.avi video progress' });
    await expect(encode).toBeVisible({ timeout: 30_000 });
    await expect(video.locator('.media-status')).not.toHaveText('ready');

    await input.setInputFiles(png);
    const image = panel.getByRole('listitem', { name: 'diagram.png' });
    await expect(image.locator('.media-status')).toHaveText('ready', { timeout: 30_000 });
    // At the moment the image is ready, the long video is still converting.
    await expect(video.locator('.media-status')).not.toHaveText('ready');
    // …and its job is still running, with a percentage below 100.
    await expect(encode).toBeVisible();
    expect(Number(await encode.getAttribute('value'))).toBeLessThan(1);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
