import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { BLOCK_TYPES } from '../../shared';
import { expect, test } from './support/fixtures';
import { addBlock, expectSaved, selectBlock } from './support/editor-page';
import { expectNoSeriousViolations } from './support/lms-axe';
import { cw } from './support/cw-class';

const blockTypeOptions = (page: Page) => page.getByRole('listbox', { name: 'Block types' }).getByRole('option');

/** Only the selected block shows editing controls: every other block is the learner's view alone. */
async function expectFormsOnlyOnSelected(page: Page) {
  const main = page.getByRole('main');
  await expect(main.locator('.block-frame:not(.is-selected) :is(.block-settings, .block-in-place)')).toHaveCount(0);
  await expect(main.locator('.block-frame:not(.is-selected) [contenteditable="true"]')).toHaveCount(0);
}

const blockTypes = (page: Page) =>
  page
    .getByRole('main')
    .locator('[data-block-type]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-block-type') ?? ''));

test('a designer day: build, quiz, reorder, undo/redo, reload', async ({ page, host }) => {
  test.setTimeout(180_000);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-e2e-media-'));
  page.on('close', () => fs.rmSync(tmp, { recursive: true, force: true }));
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));

  await page.goto(host.url);
  await expectNoSeriousViolations(page, 'library');
  await page.getByLabel('Course title').fill('Designer day');
  await page.getByLabel('Course title').press('Enter');
  // A new course opens itself in the editor.
  const outline = page.getByRole('navigation', { name: 'Course outline' });
  await expect(outline.getByRole('heading', { level: 2, name: 'Designer day' })).toBeVisible();
  const main = page.getByRole('main');

  for (const title of ['Basics', 'Practice']) {
    await outline.getByLabel('New module title').fill(title);
    await outline.getByRole('button', { name: 'Add module' }).click();
    await expect(outline.getByRole('heading', { level: 3, name: new RegExp(title) })).toBeVisible();
  }
  for (const [module, lesson] of [
    ['Basics', 'Welcome'],
    ['Basics', 'Media tour'],
    ['Practice', 'Final quiz'],
  ] as const) {
    await outline.getByLabel(`New lesson title in ${module}`).fill(lesson);
    await outline.getByLabel(`New lesson title in ${module}`).press('Enter');
    await expect(outline.getByRole('link', { name: lesson })).toBeVisible();
  }

  // Lesson 1: text blocks.
  await outline.getByRole('link', { name: 'Welcome' }).click();
  await expect(main.getByRole('heading', { level: 1, name: 'Welcome' })).toBeVisible();
  for (const type of ['heading', 'richText', 'callout', 'divider'] as const) await addBlock(page, type);
  await expectFormsOnlyOnSelected(page);
  await main.getByLabel('Divider style').selectOption('space');
  await selectBlock(page, 'heading');
  await expectFormsOnlyOnSelected(page);
  // Typed in place: the heading's input is on the canvas, not in a form.
  await main.locator('[data-block-type="heading"] .block-in-place').getByLabel('Heading text').fill('Why this course');
  await selectBlock(page, 'richText');
  const text = main.locator('[data-block-type="richText"] .rich-text-input');
  await text.click();
  await page.keyboard.type('Self-paced learning ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('works');
  await expectSaved(page);
  await expect(text.locator('strong')).toHaveText('works');
  // The callout selected from the keyboard: focus the block, Enter.
  await main.locator('[data-block-type="callout"]').focus();
  await page.keyboard.press('Enter');
  await expect(main.locator('[data-block-type="callout"]')).toHaveClass(/is-selected/);
  await main.getByLabel('Callout title (optional)').fill('Remember');
  await main.locator('[data-block-type="callout"] .rich-text-input').click();
  await page.keyboard.type('Take breaks.');
  await expectSaved(page);
  await expectFormsOnlyOnSelected(page);
  await expectNoSeriousViolations(page, 'editor');
  await page.keyboard.press('Escape');
  await expect(main.locator('.block-frame.is-selected')).toHaveCount(0);
  await expect(main.locator('[data-block-type="heading"] .block-preview h2')).toHaveText('Why this course');
  await expect(main.locator(cw('[data-block-type="callout"] .block-preview .cw-callout-title'))).toHaveText('Remember');
  await expectNoSeriousViolations(page, 'canvas with no block selected');

  // Lesson 2: media blocks (no media imported: the pickers say so).
  await outline.getByRole('link', { name: 'Media tour' }).click();
  for (const type of ['image', 'video', 'audio'] as const) await addBlock(page, type);
  await main.locator('[data-block-type="audio"]').getByLabel('Audio title').fill('Ambience');
  await main.getByLabel('Transcript').fill('Hello and welcome.');
  await selectBlock(page, 'image');
  await main.getByLabel('Alt text (what the image shows)').fill('A calm desk');
  await selectBlock(page, 'video');
  await main.getByLabel('Video title').fill('Intro video');
  await expectSaved(page);
  // Upload a picture through the browser into the image block (no host path): picked, previewed with its alt text.
  const png = path.join(tmp, 'desk.png');
  execFileSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'color=c=steelblue:s=64x48', '-frames:v', '1', png]);
  const image = await selectBlock(page, 'image');
  await image.getByText('Import a file into the media library…').click();
  await image.getByLabel('File to import').setInputFiles(png);
  await image.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(image.getByLabel('Image file', { exact: true })).toHaveValue(/[0-9a-f-]{36}/);
  await expect(image.getByLabel('Image file', { exact: true }).locator('option:checked')).toHaveText(/desk\.png/);
  await expect(image.locator('.block-preview img')).toHaveAttribute('alt', 'A calm desk');
  await expectSaved(page);
  await expectNoSeriousViolations(page, 'media lesson');
  // Interactive blocks in the same lesson, edited through their item lists.
  for (const type of ['accordion', 'tabs', 'flipCards'] as const) await addBlock(page, type);
  const accordion = await selectBlock(page, 'accordion');
  await accordion.getByLabel('Section 1 title').fill('What is it?');
  await accordion.getByRole('button', { name: 'Add section' }).click();
  await accordion.getByLabel('Section 2 title').fill('Who is it for?');
  await accordion.getByRole('button', { name: 'Move section 2 up' }).click();
  await expect(accordion.getByLabel('Section 1 title')).toHaveValue('Who is it for?');
  const tabs = await selectBlock(page, 'tabs');
  await expect(tabs.getByRole('button', { name: 'Remove tab 1' })).toBeDisabled(); // two tabs minimum
  await tabs.getByRole('button', { name: 'Add tab' }).click();
  await tabs.getByLabel('Tab 3 title').fill('Blended');
  // The learner's view of the block redraws with the new title, which can move the fields: wait for it, so the click
  // lands on the Remove button and not where it was (a full run's click did not remove the tab).
  await expect(tabs.locator('.block-preview').getByRole('tab', { name: 'Blended' })).toBeVisible();
  await tabs.getByRole('button', { name: 'Remove tab 1' }).click();
  await expect(tabs.getByLabel('Tab 2 title')).toHaveValue('Blended');
  const cards = await selectBlock(page, 'flipCards');
  await cards.getByLabel('Card 1 front').fill('LMS');
  await cards.getByLabel('Card 1 back').fill('Learning management system');
  // A pull quote through the "+" below the flip cards: search, Enter; then typed in place.
  await cards.hover();
  await cards.getByRole('button', { name: /^Insert a block below Flip cards block/ }).click();
  await page.getByRole('combobox', { name: 'Search block types' }).fill('quote');
  await expect(blockTypeOptions(page)).toHaveCount(1);
  await expect(blockTypeOptions(page)).toHaveText(/^Quote/);
  await page.keyboard.press('Enter');
  const quote = main.locator('[data-block-type="quote"]');
  await expect(quote).toHaveClass(/is-selected/);
  await quote.getByLabel('Quote', { exact: true }).fill('Learning is a treasure that follows its owner.');
  await quote.getByLabel('Attribution (optional)').fill('Proverb');
  await page.keyboard.press('Escape');
  await expect(quote.locator('.block-preview blockquote')).toHaveText('Learning is a treasure that follows its owner.');
  // Structured kinds: each edited in its form and drawn by the player's view under it.
  await addBlock(page, 'statement');
  const statement = main.locator('[data-block-type="statement"]');
  await statement.getByLabel('Statement', { exact: true }).fill('Time is the learner’s.');
  await statement.getByLabel('Style', { exact: true }).selectOption('note');
  await expect(statement.locator(cw('.block-preview .cw-statement-note'))).toHaveText('Time is the learner’s.');
  await addBlock(page, 'list');
  const list = main.locator('[data-block-type="list"]');
  await list.getByLabel('List style', { exact: true }).selectOption('numbered');
  await list.getByLabel('Items (one per line)').fill('Plan\nWrite');
  await expect(list.locator('.block-preview ol li')).toHaveText(['Plan', 'Write']);
  await addBlock(page, 'table');
  const table = main.locator('[data-block-type="table"]');
  await table.getByLabel('Caption', { exact: true }).fill('Pace');
  await table.getByRole('button', { name: 'Add column' }).click();
  await table.getByLabel('Row 1, column 3').fill('Blended');
  await expect(table.locator('.block-preview th')).toHaveText(['Column 1', 'Column 2', 'Blended']);
  await addBlock(page, 'timeline');
  const timeline = main.locator('[data-block-type="timeline"]');
  await timeline.getByLabel('Event 1 title').fill('Correspondence');
  await expect(timeline.locator(cw('.block-preview .cw-timeline li')).first()).toContainText('Correspondence');
  await addBlock(page, 'process');
  const proc = main.locator('[data-block-type="process"]');
  await proc.getByRole('button', { name: 'Add step' }).click();
  await proc.getByLabel('Step 3 title').fill('Review');
  await proc.getByLabel('Summary card').fill('Planned.');
  await expect(proc.locator(cw('.block-preview .cw-process'))).toHaveAttribute('data-step', '0');
  await addBlock(page, 'scenario');
  const scenario = main.locator('[data-block-type="scenario"]');
  await scenario.getByLabel('Scene 1 line').fill('Can you help me?');
  await expect(scenario.locator(cw('.block-preview .cw-scenario-card'))).toContainText('Can you help me?');
  await expect(scenario.getByRole('region', { name: 'Graph check' }).getByRole('status')).toHaveText(
    'Every scene is reachable from the start and every path ends.',
  );
  // Continue, attachment and embed (their own spec edits them in depth: editor-kinds-a.spec.ts).
  await addBlock(page, 'continue');
  await main.locator('[data-block-type="continue"]').getByLabel('Button text').fill('Next part');
  await addBlock(page, 'attachment');
  await main.locator('[data-block-type="attachment"]').getByLabel('Link text (optional)').fill('Worksheet');
  await addBlock(page, 'embed');
  const embed = main.locator('[data-block-type="embed"]');
  await embed.getByLabel('Web address (https://)').fill('https://example.org/tool');
  await embed.getByLabel('Title (read by screen readers)').fill('Example tool');
  await embed.getByLabel('Offline text (shown when the page cannot load)').fill('Open example.org.');
  await expect(embed.locator(cw('.block-preview .cw-embed-fallback'))).toContainText('Open example.org.');
  await addBlock(page, 'gallery');
  const gallery = main.locator('[data-block-type="gallery"]');
  await gallery.getByLabel('Layout').selectOption('carousel');
  await gallery.getByLabel('Image 1 caption').fill('A forum');
  await addBlock(page, 'labeledGraphic');
  const graphic = main.locator('[data-block-type="labeledGraphic"]');
  await graphic.getByLabel('Marker 1 title').fill('The clock');
  await expect(graphic.locator(cw('.block-preview .cw-lg-marker'))).toHaveAccessibleName('1. The clock');
  await addBlock(page, 'sorting');
  const sorting = main.locator('[data-block-type="sorting"]');
  await sorting.getByLabel('Pile 2 label').fill('Asynchronous');
  await expect(sorting.locator(cw('.block-preview .cw-sort-pile[data-pile="1"] .cw-sort-label'))).toHaveText(
    'Asynchronous (0)',
  );
  await expectSaved(page);
  await expectNoSeriousViolations(page, 'interactive blocks');

  // Lesson 3: a graded quiz with every question kind.
  await outline.getByRole('link', { name: 'Final quiz' }).click();
  await main.getByLabel('Lesson type').selectOption('quiz');
  await expect(outline.getByRole('link', { name: /Final quiz/ }).getByRole('img', { name: 'Quiz' })).toBeVisible();
  const kinds = ['singleChoice', 'multipleResponse', 'trueFalse', 'textEntry', 'matching', 'ordering'] as const;
  for (const [i, kind] of kinds.entries()) {
    await addBlock(page, 'question');
    const q = main.locator('[data-block-type="question"]').nth(i);
    await q.getByLabel('Question type').selectOption(kind);
    await q.getByLabel('Question prompt').fill(`Question ${i + 1}`);
  }
  const first = await selectBlock(page, 'question');
  await first.getByRole('button', { name: 'Add choice' }).click();
  await first.getByLabel('Choice 3', { exact: true }).fill('The right one');
  await first.getByRole('radio', { name: 'Correct' }).nth(2).check();
  await first.getByLabel('Feedback for choice 1').fill('Not this one');
  await first.getByLabel('Feedback when correct').fill('Yes!');
  await first.getByLabel('Points', { exact: true }).fill('5');
  await first.getByLabel('Attempts').fill('2');
  await expectSaved(page);
  await expect.poll(() => blockTypes(page)).toEqual(kinds.map(() => 'question'));
  await expectNoSeriousViolations(page, 'quiz lesson');

  // Reorder by buttons (keyboard) and by drag in lesson 1.
  await outline.getByRole('link', { name: 'Welcome' }).click();
  await expect.poll(() => blockTypes(page)).toEqual(['heading', 'richText', 'callout', 'divider']);
  await main.getByRole('button', { name: 'Move Divider block 4 of 4 up' }).click();
  await expect.poll(() => blockTypes(page)).toEqual(['heading', 'richText', 'divider', 'callout']);
  // dnd-kit keyboard sensor: Space picks up, ArrowUp moves, Space drops.
  const handle = main.getByRole('button', { name: 'Drag to reorder Divider block 3 of 4' });
  await handle.focus();
  // dnd-kit measures the droppables after pick-up: give it a frame between keys.
  await page.keyboard.press('Space');
  await page.waitForTimeout(250);
  await page.keyboard.press('ArrowUp');
  await page.waitForTimeout(250);
  await page.keyboard.press('Space');
  await expect.poll(() => blockTypes(page)).toEqual(['heading', 'divider', 'richText', 'callout']);
  // Pointer drag: the heading's handle dropped on the divider takes its place.
  // Blocks show the player's view under their form now, so bring both into the viewport before measuring.
  await main.locator('[data-block-type="heading"]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const from = await main.getByRole('button', { name: /^Drag to reorder Heading block/ }).boundingBox();
  const to = await main.locator('[data-block-type="divider"]').boundingBox();
  await page.mouse.move(from!.x + 5, from!.y + 5);
  await page.mouse.down();
  await page.mouse.move(from!.x + 5, from!.y + 30, { steps: 5 });
  await page.mouse.move(from!.x + 5, to!.y + to!.height / 2, { steps: 10 });
  await page.mouse.up();
  await expect.poll(() => blockTypes(page)).toEqual(['divider', 'heading', 'richText', 'callout']);
  await expectSaved(page);

  // Move a lesson to the other module with the keyboard alternative.
  await outline.getByRole('button', { name: 'Actions for lesson Media tour' }).click();
  await page
    .getByRole('menu', { name: 'Actions for lesson Media tour' })
    .getByRole('menuitem', { name: 'Practice' })
    .click();
  await expect(outline.locator('[data-module-id]').nth(1).getByRole('link', { name: 'Media tour' })).toBeVisible();

  // Undo and redo across the editor: the lesson move, then the drag.
  await expect(page.getByRole('button', { name: 'Undo move lesson' })).toBeEnabled();
  await page.keyboard.press('Control+z');
  await expect(outline.locator('[data-module-id]').nth(0).getByRole('link', { name: 'Media tour' })).toBeVisible();
  await page.locator('body').press('Control+z');
  await expect.poll(() => blockTypes(page)).toEqual(['heading', 'divider', 'richText', 'callout']);
  await page.locator('body').press('Control+Shift+z');
  await expect.poll(() => blockTypes(page)).toEqual(['divider', 'heading', 'richText', 'callout']);
  // Undo of typing in place, one burst at a time.
  await selectBlock(page, 'heading');
  await main.getByLabel('Heading text').fill('Temporary title');
  await expectSaved(page);
  await page.keyboard.press('Control+z');
  await expect(main.getByLabel('Heading text')).toHaveValue('Why this course');
  await expectSaved(page);
  // …and in rich text (Tiptap's own history is off; the editor-wide one restores the document).
  await selectBlock(page, 'richText');
  const body = main.locator('[data-block-type="richText"] .rich-text-input');
  await body.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' wonders');
  await expect(body).toContainText('works wonders');
  await expectSaved(page);
  await page.keyboard.press('Control+z');
  await expect(body).not.toContainText('wonders');
  await expect(body.locator('strong')).toHaveText('works');
  await expectSaved(page);
  await page.keyboard.press('Control+Shift+z');
  await expect(body).toContainText('works wonders');
  await page.keyboard.press('Control+z');
  await expectSaved(page);

  // Course settings.
  await page.getByRole('button', { name: 'Course settings' }).click();
  const settings = page.getByRole('complementary', { name: 'Course settings' });
  await settings.getByLabel('Description').fill('A day in the life of a designer.');
  await settings.getByLabel('Passing score (percent)').fill('70');
  await expect(settings.getByLabel('Passing score (percent)')).toHaveValue('70');
  await settings.getByLabel('Navigation').selectOption('linear');
  await settings.getByLabel(/Support contact/).fill('help@example.org');
  await settings.getByLabel(/Support contact/).blur();
  await expectSaved(page);
  await expectNoSeriousViolations(page, 'settings');

  // Shortcuts help and the checklist.
  await main.locator('h1').click();
  await page.keyboard.press('?');
  await expect(page.getByRole('complementary', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.getByRole('button', { name: 'Design checklist' }).click();
  await expect(page.getByRole('complementary', { name: 'Design checklist' })).toContainText(
    'Estimated course duration',
  );

  // Reload: everything is still there.
  await page.reload();
  await expect(main.locator('[data-block-type="heading"] .block-preview h2')).toHaveText('Why this course');
  await expect.poll(() => blockTypes(page)).toEqual(['divider', 'heading', 'richText', 'callout']);
  await expect(main.locator('[data-block-type="richText"] .block-preview strong')).toHaveText('works');
  await selectBlock(page, 'richText');
  await expect(main.locator('[data-block-type="richText"] .rich-text-input strong')).toHaveText('works');
  await outline.getByRole('link', { name: 'Media tour' }).click();
  await selectBlock(page, 'video');
  await expect(main.getByLabel('Video title')).toHaveValue('Intro video');
  await selectBlock(page, 'audio');
  await expect(main.getByLabel('Transcript')).toHaveValue('Hello and welcome.');
  await selectBlock(page, 'flipCards');
  await expect(main.getByLabel('Card 1 front')).toHaveValue('LMS');
  await selectBlock(page, 'accordion');
  await expect(main.getByLabel('Section 1 title')).toHaveValue('Who is it for?');
  await selectBlock(page, 'tabs');
  await expect(main.getByLabel('Tab 2 title')).toHaveValue('Blended');
  await selectBlock(page, 'audio');
  await expect(main.getByLabel('Audio title')).toHaveValue('Ambience');
  await expect(main.locator('[data-block-type="quote"] .block-preview figcaption')).toHaveText('— Proverb');
  await expect(main.locator('[data-block-type="image"] .block-preview img')).toHaveAttribute('alt', 'A calm desk');
  await outline.getByRole('link', { name: /Final quiz/ }).click();
  await expect(main.getByLabel('Lesson type')).toHaveValue('quiz');
  const q1 = await selectBlock(page, 'question');
  await expect(q1.getByLabel('Choice 3', { exact: true })).toHaveValue('The right one');
  await expect(q1.getByRole('radio', { name: 'Correct' }).nth(2)).toBeChecked();
  await expect(q1.getByLabel('Points', { exact: true })).toHaveValue('5');
  const seen = new Set<string>();
  for (const lesson of ['Welcome', 'Media tour', /Final quiz/] as const) {
    await outline.getByRole('link', { name: lesson }).click();
    await expect(outline.getByRole('link', { name: lesson })).toHaveAttribute('aria-current', 'page');
    await expect(main).toHaveAttribute('aria-busy', 'false');
    (await blockTypes(page)).forEach((t) => seen.add(t));
  }
  expect([...seen].sort()).toEqual([...BLOCK_TYPES].sort());
  await page.getByRole('button', { name: 'Course settings' }).click();
  await expect(
    page.getByRole('complementary', { name: 'Course settings' }).getByLabel('Passing score (percent)'),
  ).toHaveValue('70');
  expect(errors).toEqual([]);
});

