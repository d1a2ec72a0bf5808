import { expect, test } from './support/fixtures';
import { addBlock, expectSaved, newCourseWithLesson } from './support/editor-page';
import { expectNoSeriousViolations } from './support/lms-axe';
import { cw } from './support/cw-class';

// Gallery, labeled graphic and sorting activity created and edited on the canvas with real input: the selected
// block shows its options; the learner's view (the player's) follows each edit; a marker is placed by a click on the
// image, moved by the keyboard and dragged; everything is saved and still there after a reload.

test('gallery, labeled graphic and sorting: created and edited on the canvas, saved across a reload', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(host.url);
  const { main } = await newCourseWithLesson(page, { course: 'New kinds', module: 'Tools', lesson: 'Showcase' });

  // Gallery: a carousel of one library image (the sample's illustration), with alt text and a caption.
  const gallery = await addBlock(page, 'gallery');
  await gallery.getByLabel('Layout').selectOption('carousel');
  await gallery.getByLabel('Gallery title (names it for screen readers)').fill('Tools');
  await gallery.getByLabel('Image 1 file').selectOption({ label: 'sync-vs-async.svg' });
  await gallery.getByLabel('Image 1 alt text').fill('Two ways to organise time');
  await gallery.getByLabel('Image 1 caption').fill('Sync and async');
  await gallery.getByRole('button', { name: 'Remove image 2' }).click();
  const carousel = gallery.locator('.block-preview').getByRole('region', { name: 'Tools' });
  await expect(carousel).toHaveAttribute('aria-roledescription', 'carousel');
  await expect(carousel.getByRole('img', { name: 'Two ways to organise time' })).toBeVisible();
  await expect(carousel.locator(cw('.cw-gallery-count'))).toHaveText('1 of 1');
  await expectSaved(page);

  // Labeled graphic: pick the image, then click on it to place marker 2; arrows and a drag move markers.
  const graphic = await addBlock(page, 'labeledGraphic');
  await graphic.getByLabel('Graphic', { exact: true }).selectOption({ label: 'sync-vs-async.svg' });
  await graphic.getByLabel('Alt text (what the graphic shows)').fill('Synchronous and asynchronous time');
  const canvas = graphic.locator('.marker-canvas');
  const img = canvas.locator('img');
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  // The click's place is a share of the image's size: wait until its layout has settled (the same box twice).
  let last = '';
  await expect
    .poll(async () => {
      const now = JSON.stringify(await img.boundingBox());
      const settled = now === last;
      last = now;
      return settled;
    })
    .toBe(true);
  const box = (await img.boundingBox())!;
  await img.click({ position: { x: box.width * 0.25, y: box.height * 0.4 } });
  await expect(graphic.getByLabel('Marker 2 title')).toHaveValue('Marker 2');
  await expect(graphic.getByLabel('Across % (marker 2)')).toHaveValue(/^2[45](\.\d)?$/);
  await expect(graphic.getByLabel('Down % (marker 2)')).toHaveValue(/^(39|40|41)(\.\d)?$/);
  const x2 = Number(await graphic.getByLabel('Across % (marker 2)').inputValue());
  const marker2 = canvas.getByRole('button', { name: /^Marker 2, at/ });
  await marker2.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(graphic.getByLabel('Across % (marker 2)')).toHaveValue(String(Math.round((x2 + 1) * 10) / 10));
  await expect(marker2).toBeFocused();
  // Marker 1 (at 50 %, 50 %) dragged to about 75 %, 20 %.
  // The pointer is put on marker 1 by hover(), which waits until the marker is still and is what the pointer hits: a
  // press measured from a box of a moment ago could land on the image, and a click on the image adds a marker (a
  // clean-clone run got three). The image's box is measured right before the drag (focusing marker 2 may have
  // scrolled the page); on a loaded machine the canvas can still be re-laying out after the keyboard moves' saves,
  // so a drag that did not land is made again.
  const marker1 = canvas.getByRole('button', { name: /^Marker 1, at/ });
  const markers = canvas.getByRole('button', { name: /^Marker \d+, at/ });
  await expect(markers).toHaveCount(2);
  // A press aimed at marker 1 while the page still moves lands on the image, and a click on the image adds a marker
  // (a clean-clone run got a third one at the drop point): let the keyboard moves' saves finish and the image stay
  // put (the same box twice, 100 ms apart) before pressing.
  await expectSaved(page);
  let seen = '';
  await expect
    .poll(
      async () => {
        const now = JSON.stringify(await img.boundingBox());
        const still = now === seen;
        seen = now;
        return still;
      },
      { intervals: [100] },
    )
    .toBe(true);
  await expect(async () => {
    await marker1.hover();
    const m1 = (await marker1.boundingBox())!;
    const [cx, cy] = [m1.x + m1.width / 2, m1.y + m1.height / 2];
    await page.mouse.move(cx, cy);
    // What the press will hit, checked just before pressing: marker 1, not the image it sits on.
    const hit = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.closest('button')?.getAttribute('aria-label') ?? '',
      [cx, cy],
    );
    expect(hit).toMatch(/^Marker 1, at/);
    const now = (await img.boundingBox())!;
    await page.mouse.down();
    await page.mouse.move(now.x + now.width * 0.75, now.y + now.height * 0.2, { steps: 6 });
    await page.mouse.up();
    await expect(graphic.getByLabel('Across % (marker 1)')).toHaveValue(/^7[4-6](\.\d)?$/, { timeout: 1000 });
  }).toPass();
  await expect(markers).toHaveCount(2);
  await graphic.getByLabel('Marker 2 title').fill('Any hour');
  await graphic.getByLabel('Marker 2 note').fill('Learners pick their own time.');
  // The learner's view: two numbered markers; the second opens its note.
  const preview = graphic.locator('.block-preview');
  await expect(preview.locator(cw('.cw-lg-marker'))).toHaveCount(2);
  await preview.getByRole('button', { name: '2. Any hour' }).click();
  await expect(preview.locator(cw('.cw-lg-note'))).toContainText('Learners pick their own time.');
  await expectSaved(page);
  await expectNoSeriousViolations(page, 'labeled graphic selected');

  // Sorting: instruction, pile labels, a third card moved to the second pile.
  const sorting = await addBlock(page, 'sorting');
  await sorting.getByLabel('Instruction').fill('Live or not?');
  await sorting.getByLabel('Pile 1 label').fill('Synchronous');
  await sorting.getByLabel('Pile 2 label').fill('Asynchronous');
  await sorting.getByRole('button', { name: 'Add card to pile 1' }).click();
  await sorting.getByLabel('Card 2 text').fill('Forum thread');
  await sorting.getByLabel('Card 2 belongs in').selectOption({ label: 'Asynchronous' });
  await expect(sorting.getByRole('group', { name: 'Pile 2: Asynchronous' }).getByLabel(/Card \d text/)).toHaveCount(2);
  const activity = sorting.locator('.block-preview').getByRole('region', { name: 'Live or not?' });
  await expect(activity.locator(cw('.cw-sort-card'))).toHaveCount(3);
  await expect(activity.getByLabel('Move “Forum thread” to').locator('option')).toHaveText([
    'Not sorted',
    'Synchronous',
    'Asynchronous',
  ]);
  await expectSaved(page);
  await expectNoSeriousViolations(page, 'sorting selected');

  // After a reload everything is still there.
  await page.reload();
  await expect(main.getByRole('heading', { level: 1, name: 'Showcase' })).toBeVisible();
  await expect(main.locator(cw('[data-block-type="gallery"] .cw-gallery-count'))).toHaveText('1 of 1');
  await expect(main.locator(cw('[data-block-type="labeledGraphic"] .cw-lg-marker'))).toHaveCount(2);
  await expect(main.locator(cw('[data-block-type="sorting"] .cw-sort-card'))).toHaveCount(3);
  await expect(main.locator(cw('[data-block-type="sorting"] .cw-sort-stack'))).toContainText('Forum thread');
  expect(errors).toEqual([]);
});
