import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './support/fixtures';
import { cw } from './support/cw-class';

const SRT =
  '1\n00:00:00,500 --> 00:00:02,000\nGuten Tag und willkommen!\n\n2\n00:00:02,000 --> 00:00:04,000\nZweite Zeile\n';

// Captions a designer adds where the video is: an SRT uploaded through the browser on the video block, converted
// to WebVTT, shown in the preview and shipped in the exported package.
test('upload an SRT on a video block: a German track in preview and in the exported package', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-e2e-captions-'));
  try {
    const srt = path.join(dir, 'welcome.de.srt');
    fs.writeFileSync(srt, SRT);
    await page.goto(host.url);
    await page.getByRole('link', { name: 'Asynchronous Learning 101' }).click();
    await page
      .getByRole('navigation', { name: 'Course outline' })
      .getByRole('link', { name: 'What is asynchronous learning?' })
      .click();
    const video = page.getByRole('main').locator('[data-block-type="video"]').first();
    // The canvas shows what learners see; selecting the block opens its settings (captions among them).
    await video.locator('.block-canvas-view').click({ position: { x: 4, y: 4 } });
    await expect(video).toHaveClass(/is-selected/);
    await video.getByText('Add captions…').click();
    await video.getByLabel('Language code').fill('de');
    await video.getByLabel('Label learners see').fill('Deutsch');
    await video.getByLabel('Caption file (.srt or .vtt)').setInputFiles(srt);
    await video.getByRole('button', { name: 'Add captions', exact: true }).click();
    // The English track stays; the German one is added next to it.
    await expect(video.getByLabel('Label', { exact: true })).toHaveCount(2);
    await expect(video.getByLabel('Label', { exact: true }).nth(1)).toHaveValue('Deutsch');
    await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible({ timeout: 15_000 });

    // Preview: the player's video carries both tracks.
    await page.getByRole('button', { name: 'Preview' }).click();
    const course = page.frameLocator('.preview-frame').frameLocator('#course-frame');
    await expect(course.locator('#app')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
    // The sample opens on its cover page: Start leads to the first lesson and its video.
    await course.locator(cw('main#cw-main button[data-action=start]')).click();
    await expect(course.locator('video track[srclang="de"]')).toHaveAttribute('label', 'Deutsch', { timeout: 30_000 });
    // Focus is inside the previewed course now (Escape would go to it): close with the dialog's button.
    await page.getByRole('button', { name: 'Close preview' }).click();

    // Export, downloaded through the browser: the package holds the WebVTT conversion of the SRT.
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: /Export/ });
    const downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const download = await downloading;
    const zip = path.join(dir, download.suggestedFilename());
    await download.saveAs(zip);
    const out = path.join(dir, 'unzipped');
    execFileSync('unzip', ['-q', zip, '-d', out]);
    const vtts = execFileSync('find', [out, '-name', '*.vtt'], { encoding: 'utf8' }).trim().split('\n');
    const german = vtts.map((f) => fs.readFileSync(f, 'utf8')).find((t) => t.includes('Guten Tag'));
    expect(german).toMatch(/^WEBVTT/);
    expect(german).toContain('00:00:00.500 --> 00:00:02.000\nGuten Tag und willkommen!');
    const courseJs = execFileSync('grep', ['-rl', 'Deutsch', out], { encoding: 'utf8' });
    expect(courseJs.length).toBeGreaterThan(0);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
