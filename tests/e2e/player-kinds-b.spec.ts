import { expect, test, type Locator, type Page } from '@playwright/test';
import { sortingCards, type BlockType } from '../../shared';
import { buildSamplePlayerPackage, findBlock, type PlayerPackage } from './support/player-package';
import { tabTo } from './support/player-keyboard';
import { expectNoSeriousWcagViolations } from './support/lms-axe';
import { launchPlayer, noPageOverflow, openPlayerLesson } from './support/player-page';
import { cw } from './support/cw-class';

// Gallery (carousel and grid with the full-screen dialog), labeled graphic and sorting activity in the learner player,
// from the sample course: keyboard only, 320 px, axe, and the state of the graphic and the sorting after a relaunch.
let pkg: PlayerPackage;
test.beforeAll(() => {
  pkg = buildSamplePlayerPackage('html5');
});
test.afterAll(() => pkg.cleanup());

const find = <T extends BlockType>(type: T) => findBlock(pkg.tree, type);

async function relaunch(page: Page, lessonTitle: string): Promise<void> {
  await page.reload();
  await expect(page.locator('#app')).toHaveAttribute('data-state', 'ready');
  await expect(page.locator('h1')).toHaveText(lessonTitle);
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
/** The card in pile `k` whose "Move to" select has the focus (none until the focus has followed the card there). */
const focusedCardIn = (activity: Locator, k: number) =>
  activity.locator(cw(`.cw-sort-pile[data-pile="${k}"] .cw-sort-card`), {
    has: activity.page().locator('select:focus'),
  });

test('gallery as a carousel: Previous/Next with "n of m", a full-screen dialog moved by arrows, Escape returns focus', async ({
  page,
}) => {
  const { block, lessonTitle } = find('gallery');
  expect(block.layout).toBe('carousel');
  const n = block.images.length;
  await launchPlayer(page, pkg.url, true);
  await openPlayerLesson(page, lessonTitle, 320);
  const carousel = page.getByRole('region', { name: block.title });
  await expect(carousel).toHaveAttribute('aria-roledescription', 'carousel');
  const slide = carousel.getByRole('group');
  await expect(slide).toHaveAttribute('aria-roledescription', 'slide');
  await expect(slide).toHaveAttribute('aria-label', `1 of ${n}`);
  await expect(slide.getByRole('img')).toHaveAttribute('alt', block.images[0]!.alt);
  await expect(carousel.locator('figcaption')).toHaveText(block.images[0]!.caption);

  await page.locator('main').focus();
  await tabTo(page, cw('.cw-gallery button:nth-of-type(2)'));
  expect(await focusedText(page)).toBe('Show next image');
  await page.keyboard.press('Enter');
  await expect(slide).toHaveAttribute('aria-label', `2 of ${n}`);
  await expect(carousel.locator(cw('.cw-gallery-count'))).toHaveText(`2 of ${n}`);
  await expect(slide.getByRole('img')).toHaveAttribute('alt', block.images[1]!.alt);
  await page.keyboard.press('Shift+Tab');
  expect(await focusedText(page)).toBe('Show previous image');
  await page.keyboard.press('Space');
  await page.keyboard.press('Space');
  // Wraps around: from the first to the last image.
  await expect(slide).toHaveAttribute('aria-label', `${n} of ${n}`);
  expect(await noPageOverflow(page)).toBe(true);
  await expectNoSeriousWcagViolations(page, 'carousel');

  // Full screen: a modal dialog, focus on Close, arrows move, Escape closes and focus returns.
  const open = carousel.getByRole('button', { name: 'View full screen' });
  await open.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: block.title });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await expect(dialog.locator(cw('.cw-gallery-count'))).toHaveText(`${n} of ${n}`);
  await page.keyboard.press('ArrowRight');
  await expect(dialog.locator(cw('.cw-gallery-count'))).toHaveText(`1 of ${n}`);
  await expect(dialog.getByRole('img')).toHaveAttribute('alt', block.images[0]!.alt);
  await page.keyboard.press('ArrowLeft');
  await expect(dialog.locator(cw('.cw-gallery-count'))).toHaveText(`${n} of ${n}`);
  // The page behind is inert: Tab stays among the dialog's buttons.
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
  }
  expect(await noPageOverflow(page)).toBe(true);
  await expectNoSeriousWcagViolations(page, 'gallery dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
});

