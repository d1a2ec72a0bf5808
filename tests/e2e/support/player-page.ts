import { expect, type Page } from '@playwright/test';

/** Opens a built player package; `fresh` drops what an earlier run kept (localStorage) and reloads. */
export async function launchPlayer(page: Page, url: string, fresh: boolean): Promise<void> {
  await page.goto(url);
  await expect(page.locator('#app')).toHaveAttribute('data-state', 'ready');
  if (fresh) {
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(page.locator('#app')).toHaveAttribute('data-state', 'ready');
  }
}

/** Opens a lesson from the contents (shown beside the lesson on wide screens), then narrows to `width`. */
export async function openPlayerLesson(page: Page, title: string, width = 1280): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('navigation', { name: 'Course contents' }).getByRole('link', { name: title }).click();
  await expect(page.locator('h1')).toHaveText(title);
  await page.setViewportSize({ width, height: 800 });
}

/** True when the page does not scroll sideways (320 px checks). */
export const noPageOverflow = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
