import { expect, test, type Page } from '@playwright/test';
import type { ExportFormat, Question } from '../../shared';
import { blanksOf } from '../../shared/core/question-kinds';
import type { ApiCall } from '../../renderer/lms-stand-in/runtime';
import { KeyboardLearner } from './support/lms-course-driver';
import { serveSampleExports, type ServedSamples } from './support/lms-export';
import { countCalls, readHook, waitForHook } from './support/lms-hook';
import { standInUrl } from './support/lms-server';
import { cw } from './support/cw-class';

// Each SCORM export of the sample course, unzipped and launched in the stand-in LMS page (scorm-again),
// completed with the keyboard only, then closed and relaunched from the stored data.
const FORMATS = ['scorm12', 'scorm2004-3rd', 'scorm2004-4th'] as const satisfies readonly ExportFormat[];
const EXPECTED_TYPES = [
  'choice',
  'choice',
  'true-false',
  'fill-in',
  'matching',
  'sequencing',
  'numeric',
  'fill-in',
  'matching',
  'choice',
  'likert',
];

// The four tests are independent (fresh browser context each): let both workers take them.
test.describe.configure({ mode: 'parallel' });

let served: ServedSamples;
test.beforeAll(async () => {
  served = await serveSampleExports(FORMATS);
});
test.afterAll(() => served?.close());

async function launch(page: Page, format: ExportFormat, state = `e2e-${format}`): Promise<KeyboardLearner> {
  await page.goto(standInUrl(served.origin, { format, src: `/pkg-${format}/index.html`, state }));
  await waitForHook(page);
  const learner = new KeyboardLearner(page, page.frameLocator('#course-frame'));
  await learner.waitReady();
  return learner;
}

for (const format of FORMATS) {
  test(`${format}: completed by keyboard, reported to the LMS, resumed after relaunch`, async ({ page }) => {
    test.setTimeout(90_000);
    const pkg = served.pkg(format);
    const is12 = format === 'scorm12';
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    const learner = await launch(page, format);
    const t0 = Date.now();
    await learner.completeCourse(pkg);
    console.log(`${format}: completed in ${Date.now() - t0} ms with ${learner.tabs} Tab presses`);

    // The player commits after a short debounce: wait for the final status to reach the LMS.
    const statusKey = is12 ? 'cmi.core.lesson_status' : 'cmi.success_status';
    await expect.poll(async () => (await readHook(page)).stored?.session.commit ?? 0).toBeGreaterThan(0);
    await expect.poll(async () => (await readHook(page)).values[statusKey], { timeout: 10_000 }).toBe('passed');
    const { values, calls } = await readHook(page);
    if (is12) {
      expect(values['cmi.core.score.raw']).toBe('100');
      expect(values['cmi.core.score.min']).toBe('0');
      expect(values['cmi.core.score.max']).toBe('100');
      expect(values['cmi.core.exit']).toBe('');
    } else {
      expect(values['cmi.completion_status']).toBe('completed');
      expect(values['cmi.score.scaled']).toBe('1');
      expect(values['cmi.score.raw']).toBe('100');
      expect(values['cmi.score.max']).toBe('100');
    }
    const interactions = EXPECTED_TYPES.map((_, n) => ({
      id: values[`cmi.interactions.${n}.id`],
      type: values[`cmi.interactions.${n}.type`],
      response: values[`cmi.interactions.${n}.${is12 ? 'student_response' : 'learner_response'}`],
      result: values[`cmi.interactions.${n}.result`],
    }));
    expect(values[`cmi.interactions.${EXPECTED_TYPES.length}.id`]).toBeUndefined();
    expect(interactions.map((i) => i.type)).toEqual(EXPECTED_TYPES);
    expect(new Set(interactions.map((i) => i.id)).size).toBe(EXPECTED_TYPES.length);
    for (const i of interactions) {
      expect(i.id).toMatch(/^[A-Za-z0-9_.:-]+$/);
      expect(i.response).toBeTruthy();
      // The survey (Likert) is never right or wrong.
      expect(i.result).toBe(i.type === 'likert' ? 'neutral' : 'correct');
    }
    // The learner's (correct) responses in each standard's notation, derived from the package's quiz.
    const quizQuestions = pkg.course.modules
      .flatMap((m) => m.lessons)
      .filter((l) => l.kind === 'quiz')
      .flatMap((l) => l.blocks.flatMap((b) => (b.type === 'question' ? [b.question] : [])));
    expect(interactions.map((i) => i.response)).toEqual(quizQuestions.map((q) => correctResponse(q, is12)));
    expect(countCalls(calls, 'Initialize')).toBe(1);
    // 403 on GetValue is SCORM 2004's "value not initialized" (e.g. no score yet on a first launch): not a failure.
    const isFailure = (c: ApiCall) => c.errorCode !== '0' && !(c.kind === 'GetValue' && c.errorCode === '403');
    expect(calls.filter(isFailure)).toEqual([]);
    const bookmark = values[is12 ? 'cmi.core.lesson_location' : 'cmi.location'];
    expect(bookmark).toBeTruthy();

    // Close: navigating away fires pagehide; the player terminates exactly once.
    await page.goto('about:blank');
    const relaunched = await launch(page, format);
    const { restored } = await readHook(page);
    expect(restored?.session).toMatchObject({ initialize: 1, terminate: 1, afterTerminate: 0 });
    expect(restored?.terminated).toBe(true);

    // Resumes at the bookmark, with the quiz result shown.
    await expect(relaunched.main).toHaveAttribute('data-lesson-id', bookmark!);
    const quiz = pkg.course.modules.flatMap((m) => m.lessons).find((l) => l.kind === 'quiz')!;
    if (bookmark !== quiz.id) {
      await relaunched.tabTo(relaunched.tocLink(quiz.title));
      await page.keyboard.press('Enter');
    }
    // The submitted attempt comes back as its results page.
    const results = relaunched.main.locator(cw('.cw-quiz-results'));
    await expect(results).toHaveAttribute('data-result', 'passed');
    await expect(results.locator('[data-score]')).toHaveAttribute('data-score', '100');
    await expect(page.frameLocator('#course-frame').locator(cw('.cw-header-progress'))).toHaveText('Completed');
    expect(errors).toEqual([]);
  });
}

