import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { createAppContext } from '../../main/app/app-context';
import { expect, test } from './support/fixtures';
import { startHost } from './support/host';
import { expectNoSeriousViolations } from './support/lms-axe';

const lessonTitles = (module: Locator) =>
  module.locator('.outline-lesson-title').evaluateAll((els) => els.map((el) => el.textContent ?? ''));

async function newCourseWithLessons(page: Page, url: string) {
  await page.goto(url);
  await page.getByLabel('Course title').fill('Outline course');
  await page.getByLabel('Course title').press('Enter');
  // A new course opens itself.
  const outline = page.getByRole('navigation', { name: 'Course outline' });
  await expect(outline.getByRole('heading', { level: 2, name: 'Outline course' })).toBeVisible();
  for (const title of ['First', 'Second']) {
    await outline.getByLabel('New module title').fill(title);
    await outline.getByRole('button', { name: 'Add module' }).click();
    await expect(outline.getByRole('heading', { level: 3, name: new RegExp(title) })).toBeVisible();
  }
  for (const lesson of ['Alpha', 'Beta', 'Gamma']) {
    await outline.getByLabel('New lesson title in First').fill(lesson);
    await outline.getByLabel('New lesson title in First').press('Enter');
    await expect(outline.getByRole('link', { name: lesson })).toBeVisible();
  }
  return outline;
}

