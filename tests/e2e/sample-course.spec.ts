import { BLOCK_TYPES } from '../../shared';
import { test, expect } from './support/fixtures';
import { cw } from './support/cw-class';

test('the sample course opens and renders every lesson, using every block type', async ({ page, host }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // CSP violations, failed media loads and React warnings all arrive as console errors.
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(host.url);
  await page.getByRole('link', { name: 'Asynchronous Learning 101' }).click();

  const outline = page.getByRole('navigation', { name: 'Course outline' });
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Asynchronous Learning 101' })).toBeVisible();
  const lessons = outline.locator('a.outline-lesson');
  const count = await lessons.count();
  expect(count).toBeGreaterThan(2);

  const seen = new Set<string>();
  for (let i = 0; i < count; i++) {
    const lesson = lessons.nth(i);
    const title = (await lesson.innerText()).replace(/\s*Quiz$/, '').trim();
    await lesson.click();
    await expect(main.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(lesson).toHaveAttribute('aria-current', 'page');
    // The title comes with the outline; the blocks load after it.
    await expect(main).toHaveAttribute('aria-busy', 'false');
    const types = await main
      .locator('[data-block-type]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-block-type') ?? ''));
    expect(types.length, `lesson "${title}" has blocks`).toBeGreaterThan(0);
    types.forEach((t) => seen.add(t));
  }
  expect([...seen].sort()).toEqual([...BLOCK_TYPES].sort());

  // Media and questions render on the canvas through the player's own views, with their accessible parts.
  let checked = 0;
  let correctMarks = 0;
  for (let i = 0; i < count; i++) {
    await lessons.nth(i).click();
    await expect(lessons.nth(i)).toHaveAttribute('aria-current', 'page');
    await expect(main).toHaveAttribute('aria-busy', 'false');
    for (const img of await main.locator('[data-block-type="image"] .block-preview img').all()) {
      // The media key opens /media/ for <img> (no cookie, no headers): see shared/contract/wire.ts.
      await expect(img).toHaveAttribute('src', /^\/media\/[0-9a-f-]+\?key=[A-Za-z0-9_-]+$/);
      expect(await img.getAttribute('alt')).not.toBeNull();
      checked++;
    }
    for (const v of await main.locator('[data-block-type="video"] .block-preview video').all()) {
      await expect(v).toHaveAttribute('controls', '');
      await expect(v.locator('track[kind="captions"]').first()).toHaveAttribute('src', /^\/media\//);
      checked++;
    }
    for (const a of await main.locator('[data-block-type="audio"] .block-preview').all()) {
      await expect(a.locator('audio')).toHaveAttribute('controls', '');
      await expect(a.locator(cw('.cw-transcript summary'))).toHaveText('Transcript');
      checked++;
    }
    for (const q of await main.locator('[data-block-type="question"]').all()) {
      await expect(q.locator(cw('.block-preview .cw-question-prompt'))).not.toBeEmpty();
      // Graded quiz questions show their points, knowledge checks say what they are, a survey its place in the quiz
      // (as learners see them).
      await expect(q.locator(cw('.block-preview .cw-question-meta'))).toContainText(
        /point|Knowledge check|Question \d+ of \d+/,
      );
      // Selected, the block's settings (the question form) mark the correct answers.
      await q.locator('.block-canvas-view').click({ position: { x: 4, y: 4 } });
      await expect(q).toHaveClass(/is-selected/);
      correctMarks += await q.getByRole('radio', { name: 'Correct', checked: true }).count();
      correctMarks += await q.getByRole('checkbox', { name: 'Correct', checked: true }).count();
      checked++;
    }
  }
  expect(checked).toBeGreaterThanOrEqual(4);
  expect(correctMarks, 'choice questions mark their correct answers').toBeGreaterThan(0);
  expect(errors).toEqual([]);
});
