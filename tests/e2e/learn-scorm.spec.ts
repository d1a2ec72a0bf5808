import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from '@playwright/test';
import { buildFixturePackage, fixtureManifest, SCO_JS, type FixtureVersion } from '../fixtures/scorm/build-package';
import { buildRawZip } from '../fixtures/scorm/raw-zip';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const READY = /Coursewright is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+)/;

let tmp: string;
let child: ChildProcess;
let url: string;

/**
 * The browser host started from source (`node --import tsx main/cli/coursewright.ts serve`), serving the built
 * renderer (out/renderer, or COURSEWRIGHT_RENDERER_DIR), on a fresh library.
 */
test.beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-e2e-learn-'));
  const env = { ...process.env };
  delete env.COURSEWRIGHT_LIBRARY;
  child = spawn(
    process.execPath,
    ['--import', 'tsx', 'main/cli/coursewright.ts', 'serve', '--port', '0', '--library', path.join(tmp, 'lib')],
    { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${out}`)), 60_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = READY.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`host exited (${code}):\n${out}`)));
  });
});

test.afterAll(async () => {
  child?.kill('SIGTERM');
  fs.rmSync(tmp, { recursive: true, force: true });
});

function packageZip(version: FixtureVersion, title: string): string {
  const file = path.join(tmp, `${version}.zip`);
  fs.writeFileSync(file, buildFixturePackage({ version, title }));
  return file;
}

interface ScoState {
  entry: string;
  location: string;
  suspendData: string;
  learnerName: string;
  page: number;
}

/** The app frames the LMS page (content origin), which frames the SCO (same content origin). */
const scoFrame = (page: Page) => page.frameLocator('iframe.learn-frame').frameLocator('#course-frame');
const scoState = async (page: Page): Promise<ScoState> => {
  const frame = page.frames().find((f) => f.url().includes('/packages/'));
  if (!frame) throw new Error('no package frame');
  return frame.evaluate(() => (window as unknown as { scoState: ScoState }).scoState);
};
const saves = async (page: Page) => Number(await page.getByTestId('learn-saves').getAttribute('data-saves'));

async function playAndResume(page: Page, version: FixtureVersion, title: string) {
  await page.getByLabel('SCORM package (.zip)').setInputFiles(packageZip(version, title));
  await page.getByRole('button', { name: 'Import package' }).click();
  const row = page.locator('tr', { has: page.getByRole('rowheader', { name: title }) });
  await expect(row.getByTestId('status')).toHaveText('not attempted');

  // First session: go to page 3 (two commits), then "Save and exit" (suspend + terminate).
  await row.getByRole('button', { name: `Start ${title}` }).click();
  await expect(scoFrame(page).locator('#page')).toHaveText('Page 1 of 3');
  // The SCO publishes its state after it draws the page: poll for it.
  await expect
    .poll(() => scoState(page))
    .toMatchObject({ entry: 'ab-initio', location: '', learnerName: 'Ada Lovelace' });
  await scoFrame(page).getByRole('button', { name: 'Next' }).click();
  await scoFrame(page).getByRole('button', { name: 'Next' }).click();
  await expect(scoFrame(page).locator('#page')).toHaveText('Page 3 of 3');
  await expect.poll(() => saves(page)).toBeGreaterThanOrEqual(2);
  const before = await saves(page);
  await scoFrame(page).getByRole('button', { name: 'Save and exit' }).click();
  await expect.poll(() => saves(page)).toBeGreaterThan(before);
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(row.getByTestId('status')).toHaveText('incomplete');

  // Relaunch: resumes on page 3 with suspend_data exactly as stored; finishing records score and status.
  await row.getByRole('button', { name: `Resume ${title}` }).click();
  await expect(scoFrame(page).locator('#page')).toHaveText('Page 3 of 3');
  await expect
    .poll(() => scoState(page))
    .toMatchObject({
      entry: 'resume',
      location: 'page-3',
      suspendData: JSON.stringify({ visited: 3, note: 'a,b "q" & <x>' }),
    });
  const beforeFinish = await saves(page);
  await scoFrame(page).getByRole('button', { name: 'Finish' }).click();
  await expect.poll(() => saves(page)).toBeGreaterThan(beforeFinish);
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(row.getByTestId('status')).toHaveText('passed');
  await expect(row.getByTestId('score')).toHaveText('80%');
}

test('imports SCORM 1.2 and 2004 packages, plays them, resumes from the stored data and exports records', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${url}#/learn`);
  await expect(page.getByRole('heading', { level: 1, name: 'Learn' })).toBeVisible();
  await page.getByLabel('New learner name').fill('Ada Lovelace');
  await page.getByRole('button', { name: 'Add learner' }).click();
  await expect(page.getByLabel('Who is learning')).toHaveValue(/[0-9a-f-]{36}/);

  const axe = await new AxeBuilder({ page }).analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await playAndResume(page, 'scorm12', 'Fixture one-two');
  await playAndResume(page, 'scorm2004-4th', 'Fixture twenty-o-four');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const file = await (await download).path();
  const csv = fs.readFileSync(file, 'utf8');
  expect(csv.split('\r\n')[0]).toMatch(/^learner_id,learner_name,item_kind/);
  expect(csv.split('\r\n')[0]).toContain('interaction_id,question_text');
  expect(csv).toContain('Fixture one-two');
  expect(csv).toContain('Fixture twenty-o-four');
  expect(csv.match(/,passed,/g)?.length).toBeGreaterThanOrEqual(4);

  // The records view: one course or package at a time, the download follows the filter.
  const records = page.getByRole('region', { name: 'Records' });
  await records.getByLabel('Course or package').selectOption({ label: 'Fixture twenty-o-four (package)' });
  await expect(records.getByRole('row', { name: /Ada Lovelace Fixture twenty-o-four/ })).toHaveCount(1);
  await expect(records.getByRole('row', { name: /Fixture one-two/ })).toHaveCount(0);
  await records.getByLabel('Learner name contains').fill('nobody');
  await expect(records.getByText('No attempts recorded for this selection yet.')).toBeVisible();
  await records.getByLabel('Learner name contains').fill('');
  const filtered = page.waitForEvent('download');
  await records.getByRole('button', { name: 'Download CSV' }).click();
  const only = fs.readFileSync(await (await filtered).path(), 'utf8');
  expect(only).toContain('Fixture twenty-o-four');
  expect(only).not.toContain('Fixture one-two');
  expect(errors).toEqual([]);
});

