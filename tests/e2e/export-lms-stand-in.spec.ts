import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import path from 'node:path';
import { KeyboardLearner } from './support/lms-course-driver';
import { countCalls, readHook, waitForHook } from './support/lms-hook';
import { REPO_ROOT as ROOT, startLmsServer, standInUrl, type LmsServer } from './support/lms-server';

// The stand-in LMS page on its own, driven by a hand-written SCO (no player, no exporter involved).
let server: LmsServer;

test.beforeAll(async () => {
  server = await startLmsServer({
    '/lms': path.join(ROOT, 'out/lms'),
    '/sco': path.join(ROOT, 'tests/e2e/support/lms-fixture-sco'),
  });
});
test.afterAll(async () => server.close());

const course = (page: Page): FrameLocator => page.frameLocator('#course-frame');

for (const format of ['scorm12', 'scorm2004-4th'] as const) {
  test(`${format}: records values, stores them, and resumes on relaunch`, async ({ page }) => {
    const url = standInUrl(server.origin, { format, src: '/sco/index.html', state: `fixture-${format}` });
    await page.goto(url);
    await waitForHook(page);
    const sco = course(page);
    await expect(sco.locator('#launch')).toContainText('entry ab-initio');

    // Keyboard only: Tab into the frame, Next page, choose "Three" (wrong) and submit.
    await new KeyboardLearner(page, sco).tabTo(sco.locator('#next'));
    await page.keyboard.press('Enter');
    await expect(sco.locator('#page')).toHaveText('2');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space'); // first radio: Three
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(sco.locator('#result')).toHaveText('Try again');

    const first = await readHook(page);
    const v = first.values;
    const is12 = format === 'scorm12';
    expect(v[is12 ? 'cmi.core.lesson_location' : 'cmi.location']).toBe('2');
    expect(v[is12 ? 'cmi.core.lesson_status' : 'cmi.success_status']).toBe(is12 ? 'failed' : 'failed');
    expect(v[is12 ? 'cmi.interactions.0.student_response' : 'cmi.interactions.0.learner_response']).toBe('three');
    expect(countCalls(first.calls, 'Initialize')).toBe(1);
    expect(countCalls(first.calls, 'Commit')).toBe(2);
    expect(first.stored?.session.commit).toBe(2);
    await expect(page.getByRole('status')).toContainText('Commit 2');
    await expect(page.locator('#panel tbody')).toContainText('cmi.suspend_data');

    // Close: navigating away fires pagehide in the SCO, which terminates once.
    await page.goto('about:blank');
    await page.goto(url);
    await waitForHook(page);
    const stored = (await readHook(page)).restored;
    expect(stored?.session.terminate).toBe(1);
    expect(stored?.session.afterTerminate).toBe(0);
    expect(stored?.terminated).toBe(true);
    const launch = course(page).locator('#launch');
    await expect(launch).toContainText('entry resume');
    await expect(launch).toContainText('answer three');
    await expect(course(page).locator('#page')).toHaveText('2');
    await expect(course(page).locator('input[value="three"]')).toBeChecked();
    const cmi = stored?.cmi as Record<string, Record<string, unknown>>;
    expect(is12 ? cmi.core?.exit : cmi.exit).toBe('suspend');
    expect(is12 ? cmi.core?.total_time : cmi.total_time).toMatch(is12 ? /^\d{2,4}:\d\d:\d\d/ : /^PT/);
  });
}

test('refuses a package from another origin', async ({ page }) => {
  await page.goto(
    `${server.origin}/lms/index.html?format=scorm12&src=${encodeURIComponent('https://example.invalid/x')}`,
  );
  await expect(page.locator('#course .error')).toContainText('same origin');
  await expect(page.locator('iframe')).toHaveCount(0);
});
