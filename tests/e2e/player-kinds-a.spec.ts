import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { BlockOf, BlockType, CourseTree } from '../../shared';
import { startLmsServer, type LmsServer } from './support/lms-server';
import { buildSamplePlayerPackage, findBlock, REPO_ROOT, type PlayerPackage } from './support/player-package';
import { answerCorrectly, tabTo } from './support/player-keyboard';
import { expectNoSeriousWcagViolations } from './support/lms-axe';
import { launchPlayer, noPageOverflow, openPlayerLesson } from './support/player-page';
import { cw } from './support/cw-class';

// Continue, Attachment and Embed in the learner player, from the sample course: keyboard only, 320 px, axe, the
// Continue press surviving a relaunch and counting for completion, the embed's offline text from file://, the
// attachment downloaded with its bytes.
let pkg: PlayerPackage;
test.beforeAll(() => {
  pkg = buildSamplePlayerPackage('html5');
});
test.afterAll(() => pkg.cleanup());

const find = <T extends BlockType>(type: T, tree: CourseTree = pkg.tree) => findBlock(tree, type);

const progressText = (page: Page) => page.locator(cw('.cw-header-progress')).innerText();

test('continue: hides the rest until pressed by keyboard, focus moves to the first revealed block, the lesson then counts as viewed, and the press survives a relaunch', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const { block, lessonTitle } = find('continue');
  const lesson = pkg.tree.modules.flatMap((m) => m.lessons).find((l) => l.title === lessonTitle)!;
  const at = lesson.blocks.indexOf(block);
  const revealed = lesson.blocks[at + 1]!;
  expect(revealed.type).toBe('heading');
  const revealedText = revealed.type === 'heading' ? revealed.text : '';
  await launchPlayer(page, pkg.url, true);
  await openPlayerLesson(page, lessonTitle, 320);
  const main = page.locator('main');
  // Nothing after the button is on the page yet; the next lesson is not counted as viewed.
  await expect(main.getByRole('heading', { name: revealedText })).toHaveCount(0);
  await expect(main.locator(cw('.cw-embed'))).toHaveCount(0);
  const before = await progressText(page);
  const button = main.locator(cw('.cw-continue button'));
  await expect(button).toHaveText(block.label);
  await expect(main.locator(cw('.cw-continue'))).toHaveAttribute('data-continue', 'ready');
  expect(await noPageOverflow(page)).toBe(true);
  await expectNoSeriousWcagViolations(page, `${lessonTitle} before Continue`);

  await main.focus();
  await tabTo(page, cw('.cw-continue button'));
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  const heading = main.getByRole('heading', { name: revealedText });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  await expect(main.locator(cw('.cw-continue'))).toHaveCount(0);
  await expect(main.locator(cw('.cw-continue-done'))).toHaveCount(1);
  await expect(main.locator(cw('.cw-embed'))).toHaveCount(1);
  // Viewing the whole lesson now counts: the header's percentage grows.
  await expect.poll(() => progressText(page)).not.toBe(before);
  expect(parseInt(await progressText(page), 10)).toBeGreaterThan(parseInt(before, 10));
  expect(await noPageOverflow(page)).toBe(true);
  await expectNoSeriousWcagViolations(page, `${lessonTitle} after Continue`);

  // Relaunch: the lesson opens whole.
  await page.reload();
  await expect(page.locator('#app')).toHaveAttribute('data-state', 'ready');
  await expect(page.locator('h1')).toHaveText(lessonTitle);
  await expect(main.getByRole('heading', { name: revealedText })).toBeVisible();
  await expect(main.locator(cw('.cw-continue'))).toHaveCount(0);
});

test('continue that waits for the blocks above: aria-disabled with its reason until the question is answered', async ({
  page,
}) => {
  // A variant of the sample: the lesson's knowledge check moved above its Continue, which waits for it.
  const gated = buildSamplePlayerPackage('html5', (tree) => {
    const lessons = tree.modules.flatMap((m) => m.lessons);
    const target = lessons.find((l) => l.blocks.some((b) => b.type === 'continue'))!;
    const source = lessons.find((l) => l.kind === 'content' && l.blocks.some((b) => b.type === 'question'))!;
    const question = source.blocks.find((b) => b.type === 'question')!;
    source.blocks = source.blocks.filter((b) => b !== question);
    const at = target.blocks.findIndex((b) => b.type === 'continue');
    (target.blocks[at] as BlockOf<'continue'>).requireComplete = true;
    target.blocks.splice(at, 0, question);
  });
  try {
    const { lessonTitle } = find('continue', gated.tree);
    const lesson = gated.tree.modules.flatMap((m) => m.lessons).find((l) => l.title === lessonTitle)!;
    const question = lesson.blocks.find((b): b is BlockOf<'question'> => b.type === 'question')!;
    await launchPlayer(page, gated.url, true);
    await openPlayerLesson(page, lessonTitle);
    const wrap = page.locator(cw('.cw-continue'));
    const button = wrap.getByRole('button');
    await expect(wrap).toHaveAttribute('data-continue', 'locked');
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(button).toHaveAccessibleDescription('Complete the activities above to continue.');
    // Pressing it does nothing yet; it keeps focus.
    await page.locator('main').focus();
    await tabTo(page, cw('.cw-continue button'));
    await page.keyboard.press('Enter');
    await expect(button).toBeFocused();
    await expect(page.locator(cw('.cw-embed'))).toHaveCount(0);
    await answerCorrectly(page, question);
    await expect(wrap).toHaveAttribute('data-continue', 'ready');
    await tabTo(page, cw('.cw-continue button'));
    await page.keyboard.press('Enter');
    await expect(page.locator(cw('.cw-embed'))).toHaveCount(1);
  } finally {
    gated.cleanup();
  }
});

