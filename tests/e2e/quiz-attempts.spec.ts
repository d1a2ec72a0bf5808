import { expect, test, type Page } from '@playwright/test';
import type { ExportFormat } from '../../shared';
import { KeyboardLearner } from './support/lms-course-driver';
import { serveSampleExports, type ServedSamples } from './support/lms-export';
import { readHook, waitForHook } from './support/lms-hook';
import { standInUrl } from './support/lms-server';
import { setQuizSettings } from './support/patch-package';
import { cw } from './support/cw-class';

// The sample course exported, its quiz given two attempts (as an author would set it), played in the
// stand-in LMS page (scorm-again) with the keyboard: fail then retake and pass; fail every attempt.
const FORMATS = ['scorm12', 'scorm2004-4th'] as const satisfies readonly ExportFormat[];

let served: ServedSamples;
test.beforeAll(async () => {
  served = await serveSampleExports(FORMATS, ({ dir, pkg }) => setQuizSettings(dir, pkg, { maxAttempts: 2 }));
});
test.afterAll(() => served?.close());

async function openQuiz(page: Page, format: ExportFormat, state: string) {
  await page.goto(standInUrl(served.origin, { format, src: `/pkg-${format}/index.html`, state }));
  await waitForHook(page);
  const learner = new KeyboardLearner(page, page.frameLocator('#course-frame'));
  await learner.waitReady();
  const pkg = served.pkg(format);
  const quiz = pkg.course.modules.flatMap((m) => m.lessons).find((l) => l.kind === 'quiz')!;
  await learner.tabTo(learner.tocLink(quiz.title));
  await page.keyboard.press('Enter');
  await expect(learner.main).toHaveAttribute('data-lesson-id', quiz.id);
  return { learner, quiz };
}

const results = (learner: KeyboardLearner) => learner.main.locator(cw('.cw-quiz-results'));

test('scorm2004-4th: fail, retake with the keyboard, pass — never "failed" in between', async ({ page }) => {
  test.setTimeout(90_000);
  const { learner, quiz } = await openQuiz(page, 'scorm2004-4th', 'quiz-retake');
  await learner.submitQuiz(); // nothing answered: "Submit anyway"
  await expect(results(learner)).toHaveAttribute('data-result', 'failed');
  await expect(results(learner).getByRole('heading')).toHaveText('Not passed yet');
  await expect(results(learner)).toContainText('Attempt1 of 2');
  await expect.poll(async () => (await readHook(page)).values['cmi.completion_status']).toBe('incomplete');
  let { values } = await readHook(page);
  expect(values['cmi.success_status'] ?? 'unknown').toBe('unknown');
  expect(values['cmi.score.raw']).toBeUndefined();

  await learner.tabTo(results(learner).getByRole('button', { name: 'Retake quiz' }));
  await page.keyboard.press('Enter');
  await expect(learner.main.locator(cw('.cw-quiz'))).toHaveAttribute('data-quiz-attempt', '2');
  for (const b of quiz.blocks) if (b.type === 'question') await learner.answerCorrectly(b.question, true);
  await learner.submitQuiz();
  await expect(results(learner)).toHaveAttribute('data-result', 'passed');
  await expect
    .poll(async () => (await readHook(page)).values['cmi.success_status'], { timeout: 10_000 })
    .toBe('passed');
  ({ values } = await readHook(page));
  expect(values['cmi.score.raw']).toBe('100');
  expect(values['cmi.objectives.0.success_status']).toBe('passed');
  expect(values['cmi.interactions.0.id']).not.toMatch(/-a2$/);
  expect(Object.values(values)).toEqual(expect.arrayContaining([expect.stringMatching(/-a2$/)]));
});

test('scorm12: fail every attempt — a final "failed", the next steps, and no locked "In progress"', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const { learner } = await openQuiz(page, 'scorm12', 'quiz-fail-all');
  await learner.submitQuiz();
  await expect(results(learner)).toHaveAttribute('data-result', 'failed');
  await expect.poll(async () => (await readHook(page)).values['cmi.core.lesson_status']).toBe('incomplete');
  await learner.tabTo(results(learner).getByRole('button', { name: 'Retake quiz' }));
  await page.keyboard.press('Enter');
  await learner.submitQuiz();
  await expect(results(learner).getByRole('heading')).toHaveText('You did not pass the quiz');
  await expect(results(learner)).toContainText('You have used all 2 attempts');
  await expect(results(learner)).toContainText('What next');
  await expect(results(learner).getByRole('button', { name: 'Retake quiz' })).toHaveCount(0);
  await expect
    .poll(async () => (await readHook(page)).values['cmi.core.lesson_status'], { timeout: 10_000 })
    .toBe('failed');
  const { values } = await readHook(page);
  expect(values['cmi.core.score.raw']).toBeTruthy();
  // The summary tells the same final story: finished, not passed — never "In progress".
  await learner.tabTo(learner.tocLink('Summary'));
  await page.keyboard.press('Enter');
  await expect(learner.main).toHaveAttribute('data-lesson-id', 'summary');
  await expect(learner.main).toContainText('Finished, not passed');
  await expect(learner.main).not.toContainText('In progress');
});
