import { expect, type Locator, type Page } from '@playwright/test';
import { BLOCK_KINDS, type BlockType } from '../../../shared';

/** The save indicator has reached "saved" (it does so only once the server stored the change). */
export const expectSaved = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

/** From the library: creates a course, one module and one lesson with real input, and opens the lesson. */
export async function newCourseWithLesson(page: Page, names: { course: string; module: string; lesson: string }) {
  await page.getByLabel('Course title').fill(names.course);
  await page.getByLabel('Course title').press('Enter');
  // A new course opens itself in the editor.
  const outline = page.getByRole('navigation', { name: 'Course outline' });
  await expect(outline.getByRole('heading', { level: 2, name: names.course })).toBeVisible();
  await outline.getByLabel('New module title').fill(names.module);
  await outline.getByRole('button', { name: 'Add module' }).click();
  await outline.getByLabel(`New lesson title in ${names.module}`).fill(names.lesson);
  await outline.getByLabel(`New lesson title in ${names.module}`).press('Enter');
  await outline.getByRole('link', { name: names.lesson }).click();
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: names.lesson })).toBeVisible();
  return { outline, main };
}

/**
 * Inserts a block of `type` from the "+ Add block" menu: `by: 'click'` picks the option with the pointer,
 * `by: 'search'` types the kind's label into the search box and presses Enter. A new block comes selected.
 */
export async function addBlock(page: Page, type: BlockType, by: 'click' | 'search' = 'click'): Promise<Locator> {
  const main = page.getByRole('main');
  const before = await main.locator('[data-block-type]').count();
  await main.getByRole('button', { name: '+ Add block' }).click();
  const options = page.getByRole('listbox', { name: 'Block types' }).getByRole('option');
  if (by === 'click') {
    await options
      .filter({ hasText: new RegExp(`^${BLOCK_KINDS[type].label}`) })
      .first()
      .click();
  } else {
    const search = page.getByRole('combobox', { name: 'Search block types' });
    await search.fill(BLOCK_KINDS[type].label);
    await expect(options.filter({ hasText: BLOCK_KINDS[type].label })).not.toHaveCount(0);
    await search.press('Enter');
  }
  await expect(main.locator('[data-block-type]')).toHaveCount(before + 1);
  await expect(main.locator('.block-frame.is-selected')).toHaveAttribute('data-block-type', type);
  return main.locator(`[data-block-type="${type}"]`);
}

/** Selects a block on the canvas by a click on what the learner sees; returns the block. */
export async function selectBlock(page: Page, type: string, nth = 0): Promise<Locator> {
  const block = page.getByRole('main').locator(`[data-block-type="${type}"]`).nth(nth);
  await block.locator('.block-canvas-view').click({ position: { x: 4, y: 4 } });
  await expect(block).toHaveClass(/is-selected/);
  return block;
}