test('plays a Coursewright course through learner mode and keeps its progress', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`${url}#/learn`);
  await page.getByLabel('New learner name').fill('Grace');
  await page.getByRole('button', { name: 'Add learner' }).click();
  await page.getByLabel('Who is learning').selectOption({ label: 'Grace' });
  const row = page.locator('tr', { has: page.getByRole('rowheader', { name: 'Asynchronous Learning 101' }) });
  await expect(row.getByTestId('status')).toHaveText('not attempted');
  await row.getByRole('button', { name: 'Start Asynchronous Learning 101' }).click();
  const player = page.frameLocator('iframe.learn-frame').frameLocator('#course-frame');
  await expect(player.getByRole('heading', { level: 1 }).first()).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => saves(page), { timeout: 20_000 }).toBeGreaterThanOrEqual(1);
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(row.getByTestId('status')).toHaveText('incomplete');
});

/** Runs the CLI from source against the same library (SQLite WAL lets it work next to the running host). */
function cliJson<T>(args: string[]): T {
  const env = { ...process.env };
  delete env.COURSEWRIGHT_LIBRARY;
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'main/cli/coursewright.ts', '--library', path.join(tmp, 'lib'), ...args, '--json'],
    { cwd: ROOT, env, encoding: 'utf8', timeout: 90_000 },
  );
  if (r.status !== 0) throw new Error(`coursewright ${args.join(' ')} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

test("imports and plays Coursewright's own SCORM 1.2 export", async ({ page }) => {
  test.setTimeout(180_000);
  const [sample] = cliJson<Array<{ id: string; title: string }>>(['courses', 'list']);
  if (!sample) throw new Error('no sample course');
  const zip = path.join(tmp, 'own-export.zip');
  cliJson(['export', sample.id, '--format', 'scorm12', '--out', zip]);

  await page.goto(`${url}#/learn`);
  await page.getByLabel('New learner name').fill('Alan');
  await page.getByRole('button', { name: 'Add learner' }).click();
  await page.getByLabel('SCORM package (.zip)').setInputFiles(zip);
  await page.getByRole('button', { name: 'Import package' }).click();
  const row = page.locator('tr', { has: page.getByText('SCORM 1.2') }).filter({ hasText: sample.title });
  await expect(row.getByTestId('status')).toHaveText('not attempted');
  await row.getByRole('button', { name: `Start ${sample.title}` }).click();
  const player = page.frameLocator('iframe.learn-frame').frameLocator('#course-frame');
  await expect(player.getByRole('heading', { level: 1 }).first()).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => saves(page), { timeout: 20_000 }).toBeGreaterThanOrEqual(1);
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(row.getByTestId('status')).toHaveText('incomplete');
});