test('gallery as a grid: each thumbnail opens the full-screen view at its image; Close returns focus', async ({
  page,
}) => {
  const grid = buildSamplePlayerPackage('html5', (tree) => {
    for (const m of tree.modules)
      for (const l of m.lessons) for (const b of l.blocks) if (b.type === 'gallery') b.layout = 'grid';
  });
  try {
    const { block, lessonTitle } = findBlock(grid.tree, 'gallery');
    await launchPlayer(page, grid.url, true);
    await openPlayerLesson(page, lessonTitle, 320);
    const thumbs = page.locator(cw('.cw-gallery-grid button'));
    await expect(thumbs).toHaveCount(block.images.length);
    await expect(page.getByRole('list', { name: block.title }).getByRole('listitem')).toHaveCount(block.images.length);
    await page.locator('main').focus();
    await tabTo(page, cw('.cw-gallery-grid li:nth-child(2) button'));
    await expect(thumbs.nth(1)).toHaveAccessibleName(`View full screen: ${block.images[1]!.alt}`);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('img')).toHaveAttribute('alt', block.images[1]!.alt);
    await expect(dialog.locator('figcaption')).toHaveText(block.images[1]!.caption);
    await page.keyboard.press('Enter'); // on Close
    await expect(dialog).toBeHidden();
    await expect(thumbs.nth(1)).toBeFocused();
    expect(await noPageOverflow(page)).toBe(true);
    await expectNoSeriousWcagViolations(page, 'gallery grid');
  } finally {
    grid.cleanup();
  }
});

test('labeled graphic: markers are disclosure buttons; opened markers survive a relaunch; all opened is complete', async ({
  page,
}) => {
  const { block, lessonTitle } = find('labeledGraphic');
  const n = block.markers.length;
  await launchPlayer(page, pkg.url, true);
  await openPlayerLesson(page, lessonTitle, 320);
  const graphic = page.locator(cw('.cw-lg'));
  await expect(graphic.locator(cw('.cw-lg-image img'))).toHaveAttribute('alt', block.alt);
  const markers = graphic.locator(cw('.cw-lg-marker'));
  await expect(markers).toHaveCount(n);
  await expect(graphic).toHaveAttribute('data-complete', 'false');
  const note = graphic.locator(cw('.cw-lg-note'));
  await expect(note).toBeHidden();

  await page.locator('main').focus();
  await tabTo(page, cw('.cw-lg-marker'));
  await expect(markers.first()).toHaveAccessibleName(`1. ${block.markers[0]!.title}`);
  await expect(markers.first()).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  await expect(markers.first()).toHaveAttribute('aria-expanded', 'true');
  await expect(markers.first()).toBeFocused();
  await expect(note).toBeVisible();
  await expect(note).toContainText(block.markers[0]!.title);
  await expect(note).toContainText(block.markers[0]!.text);
  await expect(page.getByRole('region', { name: block.markers[0]!.title })).toBeVisible();
  await expectNoSeriousWcagViolations(page, 'labeled graphic with a note open');
  // Escape closes the note and keeps focus on its marker.
  await page.keyboard.press('Escape');
  await expect(note).toBeHidden();
  await expect(markers.first()).toHaveAttribute('aria-expanded', 'false');
  await expect(markers.first()).toBeFocused();
  // The next marker; then into the note and its Close button, which returns to the marker.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(markers.nth(1)).toHaveAttribute('aria-expanded', 'true');
  await tabTo(page, cw('.cw-lg-note .cw-button'));
  await page.keyboard.press('Enter');
  await expect(markers.nth(1)).toBeFocused();
  await expect(graphic.locator(cw('.cw-lg-count'))).toHaveText(`2 of ${n} opened`);
  await expect(graphic).toHaveAttribute('data-complete', 'false');
  expect(await noPageOverflow(page)).toBe(true);

  await relaunch(page, lessonTitle);
  await expect(graphic.locator(cw('.cw-lg-count'))).toHaveText(`2 of ${n} opened`);
  await expect(markers.nth(0)).toHaveAttribute('data-seen', 'true');
  await expect(markers.nth(2)).toHaveAttribute('data-seen', 'false');
  await page.locator('main').focus();
  for (let i = 2; i < n; i++) {
    await tabTo(page, cw(`.cw-lg-marker[data-seen="false"]`));
    await page.keyboard.press('Enter');
    await expect(markers.nth(i)).toHaveAttribute('aria-expanded', 'true');
  }
  await expect(graphic).toHaveAttribute('data-complete', 'true');
  await relaunch(page, lessonTitle);
  await expect(graphic).toHaveAttribute('data-complete', 'true');
  await expect(graphic.locator(cw('.cw-lg-count'))).toHaveText(`${n} of ${n} opened`);
});

