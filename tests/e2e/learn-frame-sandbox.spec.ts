import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fixtureManifest, SCO_JS } from '../fixtures/scorm/build-package';
import { buildRawZip } from '../fixtures/scorm/raw-zip';
import { test, expect } from './support/fixtures';

/**
 * Issue 13 §4: an imported SCORM package whose page navigates the top window after a click (`top.location`). With
 * the user's click, browsers let a cross-origin frame do that unless the frame is sandboxed without top navigation.
 * The page records what its attempt did in `data-takeover`, so the test waits for that event.
 */
const TAKEOVER_JS = `document.getElementById('takeover').addEventListener('click', function () {
  var result;
  try {
    window.top.location.href = location.origin + '/taken-over';
    result = 'assigned';
  } catch (e) { result = 'error:' + e.name; }
  document.body.setAttribute('data-takeover', result);
});`;

test('a package cannot navigate the app tab, even after a click', async ({ page, host }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-e2e-takeover-'));
  try {
    const zip = path.join(dir, 'takeover.zip');
    const html = `<!doctype html>
<html lang="en" data-scorm="1.2"><head><meta charset="utf-8"><title>Takeover SCO</title></head>
<body><main><h1>Takeover SCO</h1><p id="page">Page 1 of 3</p>
<button id="prev">Previous</button> <button id="next">Next</button> <button id="finish">Finish</button> <button id="exit">Save and exit</button>
<button id="takeover">Continue</button>
<a id="outside" href="https://example.org/handout" target="_blank">Handout</a>
</main><script src="sco.js"></script><script>${TAKEOVER_JS}</script></body></html>`;
    fs.writeFileSync(
      zip,
      buildRawZip([
        { name: 'imsmanifest.xml', data: fixtureManifest({ version: 'scorm12', title: 'Takeover package' }) },
        { name: 'index.html', data: html },
        { name: 'sco.js', data: SCO_JS },
      ]),
    );

    await page.goto(`${host.url}#/learn`);
    await page.getByLabel('New learner name').fill('Mallory');
    await page.getByRole('button', { name: 'Add learner' }).click();
    await page.getByLabel('SCORM package (.zip)').setInputFiles(zip);
    await page.getByRole('button', { name: 'Import package' }).click();
    const row = page.locator('tr', { has: page.getByRole('rowheader', { name: 'Takeover package' }) });
    await row.getByRole('button', { name: 'Start Takeover package' }).click();

    const frame = page.locator('iframe.learn-frame');
    const sandbox = (await frame.getAttribute('sandbox')) ?? '';
    expect(sandbox.split(/\s+/)).toContain('allow-scripts');
    expect(sandbox).not.toMatch(/allow-top-navigation|allow-popups-to-escape-sandbox/);

    // Every navigation of the app tab is recorded: there must be none.
    const appUrl = page.url();
    const topNavigations: string[] = [];
    page.on('framenavigated', (f) => {
      if (f === page.mainFrame()) topNavigations.push(f.url());
    });
    const sco = page.frameLocator('iframe.learn-frame').frameLocator('#course-frame');
    await expect(sco.locator('#page')).toHaveText('Page 1 of 3');
    await sco.getByRole('button', { name: 'Continue' }).click(); // a real click: user activation
    await expect(sco.locator('body')).toHaveAttribute('data-takeover', /.+/);
    test.info().annotations.push({
      type: 'takeover attempt',
      description: (await sco.locator('body').getAttribute('data-takeover')) ?? '',
    });

    // A link out of the package asks first; declined, nothing opens.
    const asked: string[] = [];
    page.on('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    const popups: string[] = [];
    page.context().on('page', (p) => popups.push(p.url()));
    await sco.getByRole('link', { name: 'Handout' }).click();
    await expect
      .poll(() => asked)
      .toEqual(['This course wants to open https://example.org/handout in a new window. Open it?']);
    expect(popups).toEqual([]);

    // The app is still there and still works: closing the player brings the learn screen back.
    await page.getByRole('button', { name: 'Close' }).click();
    await expect(row.getByRole('button', { name: 'Resume Takeover package' })).toBeVisible();
    expect(page.url()).toBe(appUrl);
    expect(topNavigations).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
