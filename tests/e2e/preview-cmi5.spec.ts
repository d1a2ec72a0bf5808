import type { FrameLocator } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { auFrame, playThrough, statementsInLibrary } from './support/cmi5-app';
import { cw } from './support/cw-class';

// Preview in the app (browser host) with the cmi5 format: the export plays through the app's own cmi5 LMS on the
// content origin (launch, fetch URL, LaunchData, local LRS at /xapi/) and the live panel lists the statements.

const panelVerbs = (lms: FrameLocator) =>
  lms.locator('#panel tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-verb')));

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
  await expect(lms.locator('#panel tbody tr').first()).toHaveAttribute('data-verb', 'initialized', {
    timeout: 30_000,
  });

  const frame = await auFrame(page, '/preview/');
  expect(
    await frame.evaluate(
      () => (window as unknown as { __COURSEWRIGHT_PLAYER__: { lms: string } }).__COURSEWRIGHT_PLAYER__.lms,
    ),
  ).toBe('cmi5');
  await expect(frame.locator(cw('.cw-notice'))).toHaveCount(0);
  await playThrough(page, frame);

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
  const passed = statementsInLibrary(host.libraryDir).find((s) => s.verb === 'passed')!;
  const session1 = statementsInLibrary(host.libraryDir)
    .filter((s) => s.session === passed.session)
    .map((s) => s.verb);
  expect(session1[0]).toBe('initialized');
  expect(session1.at(-1)).toBe('terminated');
  expect(session1.filter((v) => v === 'passed')).toHaveLength(1);
  expect(session1.filter((v) => v === 'completed')).toHaveLength(1);
  expect(session1.filter((v) => v === 'terminated')).toHaveLength(1);

  const frame2 = await auFrame(page, '/preview/');
  await frame2.locator(cw('.cw-toc-link')).first().click();
  // Closing the preview removes the course page: pagehide sends terminated with keepalive.
  await panel.getByRole('button', { name: 'Close preview' }).click();
  await expect(panel).toBeHidden();
  const verbs = () =>
    statementsInLibrary(host.libraryDir)
      .filter((s) => s.registration === passed.registration)
      .map((s) => s.verb);
  await expect.poll(() => verbs().at(-1)).toBe('terminated');
  expect(verbs().filter((v) => v === 'launched')).toHaveLength(2);
  expect(verbs().filter((v) => v === 'passed')).toHaveLength(1);
  expect(verbs().filter((v) => v === 'completed')).toHaveLength(1);
});
