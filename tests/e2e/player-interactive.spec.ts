import { expect, test, type Page } from '@playwright/test';
import type { BlockType } from '../../shared';
import { buildSamplePlayerPackage, findBlock, type PlayerPackage } from './support/player-package';
import { revealWholeLesson, tabTo } from './support/player-keyboard';
import { expectNoSeriousWcagViolations } from './support/lms-axe';
import { cw } from './support/cw-class';

// The interactive blocks of the sample course in the learner player: WAI-ARIA roles and states, keyboard
// operation, reduced motion, axe. The sample has one accordion, one tabs and one flip cards block.
let pkg: PlayerPackage;
test.beforeAll(() => {
  pkg = buildSamplePlayerPackage('html5');
});
test.afterAll(() => pkg.cleanup());

const find = <T extends BlockType>(type: T) => findBlock(pkg.tree, type);

async function openLesson(page: Page, title: string): Promise<void> {
  await page.goto(pkg.url);
  await expect(page.locator('#app')).toHaveAttribute('data-state', 'ready');
  await page.getByRole('navigation', { name: 'Course contents' }).getByRole('link', { name: title }).click();
  await expect(page.locator('h1')).toHaveText(title);
  // Blocks after a Continue button stay hidden until it is pressed.
  await revealWholeLesson(page);
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

test('accordion: disclosure buttons with aria-expanded/aria-controls, operated with Enter and Space', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const { block, lessonTitle } = find('accordion');
  await openLesson(page, lessonTitle);
  const buttons = page.locator(cw('.cw-accordion-button'));
  await expect(buttons).toHaveCount(block.items.length);
  for (const [i, item] of block.items.entries()) {
    const button = buttons.nth(i);
    await expect(button).toHaveAccessibleName(item.title);
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    const panel = page.locator(`#${await button.getAttribute('aria-controls')}`);
    await expect(panel).toBeHidden();
    await expect(panel).toHaveAttribute('role', 'region');
  }
  const first = block.items[0]!;
  const firstButton = buttons.first();
  const firstPanel = page.locator(`#${await firstButton.getAttribute('aria-controls')}`);

  // Keyboard: Tab reaches the first section button; Enter opens it, Space closes it again.
  await page.locator('main').focus();
  await tabTo(page, cw('.cw-accordion-button'));
  expect(await focusedId(page)).toBe(await firstButton.getAttribute('id'));
  await page.keyboard.press('Enter');
  await expect(firstButton).toHaveAttribute('aria-expanded', 'true');
  await expect(firstPanel).toBeVisible();
  const answer = first.doc.content[0];
  const answerText =
    answer && 'content' in answer ? (answer.content?.map((n) => ('text' in n ? n.text : '')).join('') ?? '') : '';
  expect(answerText.length).toBeGreaterThan(0);
  await expect(firstPanel).toContainText(answerText.slice(0, 40));
  await expect(page.getByRole('region', { name: first.title })).toBeVisible();

  // Sections open independently; Tab moves on to the next section's button, not into a closed panel.
  await page.keyboard.press('Tab');
  const second = buttons.nth(1);
  await expect(second).toBeFocused();
  await page.keyboard.press('Space');
  await expect(second).toHaveAttribute('aria-expanded', 'true');
  await expect(firstButton).toHaveAttribute('aria-expanded', 'true');
  await expectNoSeriousWcagViolations(page, 'accordion with two sections open');
  await firstButton.focus();
  await page.keyboard.press('Space');
  await expect(firstButton).toHaveAttribute('aria-expanded', 'false');
  await expect(firstPanel).toBeHidden();
  // Mouse works as well.
  await firstButton.click();
  await expect(firstPanel).toBeVisible();
});

