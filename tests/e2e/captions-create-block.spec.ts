import { expect, test } from './support/fixtures';

// "Create captions" where the video is: on the video block, the same caption-track actions as the media row.
test('create captions on a video block: placeholder cues open in the cue editor, the block gets the track', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(host.url);
  await page.getByRole('link', { name: 'Asynchronous Learning 101' }).click();
  await page
    .getByRole('navigation', { name: 'Course outline' })
    .getByRole('link', { name: 'What is asynchronous learning?' })
    .click();
  const video = page.getByRole('main').locator('[data-block-type="video"]').first();
  await video.locator('.block-canvas-view').click({ position: { x: 4, y: 4 } });
  await expect(video).toHaveClass(/is-selected/);
  const labels = video.getByLabel('Label', { exact: true });
  const before = await labels.count();
  await video.getByText('Add captions…').click();
  await video.getByLabel('Language code').fill('fr');
  await video.getByLabel('Label learners see').fill('Français');
  await video.getByRole('button', { name: 'Create captions' }).click();
  // The cue editor opens on the new track with cues timed to the speech, ready for the words.
  const cues = video.getByRole('region', { name: 'Caption cues' });
  await expect(cues).toBeVisible({ timeout: 60_000 });
  await expect(cues.getByLabel('Cue 1 start')).toHaveValue(/^\d\d:\d\d:\d\d\.\d{3}$/);
  await expect(labels).toHaveCount(before + 1);
  await expect(labels.nth(before)).toHaveValue('Français');
  await cues.getByLabel('Cue 1 text').fill('Bonjour et bienvenue.');
  await cues.getByRole('button', { name: 'Save captions' }).click();
  await expect(cues.getByText('Captions saved.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible({ timeout: 15_000 });
  // The block's French track now points at the saved cue file, which holds the words.
  await page.reload();
  await video.locator('.block-canvas-view').click({ position: { x: 4, y: 4 } });
  const src = await video.locator('.block-preview video track[srclang="fr"]').getAttribute('src');
  expect(src).toBeTruthy();
  const vtt = await page.evaluate(async (url) => (await fetch(url)).text(), src!);
  expect(vtt).toContain('Bonjour et bienvenue.');
  expect(errors).toEqual([]);
});
