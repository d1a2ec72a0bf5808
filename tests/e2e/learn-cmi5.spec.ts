import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { CLI_PATH, REPO_ROOT, startHost, type RunningHost } from './support/host';
import { auFrame, playThrough, statementsInLibrary } from './support/cmi5-app';
import { cw } from './support/cw-class';

// Learner mode plays an imported cmi5 package (our own cmi5 export, imported with `coursewright cmi5 import`) with
// the app as its cmi5 LMS: the launch comes from `cmi5.launch`, the AU talks to the content origin's /xapi/.
let dir: string;
let host: RunningHost;
test.beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-learn-cmi5-'));
  const libraryDir = path.join(dir, 'lib');
  const cli = (...args: string[]) =>
    execFileSync(process.execPath, [CLI_PATH, ...args, '--library', libraryDir], { cwd: REPO_ROOT, encoding: 'utf8' });
  const courses = JSON.parse(cli('courses', 'list', '--json')) as Array<{ id: string; title: string }>;
  const sample = courses.find((c) => c.title === 'Asynchronous Learning 101')!;
  const zip = path.join(dir, 'course.zip');
  cli('export', sample.id, '--format', 'cmi5', '--out', zip);
  cli('cmi5', 'import', zip);
  host = await startHost({ libraryDir });
});
test.afterAll(async () => {
  await host?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('learner mode: an imported cmi5 package through the app’s LMS; a relaunch resumes and sends no second passed', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto(`${host.url}#/learn`);
  await page.getByLabel('New learner name').fill('Ada Lovelace');
  await page.getByRole('button', { name: 'Add learner' }).click();
  const play = page.getByRole('button', { name: 'Play Asynchronous Learning 101' });
  await play.click();
  const frame = await auFrame(page, '/cmi5-packages/');
  await expect(frame.locator(cw('.cw-notice'))).toHaveCount(0);
  await playThrough(page, frame);
  await page.getByRole('button', { name: /^Close/ }).click();

  const verbs = () => statementsInLibrary(host.libraryDir).map((s) => s.verb);
  await expect.poll(() => verbs().at(-1)).toBe('terminated');
  const first = verbs();
  expect(first[0]).toBe('launched');
  expect(first[1]).toBe('initialized');
  expect(first.filter((v) => v === 'passed')).toHaveLength(1);
  expect(first.filter((v) => v === 'completed')).toHaveLength(1);

  await play.click();
  const again = await auFrame(page, '/cmi5-packages/');
  // Resumed: the course knows it was completed.
  await expect(again.locator(cw('.cw-header-progress'))).toHaveText('Completed');
  await again.locator(cw('.cw-toc-link')).first().click();
  await page.getByRole('button', { name: /^Close/ }).click();
  await expect.poll(() => verbs().length).toBeGreaterThan(first.length + 2);
  await expect.poll(() => verbs().at(-1)).toBe('terminated');
  const all = statementsInLibrary(host.libraryDir);
  expect(new Set(all.map((s) => s.registration)).size).toBe(1);
  expect(all.filter((s) => s.verb === 'launched')).toHaveLength(2);
  expect(all.filter((s) => s.verb === 'passed')).toHaveLength(1);
  expect(all.filter((s) => s.verb === 'completed')).toHaveLength(1);
});
