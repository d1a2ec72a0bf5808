import { contrastRatio, themeBrand, THEMES } from '../../shared/core/themes';
import { expect, test } from '@playwright/test';
import { buildSamplePlayerPackage } from './support/player-package';
import { cw } from './support/cw-class';

test('a SCORM package opened without an LMS falls back to browser storage with a discreet notice', async ({ page }) => {
  const pkg = buildSamplePlayerPackage('scorm2004-3rd');
  try {
    await page.goto(pkg.url);
    await expect(page.locator('#app')).toHaveAttribute('data-state', 'ready');
    await expect(page.locator(cw('.cw-notice'))).toContainText('saved in this browser');
    expect(
      await page.evaluate(
        () => (window as unknown as { __COURSEWRIGHT_PLAYER__: { lms: string } }).__COURSEWRIGHT_PLAYER__.lms,
      ),
    ).toBe('standalone');
  } finally {
    pkg.cleanup();
  }
});

test('linear navigation locks lessons until the previous one is viewed and its questions answered', async ({
  page,
}) => {
  const pkg = buildSamplePlayerPackage('html5', (tree) => {
    tree.settings.navigation = 'linear';
    tree.settings.theme.brandColor = '#ffeb3b'; // too light on a white page: the theme darkens it (3:1)
  });
  try {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(pkg.url);
    await expect(page.locator('#app')).toHaveAttribute('data-state', 'ready');
    const lessons = pkg.tree.modules.flatMap((m) => m.lessons);
    const toc = page.getByRole('navigation', { name: 'Course contents' });
    await expect(toc.locator('[aria-disabled="true"]')).toHaveCount(lessons.length - 2);
    await expect(toc.getByRole('link', { name: new RegExp(lessons[2]!.title) })).toHaveCount(0);
    await page.getByRole('button', { name: /^Next/ }).click();
    await expect(page.locator('h1')).toHaveText(lessons[1]!.title);
    const next = page.getByRole('button', { name: /^Next/ });
    await expect(next).toBeDisabled();
    await expect(page.locator(cw('#cw-gate-hint'))).toHaveText('Answer the questions in this lesson to continue.');
    const questions = page.locator('section[data-question-id]');
    for (let i = 0; i < (await questions.count()); i++) {
      const q = questions.nth(i);
      const text = q.getByRole('textbox');
      if ((await text.count()) > 0) await text.fill('x');
      else await q.locator('input').first().check();
      await q.getByRole('button', { name: 'Check answer' }).click();
    }
    await expect(next).toBeEnabled();
    await next.click();
    await expect(page.locator('h1')).toHaveText(lessons[2]!.title);
    const header = await page.evaluate((selector) => {
      const style = getComputedStyle(document.querySelector(selector)!);
      return { bg: style.backgroundColor, text: style.color };
    }, cw('.cw-header'));
    const used = themeBrand('#ffeb3b', THEMES.clean.light);
    expect(used.adjusted).toBe(true);
    const rgb = (hex: string) =>
      `rgb(${hex
        .match(/[0-9a-f]{2}/g)!
        .map((h) => parseInt(h, 16))
        .join(', ')})`;
    expect(header).toEqual({ bg: rgb(used.color), text: rgb(used.onBrand) });
    expect(contrastRatio(used.color, used.onBrand)).toBeGreaterThanOrEqual(4.5);
  } finally {
    pkg.cleanup();
  }
});
