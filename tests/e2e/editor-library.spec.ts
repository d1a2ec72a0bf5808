import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/fixtures';

test('library: search, start from the sample, trash and restore, .cwcourse round trip', async ({ page, host }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-e2e-archive-'));
  try {
    await page.goto(host.url);
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: 'Asynchronous Learning 101' })).toBeVisible();

    // Search reaches lesson text and links to the lesson.
    await page.getByLabel('Search text').fill('learning');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const results = page.locator('.search-results li');
    await expect(results.first()).toBeVisible();
    await expect(results.first().locator('mark').first()).toBeVisible();

    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual(
      [],
    );

    // From the sample.
    await page.getByRole('button', { name: 'Start from the sample course' }).click();
    // The copy opens itself in the editor; back to the library.
    await expect(
      page
        .getByRole('navigation', { name: 'Course outline' })
        .getByRole('heading', { name: 'Asynchronous Learning 101 (my copy)' }),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Course library' }).click();
    await expect(main.getByRole('link', { name: 'Asynchronous Learning 101 (my copy)' })).toBeVisible();

    // Delete to the trash, then restore.
    await page.getByRole('button', { name: 'Delete Asynchronous Learning 101 (my copy)' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete course' }).click();
    await expect(main.getByRole('link', { name: 'Asynchronous Learning 101 (my copy)' })).toHaveCount(0);
    await page.getByRole('button', { name: /^Trash/ }).click();
    await page.getByRole('button', { name: 'Restore Asynchronous Learning 101 (my copy)' }).click();
    await expect(main.getByRole('link', { name: 'Asynchronous Learning 101 (my copy)' })).toBeVisible();
    await expect(page.getByText('The trash is empty.')).toBeVisible();

    // The browser downloads the archive (no path on the host) and uploads it back.
    await page.getByLabel('Course to export').selectOption({ label: 'Asynchronous Learning 101' });
    await expect(page.getByLabel(/Save as/)).toHaveCount(0);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download course' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('Asynchronous Learning 101.cwcourse');
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const entries = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n');
    expect(entries).toContain('course.json');
    expect(entries.some((e) => e.startsWith('media/'))).toBe(true);
    const json = JSON.parse(execFileSync('unzip', ['-p', file, 'course.json'], { encoding: 'utf8' })) as unknown;
    expect(JSON.stringify(json)).toContain('Asynchronous Learning 101');
    // One-time: the host removed its copy once the browser had it.
    await expect
      .poll(() => fs.readdirSync(path.join(host.libraryDir, 'tmp')).filter((n) => n.includes('-download-')))
      .toEqual([]);

    const before = await page.locator('.course-card').count();
    await page.getByLabel(/Import a course/).setInputFiles(file);
    await page.getByRole('button', { name: 'Import course' }).click();
    await expect(page.locator('.course-card')).toHaveCount(before + 1);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
