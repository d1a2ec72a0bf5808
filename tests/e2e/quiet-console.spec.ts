import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

/**
 * Issue 12 §4: no false error after a delete, no console errors on a first SCORM 2004 preview. Every console
 * error or warning, page error and failed HTTP response of the app and its frames is collected.
 */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.url()}`);
  });
  return problems;
}

test('a first SCORM 2004 preview logs no error, warning or failed request', async ({ page, host }) => {
  const problems = watchProblems(page);
  await page.goto(host.url);
  await page.getByRole('link', { name: 'Asynchronous Learning 101' }).click();
  await page.getByRole('button', { name: 'Preview' }).click();
  const panel = page.getByRole('dialog', { name: /Preview: Asynchronous Learning 101/ });
  await panel.getByLabel('Format').selectOption('scorm2004-4th');
  const lms = page.frameLocator('.preview-frame');
  const course = lms.frameLocator('#course-frame');
  await expect(course.locator('#app')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  // The stand-in shows the SCORM 2004 session it opened: the course has initialised and committed.
  await expect(lms.locator('#panel tbody')).toContainText('cmi.suspend_data', { timeout: 30_000 });
  // A device change reaches the loaded frame by message.
  await panel.getByRole('button', { name: /Phone/ }).click();
  await expect(lms.locator('#course-frame')).toHaveAttribute('data-width', '375');
  expect(problems).toEqual([]);
});

test('deleting a course that was open in the editor shows no false error', async ({ page, host }) => {
  const problems = watchProblems(page);
  await page.goto(host.url);
  const main = page.getByRole('main');
  await page.getByRole('button', { name: 'Start from the sample course' }).click();
  // The copy opens itself in the editor; back to the library and delete it there.
  await expect(
    page
      .getByRole('navigation', { name: 'Course outline' })
      .getByRole('heading', { name: 'Asynchronous Learning 101 (my copy)' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Course library' }).click();
  await page.getByRole('button', { name: 'Delete Asynchronous Learning 101 (my copy)' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete course' }).click();
  await expect(main.getByRole('link', { name: 'Asynchronous Learning 101 (my copy)' })).toHaveCount(0);
  const toasts = page.locator('.toasts');
  await expect(toasts.getByRole('status')).toContainText('Deleted “Asynchronous Learning 101 (my copy)”.');
  // The library reloaded after the delete (its change event was handled) before the check below.
  await expect(main.getByRole('link', { name: 'Asynchronous Learning 101', exact: true })).toBeVisible();
  await expect(toasts).not.toContainText('No course with id');
  await expect(toasts.getByRole('alert')).toHaveText('');
  expect(problems).toEqual([]);
});
