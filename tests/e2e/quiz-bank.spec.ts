import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import type { CoursePackage } from '../../shared';
import { KeyboardLearner } from './support/lms-course-driver';
import { createSampleExporter, type SampleExporter } from './support/lms-export';
import { readHook, waitForHook } from './support/lms-hook';
import { REPO_ROOT, startLmsServer, standInUrl, type LmsServer } from './support/lms-server';
import { setBankDraw } from './support/patch-package';
import { cw } from './support/cw-class';

// The sample course exported for SCORM 2004, its quiz drawing 4 of its questions per attempt from a bank pool (the
// first always included), played in the stand-in LMS page (scorm-again): closed mid-attempt and relaunched, it
// shows the same questions in the same order with the answer given.
let exporter: SampleExporter;
let server: LmsServer;
let pkg: CoursePackage;

test.beforeAll(async () => {
  exporter = createSampleExporter();
  const { dir, pkg: exported } = exporter.exportSample('scorm2004-4th');
  pkg = setBankDraw(dir, exported, 4, 1);
  server = await startLmsServer({ '/lms': path.join(REPO_ROOT, 'out/lms'), '/pkg': dir });
});
test.afterAll(async () => {
  await server?.close();
  exporter?.cleanup();
});

const quizLesson = () => pkg.course.modules.flatMap((m) => m.lessons).find((l) => l.quiz?.draw)!;

async function openQuiz(page: Page) {
  await page.goto(standInUrl(server.origin, { format: 'scorm2004-4th', src: '/pkg/index.html', state: 'quiz-bank' }));
  await waitForHook(page);
  const learner = new KeyboardLearner(page, page.frameLocator('#course-frame'));
  await learner.waitReady();
  await learner.tabTo(learner.tocLink(quizLesson().title));
  await page.keyboard.press('Enter');
  await expect(learner.main).toHaveAttribute('data-lesson-id', quizLesson().id);
  return learner;
}
const shownIds = (learner: KeyboardLearner) =>
  learner.main
    .locator(cw('.cw-quiz section[data-question-id]'))
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-question-id')));

test('draws from the bank; a relaunch mid-attempt shows the same questions in the same order', async ({ page }) => {
  test.setTimeout(90_000);
  const pool = quizLesson().pool!;
  const learner = await openQuiz(page);
  const first = await shownIds(learner);
  expect(first).toHaveLength(4);
  expect(first).toContain(pool[0]!.id);
  for (const id of first) expect(pool.map((b) => b.id)).toContain(id);
  await expect(learner.main.locator(cw('.cw-quiz-meta'))).toContainText('4 questions');

  // Answer the first shown question, let it reach the LMS, then leave mid-attempt.
  const answered = pool.find((b) => b.id === first[0])!;
  await learner.answerCorrectly(answered.question, true);
  await expect
    .poll(async () => (await readHook(page)).values['cmi.suspend_data'] ?? '', { timeout: 10_000 })
    .toMatch(/^4~/);
  await page.goto('about:blank');

  const again = await openQuiz(page);
  const { calls } = await readHook(page);
  expect(calls.find((c) => c.element === 'cmi.entry')?.result).toBe('resume');
  expect(await shownIds(again)).toEqual(first);
  await expect(again.main.locator(cw('.cw-quiz'))).toHaveAttribute('data-quiz-attempt', '1');
  // The answer given before the relaunch counts: one right answer out of the drawn scored questions.
  await again.submitQuiz();
  const results = again.main.locator(cw('.cw-quiz-results'));
  await expect(results).toHaveAttribute('data-result', 'failed');
  const scored = first.filter((id) => pool.find((b) => b.id === id)!.question.kind !== 'likert').length;
  const expected = answered.question.kind === 'likert' ? 0 : Math.round(10000 / scored) / 100;
  await expect(results.locator('[data-score]')).toHaveAttribute('data-score', String(expected));
  // Reported: the drawn questions that have a response, under their pool ids: the one answered, and any ordering
  // question (it starts with an order, which is a response). Unanswered ones and undrawn ones send no record.
  const interactionId = (id: string) => `q-${id.replace(/-/g, '').slice(0, 8)}`;
  const withResponse = first.filter(
    (id) => id === answered.id || pool.find((b) => b.id === id)!.question.kind === 'ordering',
  );
  const reportedIds = async () =>
    Object.entries((await readHook(page)).values)
      .filter(([k]) => /^cmi\.interactions\.\d+\.id$/.test(k))
      .map(([, v]) => v)
      .sort();
  await expect
    .poll(reportedIds, { timeout: 10_000 })
    .toEqual(withResponse.map((id) => interactionId(String(id))).sort());
});
