import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { KeyboardLearner } from './support/lms-course-driver';
import { createSampleExporter } from './support/lms-export';
import { readHook, waitForHook } from './support/lms-hook';
import { REPO_ROOT, startLmsServer, standInUrl } from './support/lms-server';
import { buildSamplePlayerPackage, findBlock, type PlayerPackage } from './support/player-package';
import { tabTo } from './support/player-keyboard';
import { expectNoSeriousWcagViolations } from './support/lms-axe';
import { cw } from './support/cw-class';

// The scenario block in the learner player, from the sample course: keyboard-only run to an ending, completion,
// "Restart scenario", the scene surviving a relaunch (standalone, and in the scorm-again LMS page), 320 px and axe.
let pkg: PlayerPackage;
test.beforeAll(() => {
  pkg = buildSamplePlayerPackage('html5');
});
test.afterAll(() => pkg.cleanup());

async function ready(page: Page): Promise<void> {
  await expect(page.locator('#app')).toHaveAttribute('data-state', 'ready');
}

test('scenario: keyboard only to an ending, completion kept after a restart, the scene kept after a relaunch', async ({
  page,
}) => {
  const { block, lessonTitle } = findBlock(pkg.tree, 'scenario');
  const [first, second] = block.scenes;
  expect(second).toBeDefined();
  // The path the sample is written for: scene 1 → scene 2 → the positive ending.
  const toSecond = first!.choices.find((c) => c.next === second!.id)!;
  const good = block.endings.find((e) => e.outcome === 'positive')!;
  const toGood = second!.choices.find((c) => c.next === good.id)!;
  expect(toSecond && toGood).toBeTruthy();

  await page.goto(pkg.url);
  await ready(page);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await ready(page);
  await page.getByRole('navigation', { name: 'Course contents' }).getByRole('link', { name: lessonTitle }).click();
  await expect(page.locator('h1')).toHaveText(lessonTitle);
  await page.setViewportSize({ width: 320, height: 800 });

  const scenario = page.getByRole('region', { name: block.title });
  const card = scenario.locator(cw('.cw-scenario-card'));
  const responses = scenario.getByRole('group', { name: 'Your response' }).getByRole('button');
  await expect(scenario).toHaveAttribute('data-scene', first!.id);
  await expect(scenario).toHaveAttribute('data-complete', 'false');
  await expect(card).toHaveAttribute('aria-live', 'polite');
  await expect(card).toContainText(first!.character.name);
  await expect(card).toContainText(first!.line);
  await expect(responses).toHaveText(first!.choices.map((c) => c.text));
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(
    true,
  );
  await expectNoSeriousWcagViolations(page, `${lessonTitle} (scenario, 320 px)`);

  // Keyboard only: Tab to the response that leads on, Enter; focus lands on the next scene's first response.
  await page.locator('main').focus();
  await tabTo(page, cw('.cw-scenario-next button'));
  for (let i = 0; i < first!.choices.indexOf(toSecond); i++) await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText(toSecond.text);
  await page.keyboard.press('Enter');
  await expect(scenario).toHaveAttribute('data-scene', second!.id);
  await expect(card).toContainText(second!.line);
  await expect(responses.first()).toBeFocused();

  // Relaunch: the learner is back in scene 2.
  await page.reload();
  await ready(page);
  await expect(page.locator('h1')).toHaveText(lessonTitle);
  await expect(scenario).toHaveAttribute('data-scene', second!.id);
  await expect(card).toContainText(second!.line);

  await responses.first().focus();
  for (let i = 0; i < second!.choices.indexOf(toGood); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(scenario).toHaveAttribute('data-ending', good.id);
  await expect(scenario).toHaveAttribute('data-complete', 'true');
  await expect(card).toHaveAttribute('data-outcome', 'positive');
  await expect(card).toContainText(good.title);
  await expect(card).toContainText(good.feedback);
  const restart = scenario.getByRole('button', { name: 'Restart scenario' });
  await expect(restart).toBeFocused();
  await expectNoSeriousWcagViolations(page, `${lessonTitle} (scenario ending)`);

  // Restart: back to the start, still complete, also after a relaunch.
  await page.keyboard.press('Enter');
  await expect(scenario).toHaveAttribute('data-scene', first!.id);
  await expect(responses.first()).toBeFocused();
  await page.reload();
  await ready(page);
  await expect(scenario).toHaveAttribute('data-scene', first!.id);
  await expect(scenario).toHaveAttribute('data-complete', 'true');
});

test('scenario: the scene is kept in suspend_data and resumed on relaunch inside the scorm-again LMS page', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const exporter = createSampleExporter();
  const { dir, pkg: exported } = exporter.exportSample('scorm2004-4th');
  const server = await startLmsServer({ '/lms': path.join(REPO_ROOT, 'out/lms'), '/pkg': dir });
  try {
    const { block, lessonTitle } = findBlock(exported.course, 'scenario');
    const [first, second] = block.scenes;
    const toSecond = first!.choices.find((c) => c.next === second!.id)!;
    const url = standInUrl(server.origin, { format: 'scorm2004-4th', src: '/pkg/index.html', state: 'scenario' });
    await page.goto(url);
    await waitForHook(page);
    const player = page.frameLocator('#course-frame');
    const learner = new KeyboardLearner(page, player);
    await learner.waitReady();
    await learner.tabTo(learner.tocLink(lessonTitle));
    await page.keyboard.press('Enter');
    const scenario = player.getByRole('region', { name: block.title });
    await expect(scenario).toHaveAttribute('data-scene', first!.id);
    await learner.tabTo(scenario.getByRole('button', { name: toSecond.text }));
    await page.keyboard.press('Enter');
    await expect(scenario).toHaveAttribute('data-scene', second!.id);
    // suspend_data version 3 carries the block state field (before the save counter).
    await expect
      .poll(async () => (await readHook(page)).values['cmi.suspend_data']?.split('~')[6] ?? '', { timeout: 10_000 })
      .not.toBe('');

    // Close the course (pagehide terminates), launch it again: the learner is in scene 2.
    await page.goto('about:blank');
    await page.goto(url);
    await waitForHook(page);
    await learner.waitReady();
    // The bookmark brings the learner back to the lesson of the scenario.
    const lesson = exported.course.modules.flatMap((m) => m.lessons).find((l) => l.title === lessonTitle)!;
    await expect(learner.main).toHaveAttribute('data-lesson-id', lesson.id);
    await expect(scenario).toHaveAttribute('data-scene', second!.id);
    await expect(scenario.locator(cw('.cw-scenario-card'))).toContainText(second!.line);
  } finally {
    await server.close();
    exporter.cleanup();
  }
});
