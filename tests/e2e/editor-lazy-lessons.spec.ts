import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { createAppContext } from '../../main/app/app-context';
import { docFromParagraphs } from '../../shared';
import { expect, test } from './support/fixtures';
import { startHost } from './support/host';

/** Every API frame of the page's WebSocket, both ways (Playwright sees them on the wire). */
function recordFrames(page: Page) {
  const sent: string[] = [];
  const received: string[] = [];
  page.on('websocket', (ws) => {
    ws.on('framesent', (f) => sent.push(String(f.payload)));
    ws.on('framereceived', (f) => received.push(String(f.payload)));
  });
  const channels = () =>
    sent.flatMap((s) => {
      try {
        const channel = (JSON.parse(s) as { channel?: unknown }).channel;
        return typeof channel === 'string' ? [channel] : [];
      } catch {
        return [];
      }
    });
  return { sent, received, channels };
}

test('a 500-lesson course opens without the block bodies of its lessons; each lesson loads its own', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-e2e-lazy-'));
  const ctx = await createAppContext({ libraryDir: dir, host: 'browser', seedSample: false });
  const course = ctx.library.createCourse({ title: 'Five hundred, lazily' });
  const ids: Record<string, string> = {};
  for (let m = 1; m <= 25; m++) {
    const mod = ctx.library.createModule(course.id, `Module ${m}`);
    for (let l = 1; l <= 20; l++) {
      const lesson = ctx.library.createLesson(mod.id, `Lesson ${m}.${l}`);
      ids[`${m}.${l}`] = lesson.id;
      ctx.library.createBlock(lesson.id, { type: 'heading', level: 2, text: `Heading ${m}.${l}` });
      ctx.library.createBlock(lesson.id, { type: 'richText', doc: docFromParagraphs(`Body of lesson ${m}.${l}.`) });
    }
  }
  await ctx.close();
  const host = await startHost({ libraryDir: dir });
  const page = await browser.newPage();
  const frames = recordFrames(page);
  try {
    await page.goto(`${host.url}#/courses/${course.id}/lessons/${ids['22.8']}`);
    const outline = page.getByRole('navigation', { name: 'Course outline' });
    const main = page.getByRole('main');
    await expect(outline.getByRole('link', { name: 'Lesson 22.8' })).toHaveAttribute('aria-current', 'page');
    await expect(main.getByRole('heading', { level: 2, name: 'Heading 22.8' })).toBeVisible();
    await expect(main.getByText('Body of lesson 22.8.')).toBeVisible();

    // What crossed the wire: the outline and this lesson, never the whole tree nor another lesson's blocks.
    expect(frames.channels()).toContain('courses.outline');
    expect(frames.channels()).not.toContain('courses.get');
    expect(frames.channels().filter((c) => c === 'lessons.get')).toHaveLength(1);
    const bodies = (text: string) => [...text.matchAll(/Body of lesson (\d+\.\d+)\./g)].map((m) => m[1]);
    expect(frames.received.flatMap(bodies)).toEqual(['22.8']);
    expect(frames.received.some((f) => f.includes('Heading 1.1"'))).toBe(false);
    const bytes = frames.received.reduce((n, f) => n + f.length, 0);
    // 500 outline rows are ~90 KB; the whole tree with its 1,000 blocks would be well over twice that.
    expect(bytes).toBeLessThan(150_000);

    // Switching lessons shows the right blocks, loaded then.
    await outline.getByRole('link', { name: 'Lesson 22.9' }).click();
    await expect(main.getByRole('heading', { level: 2, name: 'Heading 22.9' })).toBeVisible();
    await expect(main.getByText('Body of lesson 22.9.')).toBeVisible();
    await expect(main.getByText('Body of lesson 22.8.')).toHaveCount(0);
    expect(frames.received.flatMap(bodies)).toEqual(['22.8', '22.9']);

    // A block added here is stored and shown (the write refreshes the outline and the kept lessons, not the tree).
    await main.getByRole('button', { name: '+ Add block' }).click();
    await page
      .getByRole('listbox', { name: 'Block types' })
      .getByRole('option')
      .filter({ hasText: /^Divider/ })
      .first()
      .click();
    await expect(main.locator('[data-block-type]')).toHaveCount(3);
    await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

    // Away and back: each lesson shows its own blocks, the added one included.
    await page.evaluate((hash) => (location.hash = hash), `#/courses/${course.id}/lessons/${ids['1.1']}`);
    await expect(main.getByRole('heading', { level: 2, name: 'Heading 1.1' })).toBeVisible();
    await expect(main.locator('[data-block-type]')).toHaveCount(2);
    await page.evaluate((hash) => (location.hash = hash), `#/courses/${course.id}/lessons/${ids['22.9']}`);
    await expect(main.getByRole('heading', { level: 2, name: 'Heading 22.9' })).toBeVisible();
    await expect(main.locator('[data-block-type]')).toHaveCount(3);
    await expect(main.getByText('Body of lesson 1.1.')).toHaveCount(0);
    expect(frames.channels()).not.toContain('courses.get');
    // Nothing but the lessons opened ever crossed the wire.
    expect(new Set(frames.received.flatMap(bodies))).toEqual(new Set(['22.8', '22.9', '1.1']));
  } finally {
    await page.close();
    await host.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