test('typing survives a reload before the save could run', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByLabel('Course title').fill('Crash course');
  await page.getByLabel('Course title').press('Enter');
  const outline = page.getByRole('navigation', { name: 'Course outline' });
  await expect(outline.getByRole('heading', { level: 2, name: 'Crash course' })).toBeVisible();
  await outline.getByLabel('New module title').fill('M');
  await outline.getByRole('button', { name: 'Add module' }).click();
  await outline.getByLabel('New lesson title in M').fill('L');
  await outline.getByLabel('New lesson title in M').press('Enter');
  await outline.getByRole('link', { name: 'L' }).click();
  await addBlock(page, 'heading');
  await addBlock(page, 'divider');
  // The "+" below a block puts a block right after it, selected, with its first field focused (typed in place).
  await page
    .getByRole('main')
    .getByRole('button', { name: /^Insert a block below Heading block/ })
    .click();
  await blockTypeOptions(page)
    .filter({ hasText: /^Callout/ })
    .click();
  await expect.poll(() => blockTypes(page)).toEqual(['heading', 'callout', 'divider']);
  await expect(page.getByLabel('Callout title (optional)')).toBeFocused();
  await expectSaved(page);
  // Type and reload at once (inside the 300 ms debounce): the draft mirrored to localStorage is re-applied on open.
  await selectBlock(page, 'heading');
  const field = page.getByRole('main').getByLabel('Heading text');
  await field.fill('Typed just before the crash');
  const drafts = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('coursewright:draft:'))
      .map((k) => localStorage.getItem(k) ?? ''),
  );
  expect(drafts.some((d) => d.includes('Typed just before the crash'))).toBe(true);
  await page.reload();
  await expect(page.locator('[data-block-type="heading"] .block-preview h2')).toHaveText('Typed just before the crash');
  await selectBlock(page, 'heading');
  await expect(page.getByRole('main').getByLabel('Heading text')).toHaveValue('Typed just before the crash');
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await expect
    .poll(() =>
      page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('coursewright:draft:')).length),
    )
    .toBe(0);
});

