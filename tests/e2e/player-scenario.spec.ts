import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { buildSamplePlayerPackage, findBlock, type PlayerPackage } from './support/player-package';
import { tabTo } from './support/player-keyboard';

// The scenario block in the learner player, from the sample course: keyboard-only run to an ending, completion,
// "Restart scenario", the scene surviving a relaunch, 320 px and axe.
let pkg: PlayerPackage;
test.beforeAll(() => {
  pkg = buildSamplePlayerPackage('html5');
});
test.afterAll(() => pkg.cleanup());

async function ready(page: Page): Promise<void> {
  await expect(page.locator('#app')).toHaveAttribute('data-state', 'ready');
}

async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `axe on ${where}`,
  ).toEqual([]);
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
  const card = scenario.locator('.cw-scenario-card');
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
  await expectNoSeriousViolations(page, `${lessonTitle} (scenario, 320 px)`);

  // Keyboard only: Tab to the response that leads on, Enter; focus lands on the next scene's first response.
  await page.locator('main').focus();
  await tabTo(page, '.cw-scenario-next button');
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
  await expectNoSeriousViolations(page, `${lessonTitle} (scenario ending)`);

  // Restart: back to the start, still complete, also after a relaunch.
  await page.keyboard.press('Enter');
  await expect(scenario).toHaveAttribute('data-scene', first!.id);
  await expect(responses.first()).toBeFocused();
  await page.reload();
  await ready(page);
  await expect(scenario).toHaveAttribute('data-scene', first!.id);
  await expect(scenario).toHaveAttribute('data-complete', 'true');
});
