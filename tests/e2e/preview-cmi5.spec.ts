import path from 'node:path';
import Database from 'better-sqlite3';
import type { Frame, FrameLocator, Page } from '@playwright/test';
import type { CourseTree } from '../../shared';
import { DATABASE_FILE } from '../../main/library/open-library';
import { test, expect } from './support/fixtures';
import { answerCorrectly, lessonQuestions, submitQuiz } from './support/player-keyboard';

// Preview in the app (browser host) with the cmi5 format: the export plays through the app's own cmi5 LMS on the
// content origin (launch, fetch URL, LaunchData, local LRS at /xapi/) and the live panel lists the statements.

/** The player helpers take a Page; inside the preview the course is a frame two levels down. */
const asPage = (page: Page, frame: Frame): Page =>
  ({
    keyboard: page.keyboard,
    locator: (s: string) => frame.locator(s),
    evaluate: (fn: never, arg: never) => frame.evaluate(fn, arg),
  }) as unknown as Page;

const auFrame = async (page: Page): Promise<Frame> => {
  await expect
    .poll(() => page.frames().some((f) => f.url().includes('/preview/') && f.url().includes('fetch=')))
    .toBe(true);
  return page.frames().find((f) => f.url().includes('/preview/') && f.url().includes('fetch=')) as Frame;
};

const panelVerbs = (lms: FrameLocator) =>
  lms.locator('#panel tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-verb')));

/** The host's local LRS, read from the library file (WAL: reading beside the running host is safe). */
function statementsInLibrary(
  libraryDir: string,
): Array<{ verb: string; session: string | null; registration: string }> {
  const db = new Database(path.join(libraryDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
  try {
    return (
      db.prepare('SELECT verb, session_id AS session, registration FROM lrs_statements ORDER BY seq').all() as Array<{
        verb: string;
        session: string | null;
        registration: string;
      }>
    ).map((r) => ({ ...r, verb: r.verb.replace(/^.*\//, '') }));
  } finally {
    db.close();
  }
}

test('cmi5 preview: statements reach the app’s LRS in order and show in the live panel; a relaunch sends no second passed', async ({
  page,
  host,
}) => {
  test.setTimeout(180_000);
  await page.goto(host.url);
  await page.getByRole('link', { name: 'Asynchronous Learning 101' }).click();
  await page.getByRole('button', { name: 'Preview' }).click();
  const panel = page.getByRole('dialog', { name: /Preview: Asynchronous Learning 101/ });
  await panel.getByLabel('Format').selectOption('cmi5');
  const lms = page.frameLocator('.preview-frame');
  await expect(lms.getByRole('table', { name: 'Statements sent by the course' })).toBeVisible({ timeout: 30_000 });
  await expect(lms.locator('#panel tbody tr').first()).toHaveAttribute('data-verb', 'initialized', { timeout: 30_000 });

  const frame = await auFrame(page);
  await expect(frame.locator('#app')).toHaveAttribute('data-state', 'ready');
  expect(
    await frame.evaluate(
      () => (window as unknown as { __COURSEWRIGHT_PLAYER__: { lms: string } }).__COURSEWRIGHT_PLAYER__.lms,
    ),
  ).toBe('cmi5');
  await expect(frame.locator('.cw-notice')).toHaveCount(0);
  const tree = await frame.evaluate(
    () => (window as unknown as { __COURSEWRIGHT_PACKAGE__: { course: CourseTree } }).__COURSEWRIGHT_PACKAGE__.course,
  );
  const learner = asPage(page, frame);
  for (const lesson of tree.modules.flatMap((m) => m.lessons)) {
    await expect(frame.locator('h1')).toHaveText(lesson.title);
    if (lesson.kind === 'quiz') {
      for (const q of lessonQuestions(lesson)) await answerCorrectly(learner, q);
      await submitQuiz(learner);
    }
    await frame.locator('.cw-pager button.cw-button-primary').click();
  }
  await expect(frame.locator('h1')).toHaveText('Course complete');

  // The live panel: verb, object and result of each statement as it arrives.
  await expect.poll(() => panelVerbs(lms)).toContain('passed');
  const answered = lms.locator('#panel tbody tr[data-verb="answered"]').first();
  await expect(answered.locator('td').nth(1)).toContainText('success');
  const passedRow = lms.locator('#panel tbody tr[data-verb="passed"]');
  await expect(passedRow).toHaveCount(1);
  await expect(passedRow.locator('td').nth(1)).toContainText(/score \d+%/);
  await expect(lms.locator('#panel tbody tr[data-verb="completed"]')).toHaveCount(1);

  // Relaunch (same registration): the old session ends with terminated (pagehide, keepalive), the new one resumes.
  await lms.getByRole('button', { name: 'Relaunch' }).click();
  await expect.poll(() => panelVerbs(lms), { timeout: 30_000 }).toEqual(['initialized']);
  await expect
    .poll(() => {
      const all = statementsInLibrary(host.libraryDir);
      const session = all.find((s) => s.verb === 'passed')?.session;
      return all
        .filter((s) => s.session === session)
        .map((s) => s.verb)
        .at(-1);
    })
    .toBe('terminated');
  const all = statementsInLibrary(host.libraryDir);
  const registration = all.find((s) => s.verb === 'passed')!.registration;
  const session1 = all.filter((s) => s.session === all.find((x) => x.verb === 'passed')!.session).map((s) => s.verb);
  expect(session1[0]).toBe('initialized');
  expect(session1.filter((v) => v === 'passed')).toHaveLength(1);
  expect(session1.filter((v) => v === 'completed')).toHaveLength(1);
  expect(session1.filter((v) => v === 'terminated')).toHaveLength(1);

  const frame2 = await auFrame(page);
  await expect(frame2.locator('#app')).toHaveAttribute('data-state', 'ready');
  await frame2.locator('.cw-toc-link').first().click();
  // Closing the preview removes the course page: pagehide sends terminated with keepalive.
  await panel.getByRole('button', { name: 'Close preview' }).click();
  await expect(panel).toBeHidden();
  await expect
    .poll(() =>
      statementsInLibrary(host.libraryDir)
        .filter((s) => s.registration === registration)
        .map((s) => s.verb)
        .at(-1),
    )
    .toBe('terminated');
  const verbs = statementsInLibrary(host.libraryDir)
    .filter((s) => s.registration === registration)
    .map((s) => s.verb);
  expect(verbs.filter((v) => v === 'launched')).toHaveLength(2);
  expect(verbs.filter((v) => v === 'passed')).toHaveLength(1);
  expect(verbs.filter((v) => v === 'completed')).toHaveLength(1);
});
