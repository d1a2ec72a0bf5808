import { expect, test } from './support/fixtures';
import { expectSaved, newCourseWithLesson } from './support/editor-page';
import { expectNoSeriousViolations } from './support/lms-axe';
import { cw } from './support/cw-class';

// Issue 10 §1 (scenario): the author builds a scenario on the canvas with real input: adds a scene, links a choice
// to it, and the live graph check flags the unreachable scene and the dead end, then clears once the paths end.

test('scenario on the canvas: add a scene, link a choice, the graph check flags and then clears', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(host.url);
  const { main } = await newCourseWithLesson(page, {
    course: 'Support practice',
    module: 'Help desk',
    lesson: 'A learner writes',
  });

  // Insert from the menu, by typing its name.
  await main.getByRole('button', { name: '+ Add block' }).click();
  await page.keyboard.type('scenario');
  await page
    .getByRole('listbox', { name: 'Block types' })
    .getByRole('option')
    .filter({ hasText: /^Scenario/ })
    .click();
  const block = main.locator('[data-block-type="scenario"]');
  await expect(block).toHaveClass(/is-selected/);
  const check = block.getByRole('region', { name: 'Graph check' });
  await expect(check.getByRole('status')).toHaveText('Every scene is reachable from the start and every path ends.');
  // The learner's view is drawn above the form, playable.
  const preview = block.locator(cw('.block-preview .cw-scenario'));
  await expect(preview.getByRole('button')).toHaveCount(2);

  // A third scene: nothing leads to it and it has no response yet.
  await block.getByRole('button', { name: 'Add scene' }).click();
  await block.getByLabel('Scene 3 name').fill('Escalation');
  await block.getByLabel('Scene 3 line').fill('Nobody answered my e-mail for a week.');
  await expect(check.locator('[data-problem="unreachable"]')).toHaveText(
    'Scene “Escalation” cannot be reached from the start.',
  );
  await expect(check.locator('[data-problem="dead-end"]')).toContainText('“Escalation”');

  // Link scene 1's second response to it: reachable now, but it still ends nowhere, and the poor ending is unused.
  await block.getByLabel('Scene 1 response 2 leads to').selectOption({ label: 'Scene 3: Escalation' });
  await expect(check.locator('[data-problem="unreachable"]')).toHaveCount(0);
  await expect(check.locator('[data-problem="dead-end"]')).toHaveCount(1);
  await expect(check.locator('[data-problem="unused-ending"]')).toContainText('Stuck');

  // Give the new scene a response that ends: the check is clean.
  await block.getByRole('button', { name: 'Add response to scene 3' }).click();
  await block.getByLabel('Scene 3 response 1', { exact: true }).fill('I will chase it up today.');
  await expect(check.locator('[data-problem="dangling"]')).toHaveCount(1);
  await block.getByLabel('Scene 3 response 1 leads to').selectOption({ label: 'Ending 2: Stuck' });
  await expect(check.getByRole('status')).toHaveText('Every scene is reachable from the start and every path ends.');
  await expect(check.locator('li')).toHaveCount(0);
  await expectSaved(page);
  await expectNoSeriousViolations(page, 'scenario editor');

  // The learner's view follows: scene 1 → scene 3 on the canvas.
  await preview.getByRole('button', { name: 'Not now.' }).click();
  await expect(preview.locator(cw('.cw-scenario-card'))).toContainText('Nobody answered my e-mail for a week.');

  // Stored: after a reload the scene and its link are still there.
  await page.reload();
  await expect(main.getByRole('heading', { level: 1, name: 'A learner writes' })).toBeVisible();
  await block.locator('.block-canvas-view').click({ position: { x: 4, y: 4 } });
  await expect(block).toHaveClass(/is-selected/);
  await expect(block.getByLabel('Scene 3 name')).toHaveValue('Escalation');
  await expect(check.getByRole('status')).toHaveText('Every scene is reachable from the start and every path ends.');

  // Deleting the scene cuts the links to it: the choice that led there is flagged.
  await block.getByRole('button', { name: 'Delete scene 3' }).click();
  await expect(check.locator('[data-problem="dangling"]')).toHaveText('Choice 2 of scene “Opening” leads nowhere.');
  await expect(block.getByLabel('Scene 1 response 2 leads to')).toHaveValue('');
  await expectSaved(page);
  expect(errors).toEqual([]);
});