const values = (inputs: Locator) => inputs.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));

/** A fresh course with one module and one lesson, open on the canvas. */
async function openEmptyLesson(page: Page, host: { url: string }, title: string) {
  await page.goto(host.url);
  await page.getByLabel('Course title').fill(title);
  await page.getByLabel('Course title').press('Enter');
  const outline = page.getByRole('navigation', { name: 'Course outline' });
  await expect(outline.getByRole('heading', { level: 2, name: title })).toBeVisible();
  await outline.getByLabel('New module title').fill('M');
  await outline.getByRole('button', { name: 'Add module' }).click();
  await outline.getByLabel('New lesson title in M').fill('L');
  await outline.getByLabel('New lesson title in M').press('Enter');
  await outline.getByRole('link', { name: 'L' }).click();
  await expect(page.getByRole('main').getByRole('heading', { level: 1, name: 'L' })).toBeVisible();
}

test('questions are typed on the canvas: prompt, choices by Enter/Backspace, the answer by keyboard, undo', async ({
  page,
  host,
}) => {
  test.setTimeout(90_000);
  await openEmptyLesson(page, host, 'Quiz on canvas');
  const main = page.getByRole('main');
  await addBlock(page, 'question');
  const q = main.locator('[data-block-type="question"]');
  const inPlace = q.locator('.block-in-place');
  const choices = inPlace.getByRole('textbox', { name: /^Choice \d+$/ });
  // The stem and the choices are on the canvas, not in the settings form.
  await expect(q.locator('.block-settings').getByLabel('Question prompt')).toHaveCount(0);
  await expect(q.locator('.block-settings').getByLabel('Choice 1', { exact: true })).toHaveCount(0);
  const prompt = inPlace.getByLabel('Question prompt');
  await prompt.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Which one is a planet?');
  // Enter leaves the one-line stem for the first choice.
  await page.keyboard.press('Enter');
  await expect(choices.nth(0)).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Mars');
  // Enter adds a choice right after this one, focused with its placeholder text selected.
  await page.keyboard.press('Enter');
  await expect(choices).toHaveCount(3);
  await expect(choices.nth(1)).toBeFocused();
  await page.keyboard.type('Pluto');
  await expect.poll(() => values(choices)).toEqual(['Mars', 'Pluto', 'Option 2']);
  // Backspace in an emptied choice removes it and goes back to the one before.
  await choices.nth(2).click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  await expect(choices.nth(2)).toHaveValue('');
  await page.keyboard.press('Backspace');
  await expect.poll(() => values(choices)).toEqual(['Mars', 'Pluto']);
  await expect(choices.nth(1)).toBeFocused();
  // At two choices Backspace in an empty choice removes nothing (two is the minimum).
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expect(choices).toHaveCount(2);
  await page.keyboard.type('Pluto');
  // The correct answer by keyboard: Shift+Tab from the first choice reaches its toggle, an arrow moves the mark.
  await choices.nth(0).focus();
  await page.keyboard.press('Shift+Tab');
  await expect(inPlace.getByRole('radio', { name: 'Choice 1 is correct' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(inPlace.getByRole('radio', { name: 'Choice 2 is correct' })).toBeChecked();
  await expectSaved(page);
  // Marking the answer is one undo step; removing a choice another.
  await page.keyboard.press('Control+z');
  await expect(inPlace.getByRole('radio', { name: 'Choice 1 is correct' })).toBeChecked();
  await page.keyboard.press('Control+Shift+z');
  await expect(inPlace.getByRole('radio', { name: 'Choice 2 is correct' })).toBeChecked();
  await expectSaved(page);
  // The learner sees it after a reload.
  await page.reload();
  await expect(q.locator(cw('.block-preview .cw-question-prompt'))).toHaveText('Which one is a planet?');
  await expect(q.locator(cw('.block-preview .cw-option'))).toHaveText(['Mars', 'Pluto']);
  await selectBlock(page, 'question');
  await expect.poll(() => values(choices)).toEqual(['Mars', 'Pluto']);
  await expect(inPlace.getByRole('radio', { name: 'Choice 2 is correct' })).toBeChecked();
  // Undo of adding a choice with the button.
  await inPlace.getByRole('button', { name: 'Add choice' }).click();
  await expect(choices).toHaveCount(3);
  await page.keyboard.press('Control+z');
  await expect(choices).toHaveCount(2);

  // True / false: the answer on the canvas; another kind: at least its stem.
  await q.locator('.block-settings').getByLabel('Question type').selectOption('trueFalse');
  await inPlace.getByLabel('Question prompt').fill('The sun is a star.');
  await inPlace.getByRole('radio', { name: 'True' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(inPlace.getByRole('radio', { name: 'False' })).toBeChecked();
  await q.locator('.block-settings').getByLabel('Question type').selectOption('matching');
  await expect(inPlace.getByLabel('Question prompt')).toHaveValue('The sun is a star.');
  await inPlace.getByLabel('Question prompt').fill('Match the pairs.');
  await expect(q.locator('.block-settings').getByLabel('Prompt 1')).toBeVisible();
  await expectSaved(page);
  await expectNoSeriousViolations(page, 'question typed on the canvas');
  await page.keyboard.press('Escape');
  await expect(q.locator(cw('.block-preview .cw-question-prompt'))).toHaveText('Match the pairs.');
});

test('"Turn into…" from the block toolbar by keyboard: heading ↔ text, undo and redo', async ({ page, host }) => {
  await openEmptyLesson(page, host, 'Convert course');
  const main = page.getByRole('main');
  await addBlock(page, 'heading');
  await main.getByLabel('Heading text').fill('Plan your week');
  await addBlock(page, 'divider');
  await expectSaved(page);
  // Focus the heading block, Tab to its toolbar: the drag handle, then (moves disabled) "Turn into…".
  const heading = main.locator('[data-block-type="heading"]');
  await heading.focus();
  await page.keyboard.press('Tab');
  await expect(heading.getByRole('button', { name: /^Drag to reorder/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const turn = main.getByRole('button', { name: 'Turn Heading block 1 of 2 into…' });
  await expect(turn).toBeFocused();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Turn Heading block 1 of 2 into…' });
  await expect(menu.getByRole('menuitem')).toHaveText(['Text']);
  await page.keyboard.press('Enter');
  // The text block takes the heading's place, selected, with the words as its paragraph.
  await expect.poll(() => blockTypes(page)).toEqual(['richText', 'divider']);
  const text = main.locator('[data-block-type="richText"]');
  await expect(text).toHaveClass(/is-selected/);
  await expect(text.locator('.rich-text-input p')).toHaveText('Plan your week');
  await expectSaved(page);
  // One undo step brings the heading back, redo turns it again.
  await page.keyboard.press('Control+z');
  await expect.poll(() => blockTypes(page)).toEqual(['heading', 'divider']);
  await expect(main.locator('[data-block-type="heading"] .block-preview h2')).toHaveText('Plan your week');
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => blockTypes(page)).toEqual(['richText', 'divider']);
  // And back from text to a heading through the same menu (its first paragraph becomes the heading).
  await main.locator('[data-block-type="richText"] .rich-text-input').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Second paragraph.');
  await expectSaved(page);
  await page.keyboard.press('Escape');
  await main.getByRole('button', { name: 'Turn Text block 1 of 2 into…' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menu').getByRole('menuitem')).toHaveText(['Heading', 'Callout', 'Quote']);
  await page.keyboard.press('Enter');
  await expect.poll(() => blockTypes(page)).toEqual(['heading', 'divider']);
  await expect(main.getByLabel('Heading text')).toHaveValue('Plan your week');
  await expectSaved(page);
  await page.reload();
  await expect(main.locator('[data-block-type="heading"] .block-preview h2')).toHaveText('Plan your week');
});
