import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { THEME_IDS, THEME_VARIANTS, THEMES, type ThemeId, type ThemeVariant } from '../../shared/core/themes';
import { buildSamplePlayerPackage, findBlock, type PlayerPackage } from './support/player-package';
import { answerCorrectly, lessonQuestions, tabTo } from './support/player-keyboard';
import { cw } from './support/cw-class';

const COVER_ALT = 'A clock beside a calendar';
const HEADER_ALT = 'Learners at different hours of the day';

/**
 * The sample with its cover page (the test fixture turns it off for specs about lessons) and a header image on its
 * first lesson, in a theme.
 */
function coverPackage(name: ThemeId = 'clean', variant: ThemeVariant = 'light'): PlayerPackage {
  return buildSamplePlayerPackage('html5', (tree) => {
    tree.settings.cover = {
      enabled: true,
      subtitle: 'Design self-paced courses that learners finish',
      imageAssetId: findBlock(tree, 'image').block.assetId,
      imageAlt: COVER_ALT,
      imageDecorative: false,
    };
    tree.modules[0]!.lessons[0]!.header = {
      imageAssetId: tree.settings.cover.imageAssetId,
      color: null,
      imageAlt: HEADER_ALT,
      imageDecorative: false,
    };
    tree.settings.theme = { ...tree.settings.theme, name, variant };
  });
}

async function ready(page: Page): Promise<void> {
  await expect(page.locator('#app')).toHaveAttribute('data-state', 'ready');
}

test('cover first; Start opens lesson 1; after answering and a relaunch, Resume returns to the bookmark (keyboard only)', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const pkg = coverPackage();
  try {
    const lessons = pkg.tree.modules.flatMap((m) => m.lessons);
    await page.goto(pkg.url);
    await ready(page);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await ready(page);

    const main = page.locator('main');
    await expect(main).toHaveAttribute('data-lesson-id', 'cover');
    await expect(page.locator('h1')).toHaveText(pkg.tree.title);
    await expect(main).toContainText('Design self-paced courses that learners finish');
    await expect(main.locator(cw('img.cw-cover-image'))).toBeVisible();
    await expect(main.locator(cw('img.cw-cover-image'))).toHaveAttribute('alt', COVER_ALT);
    expect(
      await main.locator(cw('img.cw-cover-image')).evaluate((img: HTMLImageElement) => img.naturalWidth),
    ).toBeGreaterThan(0);
    await expect(main.locator(cw('.cw-cover-meta'))).toHaveText(
      new RegExp(`^${lessons.length} lessons · about ${pkg.pkg.estimatedMinutes} min$`),
    );
    await expect(main.locator(cw('.cw-cover ol li'))).toHaveText(lessons.map((l) => l.title));
    // Opening the cover creates no bookmark: relaunched before starting, it still offers Start.
    await page.reload();
    await ready(page);
    await expect(main).toHaveAttribute('data-lesson-id', 'cover');
    await tabTo(page, 'button[data-action=start]');
    await expect(page.locator(':focus')).toHaveText('Start');
    await page.keyboard.press('Enter');
    await expect(main).toHaveAttribute('data-lesson-id', lessons[0]!.id);
    await expect(page.locator('h1')).toBeFocused();
    await expect(main.locator(cw('img.cw-lesson-banner'))).toHaveAttribute('alt', HEADER_ALT);

    // On to the first lesson with a knowledge check, by keyboard, and answer it.
    const target = lessons.findIndex((l) => l.kind === 'content' && lessonQuestions(l).length > 0);
    expect(target).toBeGreaterThan(0);
    for (let i = 0; i < target; i++) {
      await tabTo(page, cw('.cw-pager button.cw-button-primary'));
      await page.keyboard.press('Enter');
      await expect(main).toHaveAttribute('data-lesson-id', lessons[i + 1]!.id);
    }
    const question = lessonQuestions(lessons[target]!)[0]!;
    await answerCorrectly(page, question);
    await expect(page.locator(`section[data-question-id="${question.id}"] [role=status]`)).not.toBeEmpty();

    // Relaunch: the cover again, now offering Resume, which opens the bookmarked lesson with its answer.
    await page.reload();
    await ready(page);
    await expect(main).toHaveAttribute('data-lesson-id', 'cover');
    await tabTo(page, 'button[data-action=start]');
    await expect(page.locator(':focus')).toHaveText('Resume');
    await page.keyboard.press('Enter');
    await expect(main).toHaveAttribute('data-lesson-id', lessons[target]!.id);
    await expect(page.locator(`section[data-question-id="${question.id}"] [role=status]`)).not.toBeEmpty();
  } finally {
    pkg.cleanup();
  }
});

async function expectAxeClean(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `axe on ${where}`,
  ).toEqual([]);
}

for (const name of THEME_IDS) {
  for (const variant of THEME_VARIANTS) {
    test(`theme ${name} ${variant}: cover, a lesson and question feedback are axe clean at 320 px`, async ({
      page,
    }) => {
      test.setTimeout(90_000);
      const pkg = coverPackage(name, variant);
      try {
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await page.setViewportSize({ width: 320, height: 740 });
        await page.goto(pkg.url);
        await ready(page);
        // The theme is applied: the page background and the heading font weight come from its descriptor.
        const palette = THEMES[name][variant];
        const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        const hex = palette.bg.match(/[0-9a-f]{2}/g)!.map((h) => parseInt(h, 16));
        expect(bg).toBe(`rgb(${hex.join(', ')})`);
        expect(await page.locator('h1').evaluate((h) => getComputedStyle(h).fontWeight)).toBe(
          String(THEMES[name].headingWeight),
        );
        await expectAxeClean(page, `${name} ${variant} cover`);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, 'horizontal scroll on the cover at 320 px').toBeLessThanOrEqual(0);

        await page.locator('button[data-action=start]').click();
        // A lesson with a knowledge check: one wrong answer shows the incorrect feedback colours.
        const lessons = pkg.tree.modules.flatMap((m) => m.lessons);
        const target = lessons.find((l) => l.kind === 'content' && lessonQuestions(l).length > 0)!;
        await page.getByRole('button', { name: 'Contents' }).click();
        await page.locator(cw(`.cw-toc-link[href="#lesson-${target.id}"]`)).click();
        await expect(page.locator('main')).toHaveAttribute('data-lesson-id', target.id);
        const question = page.locator('section[data-question-id]').first();
        await question.getByRole('button', { name: 'Check answer' }).click();
        await expect(question.getByRole('status')).not.toBeEmpty();
        await expectAxeClean(page, `${name} ${variant} lesson "${target.title}" with feedback`);
        await answerCorrectly(page, lessonQuestions(target)[0]!);
        await expectAxeClean(page, `${name} ${variant} lesson "${target.title}" answered correctly`);
      } finally {
        pkg.cleanup();
      }
    });
  }
}