test('embed from file://: the offline text and a link instead of the frame', async ({ page }) => {
  const { block, lessonTitle } = find('embed');
  const { block: cont } = find('continue');
  await launchPlayer(page, pkg.url, true);
  await openPlayerLesson(page, lessonTitle, 320);
  await page.locator(cw('.cw-continue button')).press('Enter');
  const embed = page.locator(cw('.cw-embed'));
  await expect(embed).toHaveAttribute('data-embed', 'failed');
  await expect(embed.locator('iframe')).toHaveCount(0);
  await expect(embed.locator(cw('.cw-embed-fallback'))).toContainText(block.fallback.slice(0, 40));
  const link = embed.getByRole('link', { name: `Open “${block.title}” in a new window` });
  await expect(link).toHaveAttribute('href', block.url);
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  expect(cont.type).toBe('continue');
  expect(await noPageOverflow(page)).toBe(true);
  await expectNoSeriousWcagViolations(page, `${lessonTitle} (embed fallback)`);
});

test.describe('served over http', () => {
  let server: LmsServer;
  test.beforeAll(async () => {
    server = await startLmsServer({ '/pkg': pkg.dir });
  });
  test.afterAll(() => server.close());
  const url = () => `${server.origin}/pkg/index.html`;

  test('embed: a titled, sandboxed frame without top navigation; offline it shows the fallback', async ({
    page,
    context,
  }) => {
    const { block, lessonTitle } = find('embed');
    // The embedded site, answered locally (the test needs no network).
    await context.route(`${block.url}**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>t</title><h1>Embedded page</h1>' }),
    );
    await launchPlayer(page, url(), true);
    await openPlayerLesson(page, lessonTitle);
    await page.locator(cw('.cw-continue button')).press('Enter');
    const embed = page.locator(cw('.cw-embed'));
    const frame = embed.locator('iframe');
    await expect(frame).toHaveAttribute('title', block.title);
    await expect(frame).toHaveAttribute('src', block.url);
    const sandbox = (await frame.getAttribute('sandbox'))!.split(' ').sort();
    expect(sandbox).toEqual(['allow-forms', 'allow-popups', 'allow-same-origin', 'allow-scripts']);
    await expect(page.frameLocator(cw('.cw-embed iframe')).locator('h1')).toHaveText('Embedded page');
    await expect(embed).toHaveAttribute('data-embed', 'loaded');
    // 4:3 frame, full width at 320 px without page overflow.
    await page.setViewportSize({ width: 320, height: 800 });
    const box = (await frame.boundingBox())!;
    expect(Math.abs(box.width / box.height - 4 / 3)).toBeLessThan(0.05);
    expect(await noPageOverflow(page)).toBe(true);

    // Offline: the next time the lesson is drawn, the fallback replaces the frame.
    await page.setViewportSize({ width: 1280, height: 800 });
    await context.setOffline(true);
    await page.getByRole('navigation', { name: 'Course contents' }).getByRole('link').first().click();
    await openPlayerLesson(page, lessonTitle);
    await expect(embed).toHaveAttribute('data-embed', 'failed');
    await expect(embed.locator('iframe')).toHaveCount(0);
    await context.setOffline(false);
  });

  test('attachment: name, type and size, downloaded with the keyboard, bytes intact', async ({ page }) => {
    const { block, lessonTitle } = find('attachment');
    const original = fs.readFileSync(path.join(REPO_ROOT, 'resources/sample/support-plan-worksheet.pdf'));
    await launchPlayer(page, url(), true);
    await openPlayerLesson(page, lessonTitle, 320);
    const link = page.locator(cw('.cw-attachment a'));
    await expect(link).toHaveAttribute('download', block.fileName);
    await expect(link).toContainText(block.title);
    await expect(link).toContainText(`${block.fileName} · PDF · ${Math.round(original.length / 1024)} KB`);
    await expect(page.locator(cw('.cw-attachment'))).toContainText(block.description);
    expect(await noPageOverflow(page)).toBe(true);
    await expectNoSeriousWcagViolations(page, `${lessonTitle} (attachment)`);
    await page.locator('main').focus();
    await tabTo(page, cw('.cw-attachment a'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe(block.fileName);
    const saved = fs.readFileSync((await download.path())!);
    expect(saved.equals(original)).toBe(true);
  });
});
