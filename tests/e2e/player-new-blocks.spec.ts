import { expect, test } from '@playwright/test';
import type { BlockType } from '../../shared';
import { buildSamplePlayerPackage, findBlock, type PlayerPackage } from './support/player-package';
import { tabTo } from './support/player-keyboard';
import { expectNoSeriousWcagViolations } from './support/lms-axe';
import { launchPlayer, noPageOverflow, openPlayerLesson } from './support/player-page';
import { cw } from './support/cw-class';

// The structured and activity block kinds (statement, list, table, process) in the learner player, from the sample
// course: semantics, keyboard-only operation, 320 px, axe, and the process step surviving a relaunch.
let pkg: PlayerPackage;
test.beforeAll(() => {
  pkg = buildSamplePlayerPackage('html5');
});
test.afterAll(() => pkg.cleanup());

const find = <T extends BlockType>(type: T) => findBlock(pkg.tree, type);

test('statement and list: styled sentence, checklist ticked with the keyboard, clean at 320 px', async ({ page }) => {
  const { block: statement, lessonTitle } = find('statement');
  const { block: list, lessonTitle: listLesson } = find('list');
  expect(listLesson).toBe(lessonTitle);
  await launchPlayer(page, pkg.url, true);
  await openPlayerLesson(page, lessonTitle, 320);
  const s = page.locator(cw(`.cw-statement-${statement.style}`));
  await expect(s).toHaveText(statement.text);
  expect(list.style).toBe('checklist');
  const boxes = page.locator(cw('.cw-checklist input[type=checkbox]'));
  await expect(boxes).toHaveCount(list.items.length);
  await expect(page.getByRole('checkbox', { name: list.items[0]! })).not.toBeChecked();
  await page.locator('main').focus();
  await tabTo(page, cw('.cw-checklist input'));
  await expect(boxes.first()).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: list.items[0]! })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(boxes.nth(1)).toBeFocused();
  expect(await noPageOverflow(page)).toBe(true);
  await expectNoSeriousWcagViolations(page, lessonTitle);
});

test('table: caption, column headers, a focusable scroll region at 320 px', async ({ page }) => {
  const { block, lessonTitle } = find('table');
  await launchPlayer(page, pkg.url, true);
  await openPlayerLesson(page, lessonTitle, 320);
  const table = page.getByRole('table', { name: block.caption });
  await expect(table).toBeVisible();
  const headers = table.getByRole('columnheader');
  await expect(headers).toHaveText(block.rows[0]!);
  await expect(table.getByRole('row')).toHaveCount(block.rows.length);
  await expect(table.getByRole('cell', { name: block.rows[1]![2]! })).toBeVisible();
  const region = page.getByRole('region', { name: block.caption });
  await page.locator('main').focus();
  await tabTo(page, cw('.cw-table-wrap'));
  await expect(region).toBeFocused();
  // The table scrolls inside its region, not the page; the keyboard scrolls it.
  expect(await noPageOverflow(page)).toBe(true);
  // Three columns of phrases are wider than 320 px: the keyboard scrolls the region.
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  await expectNoSeriousWcagViolations(page, `${lessonTitle} (table)`);
});

test('process: keyboard only through intro, steps and summary; position and completion survive a relaunch', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const { block, lessonTitle } = find('process');
  const n = block.steps.length;
  await launchPlayer(page, pkg.url, true);
  await openPlayerLesson(page, lessonTitle);
  const proc = page.getByRole('region', { name: block.title });
  const card = proc.locator(cw('.cw-process-card'));
  const previous = proc.getByRole('button', { name: 'Previous' });
  const next = proc.locator(cw('.cw-button-primary'));
  await expect(proc).toHaveAttribute('data-step', '0');
  await expect(card).toHaveAttribute('aria-live', 'polite');
  await expect(card).toContainText(block.intro);
  await expect(previous).toHaveAttribute('aria-disabled', 'true');
  await expect(next).toHaveText('Start');

  await page.locator('main').focus();
  await tabTo(page, cw('.cw-process .cw-button-primary'));
  await page.keyboard.press('Enter');
  await expect(proc).toHaveAttribute('data-step', '1');
  await expect(card).toContainText(`Step 1 of ${n}`);
  await expect(card).toContainText(block.steps[0]!.title);
  await expect(next).toBeFocused();
  await expect(next).toHaveText('Next');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Space');
  await expect(proc).toHaveAttribute('data-step', '3');
  // Previous with Shift+Tab then Enter; focus stays on it.
  await page.keyboard.press('Shift+Tab');
  await expect(previous).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(proc).toHaveAttribute('data-step', '2');
  await expect(previous).toBeFocused();
  await expect(proc).toHaveAttribute('data-complete', 'false');
  await expectNoSeriousWcagViolations(page, `${lessonTitle} (process)`);

  // Relaunch: the learner is back on step 2.
  await page.reload();
  await expect(page.locator('#app')).toHaveAttribute('data-state', 'ready');
  await expect(page.locator('h1')).toHaveText(lessonTitle);
  await expect(proc).toHaveAttribute('data-step', '2');
  await expect(card).toContainText(block.steps[1]!.title);

  // To the summary: the process is complete, and stays complete after "Start again" and a relaunch.
  await proc.locator(cw('.cw-button-primary')).focus();
  for (let i = 2; i <= n; i++) await page.keyboard.press('Enter');
  await expect(proc).toHaveAttribute('data-step', String(n + 1));
  await expect(card).toContainText('Summary');
  await expect(card).toContainText(block.summary);
  await expect(proc).toHaveAttribute('data-complete', 'true');
  await expect(next).toHaveText('Start again');
  await page.keyboard.press('Enter');
  await expect(proc).toHaveAttribute('data-step', '0');
  await page.reload();
  await expect(page.locator('#app')).toHaveAttribute('data-state', 'ready');
  await expect(proc).toHaveAttribute('data-step', '0');
  await expect(proc).toHaveAttribute('data-complete', 'true');
});

test('timeline: dated events in order as a list, readable at 320 px', async ({ page }) => {
  const { block, lessonTitle } = find('timeline');
  await launchPlayer(page, pkg.url, true);
  await openPlayerLesson(page, lessonTitle, 320);
  const items = page.locator(cw('ol.cw-timeline > li'));
  await expect(items).toHaveCount(block.events.length);
  for (const [i, e] of block.events.entries()) {
    await expect(items.nth(i).locator(cw('.cw-timeline-date'))).toHaveText(e.date);
    await expect(items.nth(i)).toContainText(e.title);
  }
  expect(await noPageOverflow(page)).toBe(true);
  await expectNoSeriousWcagViolations(page, `${lessonTitle} (timeline)`);
});
