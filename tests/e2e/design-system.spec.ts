import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { selectBlock } from './support/editor-page';

// Issue 9 §3: "no unstyled native control left on any screen". Chromium draws an unstyled control with a 13.33 px
// system font, inset/outset borders, the grey `buttonface` background or the default accent colour; the app's
// design system replaces each. Every screen is visited (library, every lesson with each block selected so its form
// shows, every side panel, the export dialog, learner mode) and every visible control is checked.

/** Controls still in the browser's default look, described so a failure names them. */
function unstyledControls(page: Page, where: string): Promise<string[]> {
  return page.evaluate((where) => {
    const out: string[] = [];
    const name = (el: Element) =>
      `${where}: <${el.tagName.toLowerCase()}${el.getAttribute('type') ? ` type=${el.getAttribute('type')}` : ''}> "${
        el.getAttribute('aria-label') ?? (el as HTMLElement).innerText?.slice(0, 40) ?? ''
      }"`;
    for (const el of document.querySelectorAll<HTMLElement>('button, input, select, textarea')) {
      if (!el.offsetWidth && !el.offsetHeight) continue; // not shown
      const type = el instanceof HTMLInputElement ? el.type : '';
      if (type === 'hidden' || type === 'file') continue; // file inputs are styled through ::file-selector-button
      const cs = getComputedStyle(el);
      const problems: string[] = [];
      if (type === 'checkbox' || type === 'radio' || type === 'range') {
        if (cs.accentColor === 'auto') problems.push('default accent colour');
      } else {
        // The font matters where there is text: an icon-only button draws none.
        const texty = el.tagName !== 'BUTTON' ? type !== 'color' : el.innerText.trim() !== '';
        if (texty && cs.fontSize === '13.3333px') problems.push('default control font');
        if (/inset|outset/.test(cs.borderStyle)) problems.push(`default ${cs.borderStyle} border`);
        if (cs.backgroundColor === 'rgb(239, 239, 239)') problems.push('default buttonface background');
      }
      if (problems.length) out.push(`${name(el)}: ${problems.join(', ')}`);
    }
    return out;
  }, where);
}

test('every control on every screen is drawn by the design system, none in the browser default look', async ({
  page,
  host,
}) => {
  test.setTimeout(180_000);
  const found: string[] = [];
  const check = async (where: string) => found.push(...(await unstyledControls(page, where)));
  await page.goto(host.url);
  await expect(page.getByRole('link', { name: 'Asynchronous Learning 101' })).toBeVisible();
  await check('library');

  await page.getByRole('link', { name: 'Asynchronous Learning 101' }).click();
  const outline = page.getByRole('navigation', { name: 'Course outline' });
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Asynchronous Learning 101' })).toBeVisible();
  await check('course');
  const lessons = outline.locator('a.outline-lesson');
  const count = await lessons.count();
  let selected = 0;
  for (let i = 0; i < count; i++) {
    const lesson = lessons.nth(i);
    const title = (await lesson.innerText()).replace(/\s*Quiz$/, '').trim();
    await lesson.click();
    await expect(main.getByRole('heading', { level: 1, name: title })).toBeVisible();
    // The title comes with the outline; the blocks load after it.
    await expect(main).toHaveAttribute('aria-busy', 'false');
    await check(`lesson "${title}"`);
    const types = await main
      .locator('[data-block-type]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-block-type') ?? ''));
    for (const [n, type] of types.entries()) {
      const nth = types.slice(0, n).filter((t) => t === type).length;
      await selectBlock(page, type, nth);
      await check(`lesson "${title}", ${type} block ${nth + 1} selected`);
      selected++;
    }
  }
  expect(selected).toBeGreaterThan(20);

  for (const panel of ['Course settings', 'Design checklist', 'Media', 'Question banks', 'Shortcuts']) {
    await page.getByRole('button', { name: panel, exact: true }).click();
    await expect(page.getByRole('button', { name: panel, exact: true })).toHaveAttribute('aria-pressed', 'true');
    await check(`${panel} panel`);
  }

  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await check('export dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.getByRole('link', { name: 'Learn', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Learn' })).toBeVisible();
  await check('learn');

  expect(found).toEqual([]);
});
