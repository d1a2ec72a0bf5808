import { expect, test } from '@playwright/test';
import { buildSamplePlayerPackage, type PlayerPackage } from './support/player-package';
import { answerCorrectly, lessonQuestions, pressContinues, submitQuiz, tabTo } from './support/player-keyboard';
import { cw } from './support/cw-class';

let pkg: PlayerPackage;
test.beforeAll(() => {
  pkg = buildSamplePlayerPackage('html5');
});
test.afterAll(() => pkg.cleanup());

for (const width of [320, 1280]) {
  test(`keyboard only at ${width} px: skip link, every lesson, the quiz, the summary, then resume`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height: 800 });
    await page.goto(pkg.url);
    await expect(page.locator('#app')).toHaveAttribute('data-state', 'ready');
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(page.locator('#app')).toHaveAttribute('data-state', 'ready');

    // The first Tab reaches the skip link, which moves focus into main.
    await page.keyboard.press('Tab');
    await expect(page.locator(cw('.cw-skip'))).toBeFocused();
    await expect(page.locator(cw('.cw-skip'))).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();

    const lessons = pkg.tree.modules.flatMap((m) => m.lessons);
    for (const [i, lesson] of lessons.entries()) {
      await expect(page.locator('h1')).toHaveText(lesson.title);
      await expect(page.locator('main')).toHaveAttribute('data-lesson-id', lesson.id);
      if (lesson.kind === 'quiz') {
        for (const q of lessonQuestions(lesson)) await answerCorrectly(page, q);
        await submitQuiz(page);
        await expect(page.locator(cw('.cw-quiz-results'))).toHaveAttribute('data-result', 'passed');
      } else await pressContinues(page, lesson);
      const isLast = i === lessons.length - 1;
      await tabTo(page, cw('.cw-pager button.cw-button-primary'));
      await expect(page.locator(':focus')).toHaveText(isLast ? /^Finish/ : /^Next/);
      // Visible focus indicator.
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
      expect(outline).not.toBe('none');
      await page.keyboard.press('Enter');
      // Focus moves to the new view's heading.
      await expect(page.locator('h1')).toBeFocused();
    }
    await expect(page.locator('h1')).toHaveText('Course complete');
    await expect(page.locator(cw('.cw-summary'))).toContainText('100%');
    await expect(page.locator(cw('.cw-summary'))).toContainText('Passed');

    const stored = await page.evaluate(
      (id) => JSON.parse(localStorage.getItem(`coursewright:progress:${id}`) ?? 'null'),
      pkg.pkg.packageId,
    );
    expect(stored).toMatchObject({ completion: 'completed', success: 'passed', score: { raw: 100, min: 0, max: 100 } });

    // Back to the quiz with the keyboard (Previous), then reload: resume at the bookmark with the result.
    await tabTo(page, width < 900 ? cw('.cw-toc-toggle') : cw('.cw-toc-link[href^="#lesson-"]'));
    if (width < 900) {
      await page.keyboard.press('Enter');
      await expect(page.locator(cw('.cw-toc-toggle'))).toHaveAttribute('aria-expanded', 'true');
    }
    const quiz = lessons.at(-1)!;
    await tabTo(page, cw(`.cw-toc-link[href="#lesson-${quiz.id}"]`));
    await page.keyboard.press('Enter');
    await expect(page.locator('h1')).toHaveText(quiz.title);
    await page.reload();
    await expect(page.locator('#app')).toHaveAttribute('data-state', 'ready');
    await expect(page.locator('h1')).toHaveText(quiz.title);
    await expect(page.locator(cw('.cw-quiz-results'))).toHaveAttribute('data-result', 'passed');
    // The review shows every submitted answer as correct (the survey question just thanks the learner).
    await tabTo(page, cw('.cw-quiz-results button[aria-controls="cw-quiz-review"]'));
    await page.keyboard.press('Enter');
    const questions = lessonQuestions(quiz);
    const statuses = page.locator(cw('#cw-quiz-review section[data-question-id] [role=status]'));
    await expect(statuses).toHaveCount(questions.length);
    for (const block of questions)
      await expect(
        page.locator(cw(`#cw-quiz-review section[data-question-id="${block.id}"] [role=status]`)),
      ).toContainText(block.question.kind === 'likert' ? 'Thank you' : 'Correct.');
    await expect(page.getByRole('button', { name: 'Check answer' })).toHaveCount(0);
  });
}