test('a multi-SCO package shows its table of contents in the organization order', async ({ page }) => {
  await page.goto(`${url}#/learn`);
  await page.getByLabel('New learner name').fill('Barbara');
  await page.getByRole('button', { name: 'Add learner' }).click();
  const file = path.join(tmp, 'multi.zip');
  fs.writeFileSync(file, buildFixturePackage({ version: 'scorm12', title: 'Multi part', scoCount: 3 }));
  await page.getByLabel('SCORM package (.zip)').setInputFiles(file);
  await page.getByRole('button', { name: 'Import package' }).click();
  const row = page.locator('tr', { has: page.getByRole('rowheader', { name: 'Multi part' }) });
  await row.getByRole('button', { name: 'Start Multi part' }).click();
  const toc = page.getByRole('navigation', { name: 'Contents' });
  await expect(toc.getByRole('button')).toHaveText(['Part 1', 'Part 2', 'Part 3']);
  await expect(toc.getByRole('button', { name: 'Part 1' })).toHaveAttribute('aria-current', 'page');
  const scoSrc = page.frameLocator('iframe.learn-frame').locator('#course-frame');
  await expect(scoSrc).toHaveAttribute('src', /\/packages\/[0-9a-f-]+\/index\.html\?sco=1$/);
  await toc.getByRole('button', { name: 'Part 2' }).click();
  await expect(scoSrc).toHaveAttribute('src', /index\.html\?sco=2$/);
  await expect(scoFrame(page).locator('#page')).toHaveText('Page 1 of 3');
  await scoFrame(page).getByRole('button', { name: 'Finish' }).click();
  await expect.poll(() => saves(page)).toBeGreaterThanOrEqual(1);
  await page.getByRole('button', { name: 'Close' }).click();
  // One of three SCOs passed: the attempt is incomplete until every SCO is done.
  await expect(row.getByTestId('status')).toHaveText('incomplete');
});

/**
 * A hostile package: besides a working SCO (sco.js), its page tries to reach the app — the API by relative and
 * absolute URL, the app's WebSocket, the app window's document and preload API, the cookie — and to forge a save
 * message from its own window. It records what happened in `data-attack` for the test to read through the frames.
 */
const HOSTILE_JS = `(async function () {
  var r = {};
  var appOrigin = location.ancestorOrigins[location.ancestorOrigins.length - 1] || '';
  r.appOrigin = appOrigin;
  async function tryFetch(url) {
    try {
      var res = await fetch(url, { method: 'POST', credentials: 'include' });
      var text = await res.text();
      return 'status:' + res.status + (text.indexOf('Asynchronous') >= 0 ? ':LEAKED' : '');
    } catch (e) { return 'error:' + e.name; }
  }
  r.relative = await tryFetch('/api/invoke/courses.list');
  r.relativeUnderBase = await tryFetch('../../api/invoke/courses.list');
  r.app = await tryFetch(appOrigin + '/api/invoke/courses.list');
  r.ws = await new Promise(function (resolve) {
    try {
      var ws = new WebSocket(appOrigin.replace('http', 'ws') + '/api/ws');
      ws.onopen = function () { resolve('open'); };
      ws.onerror = function () { resolve('error'); };
    } catch (e) { resolve('throw:' + e.name); }
  });
  try { r.topDocument = 'read:' + window.parent.parent.document.title; } catch (e) { r.topDocument = 'error:' + e.name; }
  try { r.topApi = typeof window.top.coursewright; } catch (e) { r.topApi = 'error:' + e.name; }
  r.cookie = document.cookie;
  try {
    window.parent.parent.postMessage({ type: 'coursewright:lms-save', kind: 'commit', cmi: { core: { lesson_status: 'passed' } } }, '*');
    r.forged = 'posted';
  } catch (e) { r.forged = 'error:' + e.name; }
  document.body.setAttribute('data-attack', JSON.stringify(r));
})();`;