test('tabs: tablist with roving tabindex, arrows/Home/End move and select, one Tab stop into the panel', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const { block, lessonTitle } = find('tabs');
  await openLesson(page, lessonTitle);
  const tablist = page.getByRole('tablist');
  await expect(tablist).toHaveCount(1);
  const tabs = tablist.getByRole('tab');
  await expect(tabs).toHaveCount(block.items.length);
  const n = block.items.length;
  expect(n).toBeGreaterThanOrEqual(3);
  const expectSelected = async (index: number) => {
    for (let i = 0; i < n; i++) {
      const tab = tabs.nth(i);
      await expect(tab).toHaveAttribute('aria-selected', String(i === index));
      await expect(tab).toHaveAttribute('tabindex', i === index ? '0' : '-1');
      const panel = page.locator(`#${await tab.getAttribute('aria-controls')}`);
      await expect(panel).toHaveAttribute('role', 'tabpanel');
      if (i === index) await expect(panel).toBeVisible();
      else await expect(panel).toBeHidden();
    }
    await expect(page.getByRole('tabpanel', { name: block.items[index]!.title })).toBeVisible();
  };
  for (const [i, item] of block.items.entries()) await expect(tabs.nth(i)).toHaveText(item.title);
  await expectSelected(0);

  // Tab reaches the selected tab only; the next Tab goes to the visible panel.
  await page.locator('main').focus();
  await tabTo(page, '[role="tab"]');
  await expect(tabs.first()).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.nth(1)).toBeFocused();
  await expectSelected(1);
  await page.keyboard.press('End');
  await expect(tabs.nth(n - 1)).toBeFocused();
  await expectSelected(n - 1);
  await page.keyboard.press('ArrowRight'); // wraps around
  await expect(tabs.first()).toBeFocused();
  await expectSelected(0);
  await page.keyboard.press('ArrowLeft'); // and back
  await expect(tabs.nth(n - 1)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(tabs.first()).toBeFocused();
  await page.keyboard.press('ArrowRight');
  // Focus follows the selection in an effect after the redraw: Tab only once it has moved.
  await expect(tabs.nth(1)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('tabpanel', { name: block.items[1]!.title })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(tabs.nth(1)).toBeFocused();
  // The focused tab shows a visible focus indicator despite tabindex juggling.
  expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).not.toBe('none');
  // Clicking selects as well.
  await tabs.nth(2).click();
  await expectSelected(2);
  await expectNoSeriousWcagViolations(page, 'tabs');
});

test('flip cards: a button turns each card over, announced politely; the turn animates only without reduced motion', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const { block, lessonTitle } = find('flipCards');
  await openLesson(page, lessonTitle);
  const cards = page.locator(cw('button.cw-flip'));
  await expect(cards).toHaveCount(block.cards.length);
  const card = block.cards[0]!;
  const first = cards.first();
  await expect(first).toHaveAttribute('data-side', 'front');
  await expect(first).toContainText(card.front);
  await expect(first).toHaveAccessibleDescription('Select a card to turn it over.');
  const live = page.locator(cw('.cw-flip-cards [aria-live="polite"]'));
  await expect(live).toBeEmpty();

  await page.locator('main').focus();
  await tabTo(page, cw('button.cw-flip'));
  await expect(first).toBeFocused();
  // Animation plays by default (no reduced-motion preference)...
  expect(await first.locator(cw('.cw-flip-face')).evaluate((el) => getComputedStyle(el).animationName)).toBe(
    'cw-flip-in',
  );
  await page.keyboard.press('Enter');
  await expect(first).toHaveAttribute('data-side', 'back');
  await expect(first).toContainText(card.back);
  await expect(first).not.toContainText(card.front);
  await expect(live).toHaveText(`Back of ${card.front}: ${card.back}`);
  await expect(first).toBeFocused(); // focus stays on the card
  await expectNoSeriousWcagViolations(page, 'flip cards, one turned');
  await page.keyboard.press('Space');
  await expect(first).toHaveAttribute('data-side', 'front');
  await expect(first).toContainText(card.front);
  await expect(live).toHaveText(`Front: ${card.front}`);
  // Other cards are independent.
  await expect(cards.nth(1)).toHaveAttribute('data-side', 'front');

  // ...and not at all when the learner prefers reduced motion.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await first.click();
  await expect(first).toHaveAttribute('data-side', 'back');
  expect(await first.locator(cw('.cw-flip-face')).evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
});
