import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import type { Block, CourseTree, QuestionKind } from '../../shared';
import { newQuestion } from '../../shared/core/question-kinds';
import { buildSamplePlayerPackage, type PlayerPackage } from './support/player-package';
import { tabTo } from './support/player-keyboard';
import { cw } from './support/cw-class';

/** The new question kinds as knowledge checks in a first lesson, answered with the keyboard only. */
const KINDS = ['numeric', 'fillBlanks', 'likert', 'categorize', 'hotspot'] as const satisfies readonly QuestionKind[];
const blockIds: Record<(typeof KINDS)[number], string> = Object.fromEntries(
  KINDS.map((k) => [k, randomUUID()]),
) as never;

function addQuestionLesson(tree: CourseTree): void {
  const mod = tree.modules[0]!;
  const image = tree.modules
    .flatMap((m) => m.lessons)
    .flatMap((l) => l.blocks)
    .find((b): b is Extract<Block, { type: 'image' }> => b.type === 'image' && !!b.assetId);
  const blocks = KINDS.map((kind) => {
    const question = newQuestion(kind, randomUUID, `A ${kind} question`);
    if (question.kind === 'hotspot') Object.assign(question, { assetId: image?.assetId ?? null, alt: 'A diagram' });
    return { id: blockIds[kind], type: 'question' as const, question };
  });
  mod.lessons.unshift({ ...mod.lessons[0]!, id: randomUUID(), title: 'Question kinds', kind: 'content', blocks });
}

let pkg: PlayerPackage;
test.beforeAll(() => {
  pkg = buildSamplePlayerPackage('html5', addQuestionLesson);
});
test.afterAll(() => pkg.cleanup());

const scope = (kind: (typeof KINDS)[number]) => `section[data-question-id="${blockIds[kind]}"]`;

async function check(page: Page, kind: (typeof KINDS)[number], expected: string): Promise<void> {
  await tabTo(page, `${scope(kind)} button[type=submit]`);
  await page.keyboard.press('Enter');
  await expect(page.locator(`${scope(kind)} [role=status]`)).toContainText(expected);
}

test('every new question kind can be answered and checked with the keyboard only', async ({ page }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pkg.url);
  await expect(page.locator('#app')).toHaveAttribute('data-state', 'ready');
  await expect(page.locator('h1')).toHaveText('Question kinds');

  // Numeric: a wrong number first (instant feedback, unlimited tries), then the answer.
  await tabTo(page, `${scope('numeric')} input`);
  await page.keyboard.type('41');
  await check(page, 'numeric', 'Not quite');
  await tabTo(page, `${scope('numeric')} input`);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('42');
  await check(page, 'numeric', 'Correct.');

  // Fill in the blanks: "The [sun] rises in the [east]."; case does not matter by default.
  await tabTo(page, `${scope('fillBlanks')} input[aria-label="Blank 1 of 2"]`);
  await page.keyboard.type('Sun');
  await page.keyboard.press('Tab');
  await expect(page.locator(`${scope('fillBlanks')} input[aria-label="Blank 2 of 2"]`)).toBeFocused();
  await page.keyboard.type('east');
  await check(page, 'fillBlanks', 'Correct.');

  // Likert: a survey, any step is accepted and learners are thanked rather than graded.
  await tabTo(page, `${scope('likert')} input[type=radio]`);
  await page.keyboard.press('ArrowDown');
  await expect(page.locator(`${scope('likert')} input[type=radio]`).nth(1)).toBeChecked();
  await check(page, 'likert', 'Thank you');
  await expect(page.locator(scope('likert'))).not.toHaveClass(/is-correct|is-incorrect/);

  // Categorize: one select per item is the keyboard alternative to dragging.
  const selects = page.locator(`${scope('categorize')} select`);
  await tabTo(page, `${scope('categorize')} select`);
  await page.keyboard.press('ArrowDown'); // Item 1 → Category A
  await expect(selects.nth(0).locator('option:checked')).toHaveText('Category A');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown'); // Item 2 → Category B
  await expect(selects.nth(1).locator('option:checked')).toHaveText('Category B');
  await expect(page.locator(cw(`${scope('categorize')} .cw-category`)).nth(1)).toContainText('Item 2');
  await check(page, 'categorize', 'Correct.');

  // Hotspot: the list of regions is the keyboard alternative to clicking the image.
  await expect(page.locator(`${scope('hotspot')} img`)).toHaveAttribute('alt', 'A diagram');
  await tabTo(page, `${scope('hotspot')} input[type=checkbox]`);
  await page.keyboard.press('Space');
  await expect(page.locator(cw(`${scope('hotspot')} .cw-hotspot-mark`))).toHaveCount(1);
  await check(page, 'hotspot', 'Correct.');
  expect(errors).toEqual([]);
});

test('hotspot: a click inside a region selects it, a click outside every region selects nothing', async ({ page }) => {
  await page.goto(pkg.url);
  await expect(page.locator('#app')).toHaveAttribute('data-state', 'ready');
  const box = page.locator(cw(`${scope('hotspot')} .cw-hotspot-image`));
  await box.scrollIntoViewIfNeeded();
  const size = (await box.boundingBox())!;
  // Region 2 spans x 55–85 %, y 50–80 %.
  await box.click({ position: { x: size.width * 0.7, y: size.height * 0.65 } });
  await expect(page.locator(`${scope('hotspot')} input[type=checkbox]`).nth(1)).toBeChecked();
  await box.click({ position: { x: size.width * 0.5, y: size.height * 0.95 } });
  await expect(page.locator(`${scope('hotspot')} input:checked`)).toHaveCount(1);
  await check(page, 'hotspot', 'Not quite');
});
