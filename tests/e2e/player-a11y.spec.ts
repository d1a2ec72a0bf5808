import { expect, test, type Page } from '@playwright/test';
import { buildSamplePlayerPackage, type PlayerPackage } from './support/player-package';
import { expectNoSeriousWcagViolations } from './support/lms-axe';
import { cw } from './support/cw-class';

// axe-core on every lesson of the sample course, at phone and desktop widths, with reduced motion.
let pkg: PlayerPackage;
test.beforeAll(() => {
  pkg = buildSamplePlayerPackage('html5');
});
test.afterAll(() => pkg.cleanup());

async function expectNoHorizontalScroll(page: Page, where: string): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `horizontal overflow on ${where}`).toBeLessThanOrEqual(0);
}

for (const width of [320, 1280]) {
  test(`no serious or critical axe violation on any lesson at ${width} px (reduced motion)`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize({ width, height: 800 });
    await page.goto(pkg.url);
    await expect(page.locator('#app')).toHaveAttribute('data-state', 'ready');
    const lessons = pkg.tree.modules.flatMap((m) => m.lessons);
    for (const [i, lesson] of lessons.entries()) {
      await expect(page.locator('h1')).toHaveText(lesson.title);
      // Reveal what Continue buttons hide, so it is checked too.
      for (const b of lesson.blocks) if (b.type === 'continue') await page.locator(cw('.cw-continue button')).click();
      // Show question feedback too: answer the first question of the lesson (any answer).
      const question = page.locator('section[data-question-id]').first();
      const submitQuiz = page.locator('button[data-action="submit-quiz"]');
      if ((await submitQuiz.count()) > 0) {
        // A quiz: check the attempt page, then submit (and confirm) to check the results with the review open.
        await expectNoSeriousWcagViolations(page, `quiz attempt "${lesson.title}" at ${width} px`);
        await submitQuiz.click();
        await submitQuiz.click(); // "Submit anyway"
        await page.getByRole('button', { name: 'Review answers' }).click();
        await expect(page.locator(cw('#cw-quiz-review [role=status]')).first()).not.toBeEmpty();
      } else if ((await question.count()) > 0) {
        await question.getByRole('button', { name: 'Check answer' }).click();
        await expect(question.getByRole('status')).not.toBeEmpty();
      }
      await expectNoSeriousWcagViolations(page, `lesson ${i + 1} "${lesson.title}" at ${width} px`);
      await expectNoHorizontalScroll(page, `lesson ${i + 1} at ${width} px`);
      await page.getByRole('button', { name: i + 1 < lessons.length ? /^Next/ : /^Finish/ }).click();
    }
    await expect(page.locator('main')).toHaveAttribute('data-lesson-id', 'summary');
    await expectNoSeriousWcagViolations(page, `summary at ${width} px`);
    if (width < 900) {
      // The collapsed table of contents, opened.
      const toggle = page.getByRole('button', { name: 'Contents' });
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await toggle.click();
      await expect(page.getByRole('button', { name: 'Hide contents' })).toHaveAttribute('aria-expanded', 'true');
      await expect(page.getByRole('navigation', { name: 'Course contents' })).toBeVisible();
      await expectNoSeriousWcagViolations(page, `open contents at ${width} px`);
    }
  });
}

test('reduced motion disables transitions and smooth scrolling', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(pkg.url);
  await expect(page.locator('#app')).toHaveAttribute('data-state', 'ready');
  const styles = await page.evaluate((selector) => {
    const button = document.querySelector(selector) as HTMLElement;
    return {
      scroll: getComputedStyle(document.documentElement).scrollBehavior,
      transition: getComputedStyle(button).transitionDuration,
    };
  }, cw('.cw-button'));
  expect(styles.scroll).toBe('auto');
  expect(styles.transition.split(',').every((d) => parseFloat(d) < 0.001)).toBe(true);
});