test('a hostile package runs on the content origin: no API, no WebSocket, no app window; its SCORM still works', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const zip = path.join(tmp, 'hostile.zip');
  const html = `<!doctype html>
<html lang="en" data-scorm="1.2"><head><meta charset="utf-8"><title>Hostile SCO</title></head>
<body><main><h1>Hostile SCO</h1><p id="page">Page 1 of 3</p>
<button id="prev">Previous</button> <button id="next">Next</button> <button id="finish">Finish</button> <button id="exit">Save and exit</button>
</main><script src="sco.js"></script><script>${HOSTILE_JS}</script></body></html>`;
  fs.writeFileSync(
    zip,
    buildRawZip([
      { name: 'imsmanifest.xml', data: fixtureManifest({ version: 'scorm12', title: 'Hostile package' }) },
      { name: 'index.html', data: html },
      { name: 'sco.js', data: SCO_JS },
    ]),
  );
  await page.goto(`${url}#/learn`);
  await page.getByLabel('New learner name').fill('Mallory');
  await page.getByRole('button', { name: 'Add learner' }).click();
  await page.getByLabel('SCORM package (.zip)').setInputFiles(zip);
  await page.getByRole('button', { name: 'Import package' }).click();
  const row = page.locator('tr', { has: page.getByRole('rowheader', { name: 'Hostile package' }) });
  await row.getByRole('button', { name: 'Start Hostile package' }).click();

  const sco = scoFrame(page);
  await expect(sco.locator('body')).toHaveAttribute('data-attack', /topDocument/, { timeout: 30_000 });
  const attack = JSON.parse((await sco.locator('body').getAttribute('data-attack')) ?? '{}') as Record<string, string>;
  const appOrigin = new URL(url).origin;
  expect(attack.appOrigin).toBe(appOrigin);
  // The content origin has no API (404), and the app origin is unreachable from it (CSP, CORS and the Origin check).
  expect(attack.relative).toBe('status:404');
  expect(attack.relativeUnderBase).toBe('status:404');
  expect(attack.app).toMatch(/^error:/);
  expect(attack.ws).not.toBe('open');
  expect(attack.topDocument).toBe('error:SecurityError');
  expect(attack.topApi).toMatch(/^error:SecurityError|undefined$/);
  expect(attack.cookie).not.toContain(new URL(url).searchParams.get('token') ?? '<none>');
  const frameOrigin = new URL(
    page
      .frames()
      .find((f) => f.url().includes('/packages/'))
      ?.url() ?? 'about:blank',
  ).origin;
  expect(frameOrigin).not.toBe(appOrigin);

  // A save message forged from the SCO's own window is ignored by the app...
  expect(attack.forged).toBe('posted');
  // The app saw it arrive and refused it (an observable event, not a pause).
  await expect(page.getByTestId('learn-saves')).toHaveAttribute('data-refused', '1');
  expect(await saves(page)).toBe(0);
  // ...while the SCO's real commits go through the LMS page and reach the library.
  await sco.getByRole('button', { name: 'Next' }).click();
  await expect.poll(() => saves(page)).toBeGreaterThanOrEqual(1);
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(row.getByTestId('status')).toHaveText('incomplete');
});

test('the player fills the height under the header; a package and a learner are deleted after offering their records', async ({
  page,
}) => {
  await page.goto(`${url}#/learn`);
  await page.getByLabel('New learner name').fill('Hedy');
  await page.getByRole('button', { name: 'Add learner' }).click();
  await page.getByLabel('Who is learning').selectOption({ label: 'Hedy' });
  await page.getByLabel('SCORM package (.zip)').setInputFiles(packageZip('scorm2004-4th', 'Short-lived'));
  await page.getByRole('button', { name: 'Import package' }).click();
  const row = page.locator('tr', { has: page.getByRole('rowheader', { name: 'Short-lived' }) });
  await row.getByRole('button', { name: 'Start Short-lived' }).click();

  // Close sits in the player's header; the frame takes the height the app header leaves.
  const header = page.locator('.learn-player-bar');
  await expect(header.getByRole('button', { name: /^Close/ })).toBeVisible();
  await expect(scoFrame(page).locator('#page')).toHaveText('Page 1 of 3');
  const viewport = page.viewportSize()!;
  const frameBox = (await page.locator('iframe.learn-frame').boundingBox())!;
  expect(frameBox.y + frameBox.height).toBeGreaterThan(viewport.height - 80);
  await header.getByRole('button', { name: /^Close/ }).click();

  // The package: confirm, its records (CSV) download first, then it is gone.
  await row.getByRole('button', { name: 'Delete package Short-lived' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete package “Short-lived”?' });
  await expect(confirm.getByRole('checkbox', { name: /Download the records/ })).toBeChecked();
  const downloading = page.waitForEvent('download');
  await confirm.getByRole('button', { name: 'Delete package' }).click();
  const csv = await downloading;
  expect(fs.readFileSync((await csv.path())!, 'utf8')).toContain('Short-lived');
  await expect(row).toHaveCount(0);

  // The learner, keeping nothing this time.
  await page.getByRole('button', { name: 'Delete learner Hedy' }).click();
  const confirmLearner = page.getByRole('dialog', { name: 'Delete learner “Hedy”?' });
  await confirmLearner.getByRole('checkbox', { name: /Download the records/ }).uncheck();
  await confirmLearner.getByRole('button', { name: 'Delete learner' }).click();
  await expect(confirmLearner).toHaveCount(0);
  await expect(page.getByLabel('Who is learning').locator('option', { hasText: 'Hedy' })).toHaveCount(0);
});