test('sorting: cards moved with the keyboard (and one dragged), checked with feedback, resumed after a relaunch', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const { block, lessonTitle } = find('sorting');
  const cards = sortingCards(block.piles);
  const home = new Map(cards.map((c) => [c.card.text, c.pile]));
  await launchPlayer(page, pkg.url, true);
  await openPlayerLesson(page, lessonTitle);
  const activity = page.getByRole('region', { name: block.prompt });
  const stack = activity.locator(cw('.cw-sort-stack'));
  const status = activity.getByRole('status');
  await expect(stack.locator(cw('.cw-sort-card'))).toHaveCount(cards.length);

  // One card by pointer: dragged onto its right pile.
  const first = stack.locator(cw('.cw-sort-card')).first();
  const firstText = (await first.locator('span').first().textContent())!;
  const target = activity.locator(cw(`.cw-sort-pile[data-pile="${home.get(firstText)}"]`));
  // Instant: the player scrolls smoothly unless the learner asks for reduced motion.
  await activity.evaluate((el) => el.scrollIntoView({ behavior: 'instant' }));
  const from = (await first.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + 10, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(target.locator(cw('.cw-sort-card'))).toContainText([firstText]);
  await expect(status).toContainText(`“${firstText}” moved to`);

  // The rest with the keyboard only: each card's "Move to" select; the last one on purpose into the wrong pile.
  let wrong = '';
  for (let left = cards.length - 1; left > 0; left--) {
    await page.locator('main').focus();
    await tabTo(page, cw('.cw-sort-stack select'));
    const text = await page.evaluate(
      (card) => document.activeElement?.closest(card)?.querySelector('span')?.textContent ?? '',
      cw('.cw-sort-card'),
    );
    let pile = home.get(text)!;
    if (left === 1) {
      pile = (pile + 1) % block.piles.length;
      wrong = text;
    }
    // One option at a time, each move awaited: the card (and the focus with it) moves after every change.
    // Focus follows the card into its pile (a new element, focused once drawn): awaited before the next key.
    for (let k = 0; k <= pile; k++) {
      await page.keyboard.press('ArrowDown');
      await expect(focusedCardIn(activity, k)).toContainText(text);
    }
    await expect(status).toHaveText(`“${text}” moved to ${block.piles[pile]!.label}.`);
  }
  await expect(stack.locator(cw('.cw-sort-card'))).toHaveCount(0);
  await expectNoSeriousWcagViolations(page, 'sorting');

  // Relaunch before checking: every card is where it was put.
  await relaunch(page, lessonTitle);
  await expect(stack.locator(cw('.cw-sort-card'))).toHaveCount(0);
  await expect(
    activity.locator(cw(`.cw-sort-pile[data-pile="${(home.get(wrong)! + 1) % block.piles.length}"]`)),
  ).toContainText(wrong);
  const button = activity.locator(cw('.cw-process-nav .cw-button'));
  await page.locator('main').focus();
  await tabTo(page, cw('.cw-sorting .cw-process-nav .cw-button'));
  await expect(button).toHaveText('Check');
  await page.keyboard.press('Enter');
  await expect(status).toHaveText(`${cards.length - 1} of ${cards.length} cards are in the right pile.`);
  await expect(activity).toHaveAttribute('data-checked', 'true');
  await expect(activity).toHaveAttribute('data-complete', 'false');
  await expect(activity.locator('[data-result="wrong"]')).toHaveCount(1);
  await expect(activity.locator('[data-result="wrong"]')).toContainText(
    `Belongs in ${block.piles[home.get(wrong)!]!.label}`,
  );
  await expect(activity.locator('[data-result="right"]')).toHaveCount(cards.length - 1);
  await expect(button).toBeFocused();
  await expectNoSeriousWcagViolations(page, 'sorting checked');

  // Try again: the wrong card goes back to the stack; sorted right, the activity is complete.
  await expect(button).toHaveText('Try again');
  await page.keyboard.press('Enter');
  await expect(stack.locator(cw('.cw-sort-card'))).toHaveCount(1);
  await page.locator('main').focus();
  await tabTo(page, cw('.cw-sort-stack select'));
  for (let k = 0; k <= home.get(wrong)!; k++) {
    await page.keyboard.press('ArrowDown');
    await expect(focusedCardIn(activity, k)).toContainText(wrong);
  }
  await tabTo(page, cw('.cw-sorting .cw-process-nav .cw-button'));
  await page.keyboard.press('Enter');
  await expect(status).toHaveText(`All ${cards.length} cards are in the right pile.`);
  await expect(activity).toHaveAttribute('data-complete', 'true');
  await expect(button).toHaveText('Sort again');

  await relaunch(page, lessonTitle);
  await expect(activity).toHaveAttribute('data-complete', 'true');
  await expect(activity.locator('[data-result="right"]')).toHaveCount(cards.length);
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await noPageOverflow(page)).toBe(true);
});

