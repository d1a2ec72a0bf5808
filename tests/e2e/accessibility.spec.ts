import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { expectNoSeriousViolations } from './support/lms-axe';

/** axe-core on the current page: no serious or critical violation (WCAG 2.x A/AA rules and best practices). */

/** Nothing wider than the window: the layout reflows instead of scrolling sideways. */
async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test('library and course screens pass axe and reflow at 1024 px and 600 px', async ({ page, host }) => {
  // One axe scan per lesson of the sample (a dozen scans): longer than the default budget on a busy 2-core machine.
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(host.url);
  await expect(page.getByRole('link', { name: 'Asynchronous Learning 101' })).toBeVisible();
  await expectNoSeriousViolations(page, 'library');
  await expectNoHorizontalScroll(page);

  await page.getByRole('link', { name: 'Asynchronous Learning 101' }).click();
  const lessons = page.getByRole('navigation', { name: 'Course outline' }).locator('a.outline-lesson');
  const count = await lessons.count();
  for (let i = 0; i < count; i++) {
    await lessons.nth(i).click();
    await expect(page.locator('[data-block-type]').first()).toBeVisible();
    await expectNoSeriousViolations(page, `lesson ${i + 1}`);
    await expectNoHorizontalScroll(page);
  }

  await page.setViewportSize({ width: 600, height: 800 });
  await expectNoHorizontalScroll(page);
  await page.getByRole('link', { name: 'Course library' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Course library' })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await page.getByRole('button', { name: 'Delete Asynchronous Learning 101' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoSeriousViolations(page, 'delete dialog');
});

test('the library is usable from the keyboard alone', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('link', { name: 'Asynchronous Learning 101' })).toBeVisible();
  // Tab from the top: skip link first, then into the page; every stop shows a focus ring.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  // Then the header links and the library tools come before the create field: reach it in a few stops.
  const courseTitle = page.getByLabel('Course title');
  let stops = 0;
  while (!(await courseTitle.evaluate((el) => el === document.activeElement)) && stops < 8) {
    await page.keyboard.press('Tab');
    stops++;
  }
  await expect(courseTitle).toBeFocused();
  expect(stops).toBeLessThanOrEqual(6);
  await page.keyboard.type('Keyboard course');
  await page.keyboard.press('Enter');
  // The new course opens itself; back to the library.
  await expect(page.getByRole('navigation', { name: 'Course outline' })).toBeVisible();
  await page.getByRole('link', { name: 'Course library' }).click();
  await expect(page.getByRole('link', { name: 'Keyboard course' })).toBeVisible();

  // Inside a course, the skip link moves focus to the lesson area without leaving the course.
  await page.getByRole('link', { name: 'Asynchronous Learning 101' }).click();
  await expect(page.getByRole('navigation', { name: 'Course outline' })).toBeVisible();
  const courseUrl = page.url();
  await page.getByRole('link', { name: 'Skip to content' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  expect(page.url()).toBe(courseUrl);
  await page.getByRole('link', { name: 'Course library' }).click();
  await expect(page.getByRole('main')).toBeFocused();

  // Reach the link by keyboard (Shift+Tab, Tab) so :focus-visible applies, as it does for keyboard users.
  await page.getByRole('link', { name: 'Keyboard course' }).focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Keyboard course' })).toBeFocused();
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('navigation', { name: 'Course outline' })).toBeVisible();
  await page.getByLabel('New module title').focus();
  await page.keyboard.type('Module by keyboard');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 3, name: /Module by keyboard/ })).toBeVisible();
  await page.getByLabel('New lesson title in Module by keyboard').focus();
  await page.keyboard.type('Lesson by keyboard');
  await page.keyboard.press('Enter');
  const lessonLink = page.getByRole('link', { name: 'Lesson by keyboard' });
  await lessonLink.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Lesson by keyboard' })).toBeVisible();
});
