import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/fixtures';
import { addBlock, expectSaved, newCourseWithLesson, selectBlock } from './support/editor-page';
import { REPO_ROOT } from './support/lms-server';
import { cw } from './support/cw-class';

// Continue, Attachment and Embed created from the insert menu and edited on the canvas (real input), drawn by the
// player's views, saved and still there after a reload.
const WORKSHEET = path.join(REPO_ROOT, 'resources/sample/support-plan-worksheet.pdf');

test('continue, attachment and embed: inserted, edited on the canvas, saved and reloaded', async ({ page, host }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(host.url);
  const { main } = await newCourseWithLesson(page, { course: 'Kinds A', module: 'Module', lesson: 'Lesson' });

  // Continue: its label and the "wait for the blocks above" option.
  const cont = await addBlock(page, 'continue', 'search');
  await cont.getByLabel('Button text').fill('Show the next part');
  await cont.getByLabel(/Only after the blocks above are completed/).check();
  await expect(cont.locator(cw('.block-preview .cw-continue button'))).toHaveText('Show the next part');
  await expectSaved(page);

  // Attachment: a PDF uploaded from the block, named, typed and sized by the player's view.
  const att = await addBlock(page, 'attachment', 'search');
  await att.getByText('Import a file into the media library…').click();
  await att.getByLabel('File to import').setInputFiles(WORKSHEET);
  await att.getByRole('button', { name: 'Import', exact: true }).click();
  const link = att.locator(cw('.block-preview .cw-attachment a'));
  await expect(link).toHaveAttribute('download', 'support-plan-worksheet.pdf');
  await expect(att.getByLabel('Saved as (file name)')).toHaveValue('support-plan-worksheet.pdf');
  await att.getByLabel('Link text (optional)').fill('Planning worksheet');
  await expect(link).toContainText('Planning worksheet');
  await expect(link).toContainText('support-plan-worksheet.pdf · PDF');
  await expectSaved(page);

  // Embed: an http address is refused (said at once), an https one with a title and an offline text is kept.
  const embed = await addBlock(page, 'embed', 'search');
  const address = embed.getByLabel('Web address (https://)');
  await address.fill('http://example.org/tool');
  await expect(embed.getByRole('alert')).toHaveText('Only https:// addresses can be embedded.');
  await address.fill('https://example.org/tool');
  await expect(embed.getByRole('alert')).toHaveCount(0);
  await embed.getByLabel('Title (read by screen readers)').fill('Example tool');
  await embed.getByLabel('Shape').selectOption('fixed');
  await embed.getByLabel('Height in pixels').fill('360');
  await embed.getByLabel('Offline text (shown when the page cannot load)').fill('Try the tool at example.org.');
  // On the canvas (the app's own origin) the player's view shows the offline text, never a third-party frame.
  await expect(embed.locator(cw('.block-preview .cw-embed-fallback'))).toContainText('Try the tool at example.org.');
  await expect(embed.locator('.block-preview iframe')).toHaveCount(0);
  await expectSaved(page);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  await page.reload();
  await expect(main.getByRole('heading', { level: 1, name: 'Lesson' })).toBeVisible();
  const c = await selectBlock(page, 'continue');
  await expect(c.getByLabel('Button text')).toHaveValue('Show the next part');
  await expect(c.getByLabel(/Only after the blocks above are completed/)).toBeChecked();
  const a = await selectBlock(page, 'attachment');
  await expect(a.getByLabel('Link text (optional)')).toHaveValue('Planning worksheet');
  const e = await selectBlock(page, 'embed');
  await expect(e.getByLabel('Web address (https://)')).toHaveValue('https://example.org/tool');
  await expect(e.getByLabel('Height in pixels')).toHaveValue('360');
  await expect(e.getByLabel('Title (read by screen readers)')).toHaveValue('Example tool');

  expect(errors).toEqual([]);
});

test('preview (the package on the content origin) frames the sample’s embed; the app’s own page frames no https page', async ({
  page,
  context,
  host,
}) => {
  test.setTimeout(120_000);
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  // The embedded site, answered locally (the test needs no network).
  await context.route('https://en.m.wikipedia.org/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>w</title><h1>Blended learning</h1>' }),
  );
  const app = await page.request.get(host.url);
  const appCsp = app.headers()['content-security-policy'] ?? '';
  expect(appCsp).toMatch(/frame-src [^;]+/);
  expect(/frame-src[^;]*https:(?!\/\/)/.test(appCsp)).toBe(false);

  await page.goto(host.url);
  await page.getByRole('link', { name: 'Asynchronous Learning 101' }).click();
  await page.getByRole('button', { name: 'Preview' }).click();
  const course = page.frameLocator('.preview-frame').frameLocator('#course-frame');
  await expect(course.locator('#app')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  await course
    .getByRole('navigation', { name: 'Course contents' })
    .getByRole('link', { name: /When learners need live contact/ })
    .click();
  await course.locator(cw('.cw-continue button')).click();
  await expect(
    course.frameLocator(cw('.cw-embed iframe')).getByRole('heading', { name: 'Blended learning' }),
  ).toBeVisible();
  await expect(course.locator(cw('.cw-embed'))).toHaveAttribute('data-embed', 'loaded');
  expect(violations).toEqual([]);
});