test('outline by mouse: rename by double-click, actions menu, collapse, quiz mark', async ({ page, host }) => {
  const outline = await newCourseWithLessons(page, host.url);
  const first = outline.locator('[data-module-id]').nth(0);
  const second = outline.locator('[data-module-id]').nth(1);

  await outline.getByRole('link', { name: 'Alpha' }).dblclick();
  const field = outline.getByLabel('New title for lesson Alpha');
  await expect(field).toBeFocused();
  await field.fill('Alpha renamed');
  await field.press('Enter');
  await expect(outline.getByRole('link', { name: 'Alpha renamed' })).toBeVisible();

  // Actions appear on hover, in a menu.
  const betaRow = outline.locator('.outline-lesson-row', { has: page.getByRole('link', { name: 'Beta' }) });
  await betaRow.hover();
  await outline.getByRole('button', { name: 'Actions for lesson Beta' }).click();
  await page
    .getByRole('menu', { name: 'Actions for lesson Beta' })
    .getByRole('menuitem', { name: 'Duplicate' })
    .click();
  await expect(outline.getByRole('link', { name: 'Beta (copy)' })).toBeVisible();
  expect(await lessonTitles(first)).toEqual(['Alpha renamed', 'Beta', 'Beta (copy)', 'Gamma']);

  await outline.getByRole('button', { name: 'Actions for lesson Gamma' }).click();
  await page.getByRole('menuitem', { name: 'Second' }).click();
  await expect(second.getByRole('link', { name: 'Gamma' })).toBeVisible();

  await outline.getByRole('button', { name: 'Actions for lesson Beta (copy)' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await expect(outline.getByRole('link', { name: 'Beta (copy)' })).toHaveCount(0);
  // A click outside closes an open menu.
  await outline.getByRole('button', { name: 'Actions for lesson Beta' }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  await page.getByRole('main').click({ position: { x: 5, y: 5 } });
  await expect(page.getByRole('menu')).toHaveCount(0);

  // Collapse and expand a module.
  const toggle = outline.getByRole('button', { name: 'Lessons of module First' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(first.getByRole('link', { name: 'Beta' })).toHaveCount(0);
  await toggle.click();
  await expect(first.getByRole('link', { name: 'Beta' })).toBeVisible();

  // Quiz lessons carry a mark; titles stay on one line.
  await outline.getByRole('link', { name: 'Gamma' }).click();
  await page.getByRole('main').getByLabel('Lesson type').selectOption('quiz');
  await expect(outline.getByRole('link', { name: /Gamma/ }).getByRole('img', { name: 'Quiz' })).toBeVisible();
  const heights = await outline.locator('.outline-lesson-row').evaluateAll((els) => els.map((el) => el.clientHeight));
  expect(new Set(heights)).toEqual(new Set([32]));

  await page.reload();
  // The outline loads after the reload: wait for it rather than read it at once.
  await expect.poll(() => lessonTitles(outline.locator('[data-module-id]').nth(0))).toEqual(['Alpha renamed', 'Beta']);
  expect(await lessonTitles(outline.locator('[data-module-id]').nth(1))).toEqual(['Gamma']);
});

test('outline by keyboard: F2 and Enter rename, menu with arrows, Escape, collapse', async ({ page, host }) => {
  const outline = await newCourseWithLessons(page, host.url);
  const first = outline.locator('[data-module-id]').nth(0);

  // F2 on a focused lesson renames; Escape cancels and gives focus back to the row.
  await outline.getByRole('link', { name: 'Beta' }).focus();
  await page.keyboard.press('F2');
  await expect(outline.getByLabel('New title for lesson Beta')).toBeFocused();
  await page.keyboard.type('Nope');
  await page.keyboard.press('Escape');
  await expect(outline.getByRole('link', { name: 'Beta' })).toBeFocused();
  // Enter opens a lesson; Enter again on the open lesson renames it.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main').getByRole('heading', { level: 1, name: 'Beta' })).toBeVisible();
  await outline.getByRole('link', { name: 'Beta' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Beta by keys');
  await page.keyboard.press('Enter');
  await expect(outline.getByRole('link', { name: 'Beta by keys' })).toBeVisible();

  // The menu button: ArrowDown opens on the first item, arrows move, Enter chooses, focus comes back.
  const menuButton = outline.getByRole('button', { name: 'Actions for lesson Beta by keys' });
  await menuButton.focus();
  await page.keyboard.press('ArrowDown');
  const menu = page.getByRole('menu', { name: 'Actions for lesson Beta by keys' });
  await expect(menu.getByRole('menuitem', { name: 'Rename' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(menuButton).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu.getByRole('menuitem', { name: 'Rename' })).toBeFocused();
  await page.keyboard.press('ArrowDown'); // Duplicate
  await page.keyboard.press('ArrowDown'); // Move up
  await expect(menu.getByRole('menuitem', { name: 'Move up' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => lessonTitles(first)).toEqual(['Beta by keys', 'Alpha', 'Gamma']);
  await expect(page.getByRole('button', { name: 'Undo move lesson' })).toBeEnabled();

  // "Move down" is disabled on the last row; End goes to the last item (Delete).
  await outline.getByRole('button', { name: 'Actions for lesson Gamma' }).focus();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('menuitem', { name: 'Delete' })).toBeFocused();
  await expect(page.getByRole('menuitem', { name: 'Move down' })).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Escape');

  // Collapse by keyboard.
  const toggle = outline.getByRole('button', { name: 'Lessons of module First' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(first.getByRole('link', { name: 'Alpha' })).toHaveCount(0);
  await page.keyboard.press(' ');
  await expect(first.getByRole('link', { name: 'Alpha' })).toBeVisible();
  // F2 on a module renames it.
  await page.keyboard.press('F2');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Module one');
  await page.keyboard.press('Enter');
  await expect(outline.getByRole('heading', { level: 3, name: /Module one/ })).toBeVisible();

  // Keyboard drag (dnd-kit): Space picks up, ArrowDown moves, Space drops.
  await outline.getByRole('button', { name: 'Drag to move lesson Beta by keys' }).focus();
  // dnd-kit measures the droppables after pick-up: give it a moment between keys.
  await page.keyboard.press('Space');
  await page.waitForTimeout(250);
  await page.keyboard.press('ArrowDown');
  await page.waitForTimeout(250);
  await page.keyboard.press('Space');
  await expect.poll(() => lessonTitles(first)).toEqual(['Alpha', 'Beta by keys', 'Gamma']);

  await expectNoSeriousViolations(page, 'editor with outline menus');
  await outline.getByRole('button', { name: 'Actions for lesson Alpha' }).click();
  await expectNoSeriousViolations(page, 'editor with a menu open');
});

test('the toolbar stays in view while the lesson scrolls; axe clean on the canvas', async ({ page, host }) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto(host.url);
  await page.getByRole('link', { name: 'Asynchronous Learning 101' }).click();
  const outline = page.getByRole('navigation', { name: 'Course outline' });
  await outline.locator('a.outline-lesson').first().click();
  const main = page.getByRole('main');
  await expect(main.locator('[data-block-type]').first()).toBeVisible();
  await expectNoSeriousViolations(page, 'lesson canvas');
  // The width switcher shows the lesson at a phone's width, then back to the full pane.
  const canvas = main.getByRole('region', { name: 'Lesson content' });
  await main.getByRole('button', { name: 'Phone (375 px)' }).click();
  await expect(main.getByRole('button', { name: 'Phone (375 px)' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await canvas.boundingBox())?.width).toBeLessThanOrEqual(375);
  await main.getByRole('button', { name: 'Desktop (full width)' }).click();
  await expect.poll(async () => (await canvas.boundingBox())?.width).toBeGreaterThan(700);
  const toolbar = page.getByRole('toolbar', { name: 'Editor' });
  const before = await toolbar.boundingBox();
  // Scroll the canvas to its end (wheel over it, as a user would).
  await main.hover();
  for (let i = 0; i < 20; i++) await page.mouse.wheel(0, 800);
  await expect.poll(() => main.evaluate((el) => el.scrollTop)).toBeGreaterThan(500);
  await expect(main.locator('[data-block-type]').last()).toBeInViewport();
  const after = await toolbar.boundingBox();
  expect(after?.y).toBe(before?.y);
  await expect(page.getByRole('button', { name: 'Export…' })).toBeInViewport();
  await expect(page.getByRole('button', { name: 'Preview' })).toBeInViewport();
  await expect(toolbar.getByRole('button', { name: 'Undo' })).toBeInViewport();
  await expect(page.locator('.save-indicator')).toBeInViewport();
});

test('the save indicator says saved only after the server answered the change', async ({ page, host }) => {
  // Record, in the page, when each blocks.update request is answered (before the app handles the answer)
  // and every text the indicator shows with its time.
  await page.addInitScript(() => {
    const log = {
      answered: [] as number[],
      sent: [] as number[],
      shown: [] as [string, number][],
      keys: [] as number[],
    };
    (window as unknown as { __save: typeof log }).__save = log;
    document.addEventListener('keydown', () => log.keys.push(performance.now()), true);
    const ids = new Set<unknown>();
    const Native = window.WebSocket;
    class Spy extends Native {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols);
        this.addEventListener('message', (ev) => {
          const msg = JSON.parse(String(ev.data)) as { id?: unknown };
          if (ids.has(msg.id)) log.answered.push(performance.now());
        });
      }
      override send(data: string) {
        const msg = JSON.parse(data) as { id?: unknown; channel?: string };
        if (msg.channel === 'blocks.update') {
          ids.add(msg.id);
          log.sent.push(performance.now());
        }
        super.send(data);
      }
    }
    window.WebSocket = Spy;
    new MutationObserver(() => {
      const el = document.querySelector('.save-indicator [role="status"]');
      const text = el?.textContent ?? '';
      const last = log.shown[log.shown.length - 1];
      if (el && last?.[0] !== text) log.shown.push([text, performance.now()]);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  // The network view from outside: the answer frame to blocks.update is seen.
  const answers: string[] = [];
  page.on('websocket', (ws) => {
    const pending = new Set<unknown>();
    ws.on('framesent', (f) => {
      const msg = JSON.parse(String(f.payload)) as { id?: unknown; channel?: string };
      if (msg.channel === 'blocks.update') pending.add(msg.id);
    });
    ws.on('framereceived', (f) => {
      const msg = JSON.parse(String(f.payload)) as { id?: unknown };
      if (pending.has(msg.id)) answers.push(String(f.payload));
    });
  });

  await page.goto(host.url);
  await page.getByRole('link', { name: 'Asynchronous Learning 101' }).click();
  const outline = page.getByRole('navigation', { name: 'Course outline' });
  await outline.locator('a.outline-lesson').first().click();
  const status = page.locator('.save-indicator [role="status"]');
  await expect(status).toHaveText('All changes saved');
  // Select the first heading on the canvas, then type in place.
  await page.getByRole('main').locator('[data-block-type="heading"] .block-canvas-view').first().click();
  const heading = page.getByRole('main').getByLabel('Heading text').first();
  await heading.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' now', { delay: 20 });
  // The log holds every text the indicator showed (a poll could miss the short "Saving…").
  await expect
    .poll(() =>
      page.evaluate(() =>
        (window as unknown as { __save: { shown: [string, number][] } }).__save.shown.map(([t]) => t),
      ),
    )
    .toContain('Saving…');
  await expect(status).toHaveText('All changes saved');
  await expect.poll(() => answers.length).toBeGreaterThan(0);
  const log = await page.evaluate(
    () =>
      (
        window as unknown as {
          __save: { answered: number[]; sent: number[]; shown: [string, number][]; keys: number[] };
        }
      ).__save,
  );
  const typedAt = log.shown.findIndex(([t]) => t === 'Saving…');
  const after = log.shown.slice(typedAt);
  // From the first keystroke the indicator alternates saving / saved and ends saved. Usually that is one save; on a
  // loaded machine two keystrokes can fall more than the debounce apart and make two, each said "saved" only once
  // answered.
  const texts = after.map(([t]) => t);
  expect(texts.every((t, i) => t === (i % 2 === 0 ? 'Saving…' : 'All changes saved'))).toBe(true);
  expect(texts[texts.length - 1]).toBe('All changes saved');
  expect(log.sent.length).toBeGreaterThan(0);
  // "Saved" never shows while a sent save is unanswered, nor before the keystrokes typed so far were sent (the early
  // flip this test guards against).
  for (const [text, at] of after) {
    if (text !== 'All changes saved') continue;
    expect(log.answered.filter((a) => a <= at).length).toBe(log.sent.filter((s) => s <= at).length);
    const lastKey = Math.max(...log.keys.filter((k) => k <= at));
    expect(log.sent.some((s) => s >= lastKey && s <= at)).toBe(true);
  }
  expect(after[after.length - 1]![1]).toBeGreaterThanOrEqual(Math.max(...log.answered, ...log.sent));
  expect(answers[answers.length - 1]).toContain(' now');
});

test('toasts sit in the page flow, close by themselves, and stay on their screen', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByLabel('Course title').fill('Short lived');
  await page.getByLabel('Course title').press('Enter');
  await expect(page.getByRole('navigation', { name: 'Course outline' })).toBeVisible();
  await page.getByRole('link', { name: 'Course library' }).click();
  await page.getByRole('button', { name: 'Delete Short lived', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete course' }).click();
  const toast = page.locator('.toasts').getByText('Deleted “Short lived”.');
  await expect(toast).toBeVisible();
  // In the flow, not over the page: nothing of the page lies under it.
  const box = (await toast.boundingBox())!;
  const under = await page.evaluate(
    ([x, y]) => document.elementsFromPoint(x!, y!).filter((el) => el.closest('main')).length,
    [box.x + 2, box.y + 2],
  );
  expect(under).toBe(0);
  // Success closes by itself.
  await expect(toast).toBeHidden({ timeout: 8000 });
  // An error stays until dismissed, but not on another screen.
  await page.goto(`${host.url}#/courses/00000000-0000-4000-8000-000000000000`);
  await expect(page.getByRole('alert')).toContainText(/not found|no course|does not exist/i);
  await page.getByRole('link', { name: 'Learn', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Learn' })).toBeVisible();
  await expect(page.getByRole('alert')).toBeEmpty();
});

test('a 500-lesson course: the outline paints, rows drag, the selected lesson is in view', async ({ browser }) => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-e2e-500-'));
  const ctx = await createAppContext({ libraryDir: dir, host: 'browser', seedSample: false });
  const course = ctx.library.createCourse({ title: 'Five hundred' });
  let target = '';
  let other = '';
  for (let m = 0; m < 25; m++) {
    const mod = ctx.library.createModule(course.id, `Module ${m + 1}`);
    for (let l = 0; l < 20; l++) {
      const lesson = ctx.library.createLesson(mod.id, `Lesson ${m + 1}.${l + 1}`, l === 19 ? 'quiz' : 'content');
      if (m === 21 && l === 7) target = lesson.id;
      if (m === 23 && l === 2) other = lesson.id;
    }
  }
  await ctx.close();
  const host = await startHost({ libraryDir: dir });
  const page = await browser.newPage();
  try {
    await page.goto(`${host.url}#/courses/${course.id}/lessons/${target}`);
    const outline = page.getByRole('navigation', { name: 'Course outline' });
    const selected = outline.getByRole('link', { name: 'Lesson 22.8' });
    await expect(selected).toHaveAttribute('aria-current', 'page');
    await expect(selected).toBeInViewport();
    // Only the rows near the view are in the DOM, every one of them draggable; the list keeps its full height.
    const rendered = await outline.locator('.outline-lesson-row').count();
    expect(rendered).toBeGreaterThan(10);
    expect(rendered).toBeLessThan(200);
    await expect(outline.locator('.drag-handle:disabled')).toHaveCount(0);
    expect(await outline.evaluate((el) => el.scrollHeight)).toBeGreaterThan(500 * 32);
    // Modules far from the view are placeholders of their height (their title only): a few are built, not 25.
    expect(await outline.locator('[data-module-id]:not(.is-placeholder)').count()).toBeLessThan(8);
    await expect(outline.locator('[data-module-id]')).toHaveCount(25);
    await expect(outline.locator('[data-module-id]').nth(2)).toHaveClass(/is-placeholder/);
    // Scrolling to the top brings the first lessons in.
    await outline.evaluate((el) => (el.scrollTop = 0));
    await expect(outline.getByRole('link', { name: 'Lesson 1.1', exact: true })).toBeInViewport();
    await expect(outline.getByRole('link', { name: 'Lesson 1.20' }).getByRole('img', { name: 'Quiz' })).toBeVisible();
    // A row's handle and menu icons (invisible until hover or focus) are drawn when the pointer comes.
    const handle = outline.getByRole('button', { name: 'Drag to move lesson Lesson 1.2', exact: true });
    await expect(handle.locator('svg')).toHaveCount(0);
    await outline.getByRole('link', { name: 'Lesson 1.2', exact: true }).hover();
    await expect(handle.locator('svg')).toBeVisible();
    await expect(
      outline.getByRole('button', { name: 'Actions for lesson Lesson 1.2', exact: true }).locator('svg'),
    ).toBeVisible();
    // Closing modules moves the next ones up without a scroll: their rows, and modules not built yet, come in.
    const toggle = (n: number) => outline.getByRole('button', { name: `Lessons of module Module ${n}`, exact: true });
    await toggle(1).click();
    await expect(outline.getByRole('link', { name: 'Lesson 2.12', exact: true })).toBeInViewport();
    await toggle(2).click();
    await expect(toggle(3)).toBeInViewport();
    await expect(outline.getByRole('link', { name: 'Lesson 3.5', exact: true })).toBeInViewport();
    await toggle(1).click();
    await toggle(2).click();
    // Selecting a far lesson from elsewhere (the URL) scrolls the outline to it.
    await page.evaluate((hash) => (location.hash = hash), `#/courses/${course.id}/lessons/${other}`);
    await expect(outline.getByRole('link', { name: 'Lesson 24.3' })).toBeInViewport();
    await page.evaluate((hash) => (location.hash = hash), `#/courses/${course.id}/lessons/${target}`);
    await expect(selected).toBeInViewport();
    // Drag by keyboard works on a windowed row.
    await outline.getByRole('button', { name: 'Drag to move lesson Lesson 22.8' }).focus();
    await page.keyboard.press('Space');
    await page.waitForTimeout(250);
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(250);
    await page.keyboard.press('Space');
    const module22 = outline.locator('[data-module-id]').nth(21);
    await expect
      .poll(() => lessonTitles(module22).then((t) => t.slice(6, 9)))
      .toEqual(['Lesson 22.7', 'Lesson 22.9', 'Lesson 22.8']);
  } finally {
    await page.close();
    await host.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