/** SCORM 1.2 CMIFeedback / SCORM 2004 response pattern of the right answer (choices and items as letters a, b, …). */
function correctResponse(q: Question, is12: boolean): string {
  const list = is12 ? ',' : '[,]';
  const pair = is12 ? '.' : '[.]';
  const letter = (i: number) => String.fromCharCode(97 + i);
  switch (q.kind) {
    case 'singleChoice':
      return letter(q.choices.findIndex((c) => c.id === q.correctChoiceId));
    case 'multipleResponse':
      return q.choices.flatMap((c, i) => (q.correctChoiceIds.includes(c.id) ? [letter(i)] : [])).join(list);
    case 'trueFalse':
      return is12 ? (q.correct ? 't' : 'f') : String(q.correct);
    case 'textEntry':
      return q.acceptedAnswers[0] ?? '';
    case 'matching':
      return q.pairs.map((_, i) => `${i}${pair}${letter(i)}`).join(list);
    case 'ordering':
      return q.items.map((_, i) => letter(i)).join(list);
    case 'numeric':
      return String(q.match === 'range' ? q.min : q.answer);
    case 'fillBlanks':
      return blanksOf(q.text)
        .map((b) => b.answers[0] ?? '')
        .join(list);
    case 'categorize':
      return q.items
        .map((it, i) => `${i}${pair}${letter(q.categories.findIndex((c) => c.id === it.categoryId))}`)
        .join(list);
    case 'hotspot':
      return q.regions.flatMap((r, i) => (q.correctRegionIds.includes(r.id) ? [letter(i)] : [])).join(list);
    case 'likert':
      return letter(0); // the keyboard learner picks the first point of the scale
  }
}

test('scorm12: closed mid-course, it suspends and resumes at the bookmark (entry = resume)', async ({ page }) => {
  const pkg = served.pkg('scorm12');
  const lessons = pkg.course.modules.flatMap((m) => m.lessons);
  const learner = await launch(page, 'scorm12', 'e2e-scorm12-suspend');
  await learner.completeLesson(lessons[0]!, false);
  await learner.completeLesson(lessons[1]!, false);
  await expect(learner.main).toHaveAttribute('data-lesson-id', lessons[2]!.id);

  await page.goto('about:blank');
  const again = await launch(page, 'scorm12', 'e2e-scorm12-suspend');
  const { restored, calls } = await readHook(page);
  const cmi = restored?.cmi as { core?: Record<string, string>; suspend_data?: string };
  expect(cmi.core?.exit).toBe('suspend');
  expect(cmi.core?.lesson_status).toBe('incomplete');
  expect(cmi.core?.lesson_location).toBe(lessons[2]!.id);
  expect(cmi.suspend_data?.length).toBeGreaterThan(0);
  expect(restored?.session).toMatchObject({ initialize: 1, terminate: 1, afterTerminate: 0 });
  expect(calls.find((c) => c.element === 'cmi.core.entry')?.result).toBe('resume');

  await expect(again.main).toHaveAttribute('data-lesson-id', lessons[2]!.id);
  const checked = lessons.slice(0, 2).find((l) => l.blocks.some((b) => b.type === 'question'))!;
  const block = checked.blocks.find((b) => b.type === 'question');
  if (block?.type !== 'question') throw new Error('the sample course should start with a knowledge check');
  await again.tabTo(again.tocLink(checked.title));
  await page.keyboard.press('Enter');
  await expect(again.question(block.question).getByRole('status')).toContainText('Correct.');
});