test.describe('sorting on a touch screen', () => {
  test.use({ hasTouch: true });

  test('a swipe on a card scrolls the page; a drag by its grip moves the card', async ({ page }) => {
    const { block, lessonTitle } = find('sorting');
    const cards = sortingCards(block.piles);
    const home = new Map(cards.map((c) => [c.card.text, c.pile]));
    await launchPlayer(page, pkg.url, true);
    await openPlayerLesson(page, lessonTitle, 390);
    // A phone-wide page tall enough to show the stack and both piles at once (the drop must land in the viewport).
    await page.setViewportSize({ width: 390, height: 1600 });
    const activity = page.getByRole('region', { name: block.prompt });
    const stack = activity.locator(cw('.cw-sort-stack .cw-sort-card'));
    const card = stack.first();
    const text = (await card.locator('span').textContent())!;
    const target = activity.locator(cw(`.cw-sort-pile[data-pile="${home.get(text)}"]`));
    await card.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
    // Real touch input (CDP touch events go through the browser's gesture handling, touch-action included).
    const cdp = await page.context().newCDPSession(page);
    const scrollY = () => page.evaluate(() => window.scrollY);
    /** A finger from `from` to `to`; returns how far the page scrolled while it moved (before it is lifted). */
    const touch = async (from: { x: number; y: number }, to: { x: number; y: number }) => {
      const start = await scrollY();
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
      for (let i = 1; i <= 10; i++)
        await cdp.send('Input.dispatchTouchEvent', {
          type: 'touchMove',
          touchPoints: [{ x: from.x + ((to.x - from.x) * i) / 10, y: from.y + ((to.y - from.y) * i) / 10 }],
        });
      const moved = (await scrollY()) - start;
      // The finger rests before it is lifted, so no fling keeps the page moving afterwards.
      await page.waitForTimeout(200);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      return moved;
    };
    /** Resolves once the page has stopped scrolling (two reads 100 ms apart agree). */
    const settled = async () => {
      let last = NaN;
      await expect
        .poll(
          async () => {
            const now = await scrollY();
            const same = now === last;
            last = now;
            return same;
          },
          { intervals: [100] },
        )
        .toBe(true);
    };
    const centre = async (el: typeof card) => {
      const b = (await el.boundingBox())!;
      return { x: Math.round(b.x + b.width / 2), y: Math.round(b.y + b.height / 2) };
    };

    // A swipe up on the card's text scrolls the page and leaves the card where it was.
    expect(await card.evaluate((el) => getComputedStyle(el).touchAction)).toBe('auto');
    const on = await centre(card.locator('span'));
    expect(await touch(on, { x: on.x, y: on.y - 150 })).toBeGreaterThan(50);
    await expect(stack).toHaveCount(cards.length);
    await expect(activity.getByRole('status')).toBeEmpty();

    // By the grip (touch-action: none), the same finger drags the card onto its pile and the page stays put.
    const grip = card.locator(cw('.cw-sort-grip'));
    expect(await grip.evaluate((el) => getComputedStyle(el).touchAction)).toBe('none');
    await settled();
    await activity.evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
    await settled();
    await expect(target).toBeInViewport({ ratio: 1 });
    expect(await touch(await centre(grip), await centre(target))).toBe(0);
    await expect(target.locator(cw('.cw-sort-card'))).toContainText([text]);
    await expect(activity.getByRole('status')).toContainText(`“${text}” moved to`);
  });
});
