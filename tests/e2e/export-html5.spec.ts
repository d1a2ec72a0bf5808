import { expect, test } from '@playwright/test';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { KeyboardLearner } from './support/lms-course-driver';
import { createSampleExporter, type ExportedSample, type SampleExporter } from './support/lms-export';
import { cw } from './support/cw-class';

// The HTML5 export opened straight from disk (file://), as a learner would after unzipping it:
// it must run without any server or LMS and keep progress in localStorage across reloads.
let exporter: SampleExporter;
let exported: ExportedSample;

test.beforeAll(() => {
  exporter = createSampleExporter();
  exported = exporter.exportSample('html5');
});
test.afterAll(() => exporter?.cleanup());

test('html5 from file://: keyboard progress survives a reload', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const url = pathToFileURL(path.join(exported.dir, 'index.html')).href;
  await page.goto(url);
  const learner = new KeyboardLearner(page, page);
  await learner.waitReady();
  expect(
    await page.evaluate(() => (window as { __COURSEWRIGHT_PLAYER__?: { lms: string } }).__COURSEWRIGHT_PLAYER__?.lms),
  ).toBe('standalone');
  await expect(page.locator(cw('.cw-notice'))).toHaveCount(0);

  // Complete the first two lessons (their knowledge checks answered), landing on the third.
  const lessons = exported.pkg.course.modules.flatMap((m) => m.lessons);
  await learner.completeLesson(lessons[0]!, false);
  await learner.completeLesson(lessons[1]!, false);
  await expect(learner.main).toHaveAttribute('data-lesson-id', lessons[2]!.id);
  const progressText = await page.locator(cw('.cw-header-progress')).innerText();
  expect(progressText).toMatch(/^[1-9]\d*% complete$/);
  const checked = lessons.slice(0, 2).find((l) => l.blocks.some((b) => b.type === 'question'));
  const answered = checked?.blocks.find((b) => b.type === 'question');
  if (!checked || answered?.type !== 'question')
    throw new Error('the sample course should start with a knowledge check');

  await page.reload();
  await learner.waitReady();
  await expect(learner.main).toHaveAttribute('data-lesson-id', lessons[2]!.id);
  await expect(page.locator(cw('.cw-header-progress'))).toHaveText(progressText);
  expect(await page.evaluate(() => Object.keys(localStorage).length)).toBeGreaterThan(0);

  {
    // Back to that lesson with the keyboard: its answer is still there.
    await learner.tabTo(learner.tocLink(checked.title));
    await page.keyboard.press('Enter');
    await expect(learner.main).toHaveAttribute('data-lesson-id', checked.id);
    await expect(learner.question(answered.question).getByRole('status')).toContainText('Correct.');
  }
  expect(errors).toEqual([]);
});
