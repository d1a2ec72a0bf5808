import AxeBuilder from '@axe-core/playwright';
import type { Locator } from '@playwright/test';
import { THEMES } from '../../shared/core/themes';
import { expect, test } from './support/fixtures';
import { cw } from './support/cw-class';

const rgb = (hex: string) =>
  `rgb(${hex
    .match(/[0-9a-f]{2}/g)!
    .map((h) => parseInt(h, 16))
    .join(', ')})`;
const computed = (el: Locator, prop: string) =>
  el.evaluate((node, p) => getComputedStyle(node).getPropertyValue(p), prop);

test('the theme chosen in course settings shows live on the canvas, with the logo and the lesson header', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(host.url);
  await page.getByRole('link', { name: 'Asynchronous Learning 101' }).click();
  await page.getByRole('navigation', { name: 'Course outline' }).locator('a.outline-lesson').first().click();
  const main = page.getByRole('main');
  const canvas = main.getByRole('region', { name: 'Lesson content' });
  await expect(main.locator('[data-block-type]').first()).toBeVisible();
  // The sample uses the default theme: Clean, light.
  await expect.poll(() => computed(canvas, 'background-color')).toBe(rgb(THEMES.clean.light.bg));

  await page.getByRole('button', { name: 'Course settings' }).click();
  const settings = page.getByRole('complementary', { name: 'Course settings' });
  const picker = settings.getByRole('group', { name: 'Built-in theme' });
  await expect(picker.getByRole('radio')).toHaveCount(4);
  await expect(picker.getByRole('radio', { name: /^Clean/ })).toBeChecked();

  // Keyboard: focus the chosen theme, arrow to the next one (Classic: serif headings, paper tones).
  await picker.getByRole('radio', { name: /^Clean/ }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(picker.getByRole('radio', { name: /^Classic/ })).toBeChecked();
  await expect.poll(() => computed(canvas, 'background-color')).toBe(rgb(THEMES.classic.light.bg));
  await expect.poll(() => computed(canvas, 'color')).toBe(rgb(THEMES.classic.light.text));
  const heading = canvas.locator(cw('.cw-canvas-block h2, .cw-canvas-block h3')).first();
  await expect.poll(() => computed(heading, 'font-family')).toContain('Georgia');

  // The dark variant, with the pointer this time.
  // (Controlled by the stored settings: the radio turns checked once the change is stored, so click, then wait.)
  const dark = settings.getByRole('group', { name: 'Variant' }).getByRole('radio', { name: 'Dark' });
  await dark.click();
  await expect(dark).toBeChecked();
  await expect.poll(() => computed(canvas, 'background-color')).toBe(rgb(THEMES.classic.dark.bg));
  await expect(canvas).toHaveAttribute('data-cw-variant', 'dark');
  // The swatches follow the variant.
  await expect
    .poll(() => computed(picker.locator('[data-theme-option=bold] .theme-swatch').first(), 'background-color'))
    .toBe(rgb(THEMES.bold.dark.bg));

  // The logo appears in the canvas's header band.
  await settings.getByLabel('Logo').selectOption({ index: 1 });
  await expect(canvas.locator(cw('.canvas-theme-header img.cw-logo'))).toBeVisible();
  await expect(canvas.locator(cw('.canvas-theme-header .cw-header'))).toHaveCSS('color', /rgb/);

  // A lesson header colour band, from the lesson's own form.
  await main.getByText('Lesson header').click();
  await main.getByLabel('Colour band (when there is no image)').click();
  await expect(main.getByLabel('Colour band (when there is no image)')).toBeChecked();
  await expect(canvas.locator(cw('.cw-lesson-band'))).toBeVisible();

  const axe = await new AxeBuilder({ page }).include('aside').analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // Stored: after a reload the canvas is still in Classic dark with its band.
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await page.reload();
  await expect(main.locator('[data-block-type]').first()).toBeVisible();
  await expect.poll(() => computed(canvas, 'background-color')).toBe(rgb(THEMES.classic.dark.bg));
  await expect(canvas.locator(cw('.cw-lesson-band'))).toBeVisible();
  await expect(canvas.locator(cw('.canvas-theme-header img.cw-logo'))).toBeVisible();
});
