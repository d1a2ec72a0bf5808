import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from './support/fixtures';
import { seriousViolations } from './support/lms-axe';

// The export dialog and the preview panel in the app, against the real browser host (`coursewright serve`).
test('export dialog: keyboard-operable, downloads the package through the browser, Escape closes', async ({
  page,
  host,
}) => {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-e2e-export-'));
  try {
    await page.goto(host.url);
    await page.getByRole('link', { name: 'Asynchronous Learning 101' }).click();
    const exportButton = page.getByRole('button', { name: 'Export…' });
    await exportButton.focus();
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog', { name: /Export “Asynchronous Learning 101”/ });
    await expect(dialog).toBeVisible();
    const scorm12 = dialog.getByRole('radio', { name: /SCORM 1\.2/ });
    await expect(scorm12).toBeFocused();
    // The browser is a full client: no field asks for a path on the machine running the host.
    await expect(dialog.getByRole('textbox', { name: 'Save to' })).toHaveCount(0);
    await page.keyboard.press('ArrowDown');
    await expect(dialog.getByRole('radio', { name: /3rd edition/ })).toBeChecked();

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(exportButton).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    const downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export', exact: true }).press('Enter');
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('asynchronous-learning-101-scorm2004-3rd.zip');
    const zip = path.join(outDir, download.suggestedFilename());
    await download.saveAs(zip);
    await expect(dialog.getByRole('status').first()).toHaveText('Export finished.', { timeout: 30_000 });
    await expect(dialog.locator('progress')).toHaveAttribute('value', '100');
    await expect(dialog.getByText(/Downloaded as/)).toContainText(download.suggestedFilename());
    await expect(dialog.getByRole('button', { name: 'Show file' })).toHaveCount(0);
    await expect(dialog.getByRole('table', { name: 'Package size' })).toContainText('Player (runtime)');

    // The file the browser got is the package: unzip it and look inside.
    const entries = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).split('\n');
    expect(entries).toEqual(expect.arrayContaining(['imsmanifest.xml', 'index.html']));
    const manifest = execFileSync('unzip', ['-p', zip, 'imsmanifest.xml'], { encoding: 'utf8' });
    expect(manifest).toContain('Asynchronous Learning 101');
    expect(manifest).toContain('2004 3rd Edition');
    // Streamed once, then gone from the host's temp folder.
    await expect
      .poll(() => fs.readdirSync(path.join(host.libraryDir, 'tmp')).filter((n) => n.includes('-download-')))
      .toEqual([]);
    expect(await seriousViolations(page, '.export-dialog')).toEqual([]);
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
});

test('preview runs the export in the stand-in LMS page, with device sizes', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('link', { name: 'Asynchronous Learning 101' }).click();
  await page.getByRole('button', { name: 'Preview' }).click();
  const panel = page.getByRole('dialog', { name: /Preview: Asynchronous Learning 101/ });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Close preview' })).toBeFocused();

  const lms = page.frameLocator('.preview-frame');
  await expect(lms.getByRole('heading', { name: 'LMS stand-in' })).toBeVisible({ timeout: 30_000 });
  const course = lms.frameLocator('#course-frame');
  await expect(course.locator('#app')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  await expect(lms.locator('#course-frame')).toHaveAttribute('data-width', '1280');
  expect(await seriousViolations(page)).toEqual([]);

  await panel.getByRole('button', { name: /Phone/ }).click();
  await expect(panel.getByRole('button', { name: /Phone/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(lms.locator('#course-frame')).toHaveAttribute('data-width', '375');

  await panel.getByLabel('Format').selectOption('html5');
  await expect(lms.getByRole('status')).toContainText('No LMS', { timeout: 30_000 });

  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(page.getByRole('button', { name: 'Preview' })).toBeFocused();
});
