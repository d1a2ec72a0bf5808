import { expect, type Page } from '@playwright/test';
import type { BlockOf, LessonTree } from '../../../shared';
import { blanksOf } from '../../../shared/core/question-kinds';
import { cw } from './cw-class';

/** Presses Tab until the focused element matches `selector` (fails after `max` presses). */
export async function tabTo(page: Page, selector: string, max = 250): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

const focused = (page: Page) => page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? '');

/** Answers a question correctly using the keyboard only, then checks it. */
export async function answerCorrectly(page: Page, block: BlockOf<'question'>): Promise<void> {
  const q = block.question;
  const scope = `section[data-question-id="${block.id}"]`;
  switch (q.kind) {
    case 'singleChoice':
    case 'trueFalse': {
      // Quiz attempts shuffle choices: the right radio is found by its value (the choice id).
      const index =
        q.kind === 'singleChoice'
          ? await page
              .locator(`${scope} input[type=radio]`)
              .evaluateAll((els, id) => els.findIndex((el) => (el as HTMLInputElement).value === id), q.correctChoiceId)
          : q.correct
            ? 0
            : 1;
      await tabTo(page, `${scope} input[type=radio]`);
      await page.keyboard.press('Space');
      for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
      break;
    }
    case 'multipleResponse':
      for (const id of q.correctChoiceIds) {
        await tabTo(page, `${scope} input[type=checkbox][value="${id}"]`);
        await page.keyboard.press('Space');
      }
      break;
    case 'textEntry':
      await tabTo(page, `${scope} input[type=text]`);
      await page.keyboard.type(q.acceptedAnswers[0] ?? '');
      break;
    case 'matching':
      for (const [i, pair] of q.pairs.entries()) {
        const select = `${scope} select[id$="-m${i}"]`;
        const optionIndex = await page.evaluate(
          ([s, v]) => [...(document.querySelector(s) as HTMLSelectElement).options].findIndex((o) => o.value === v),
          [select, pair.id] as const,
        );
        await tabTo(page, select);
        for (let k = 0; k < optionIndex; k++) await page.keyboard.press('ArrowDown');
        await expect(page.locator(select)).toHaveValue(pair.id);
      }
      break;
    case 'ordering':
      // Selection sort with the "up" buttons: bring each item to its place.
      for (const [target, item] of q.items.entries()) {
        const current = await page.evaluate(
          ([s, text]) => [...document.querySelectorAll(s)].findIndex((el) => el.textContent === text),
          [cw(`${scope} .cw-order-text`), item.text] as const,
        );
        if (current === target) continue;
        await tabTo(page, cw(`${scope} .cw-order-item:nth-child(${current + 1}) button[data-dir="up"]`));
        for (let k = current; k > target; k--) {
          await page.keyboard.press('Enter');
          // Focus follows the moved item; at the top its "up" button is disabled, so "down" gets focus.
          await expect.poll(() => focused(page)).toContain(k - 1 === 0 ? 'data-dir="down"' : 'data-dir="up"');
        }
      }
      break;
    case 'numeric':
      await tabTo(page, `${scope} input[type=text]`);
      await page.keyboard.type(String(q.match === 'range' ? q.min : q.answer));
      break;
    case 'fillBlanks': {
      const blanks = blanksOf(q.text);
      for (const [i, blank] of blanks.entries()) {
        await tabTo(page, `${scope} input[aria-label="Blank ${i + 1} of ${blanks.length}"]`);
        await page.keyboard.type(blank.answers[0] ?? '');
      }
      break;
    }
    case 'likert':
      // A survey: any point of the scale is an answer.
      await tabTo(page, `${scope} input[type=radio]`);
      await page.keyboard.press('Space');
      break;
    case 'categorize':
      // One select per item: the keyboard alternative to dragging.
      for (const [i, item] of q.items.entries()) {
        const select = `${scope} select[id$="-c${i}"]`;
        const optionIndex = await page.evaluate(
          ([s, v]) => [...(document.querySelector(s) as HTMLSelectElement).options].findIndex((o) => o.value === v),
          [select, item.categoryId] as const,
        );
        await tabTo(page, select);
        for (let k = 0; k < optionIndex; k++) await page.keyboard.press('ArrowDown');
        await expect(page.locator(select)).toHaveValue(item.categoryId);
      }
      break;
    case 'hotspot':
      // The list of regions: the keyboard alternative to clicking the image.
      for (const id of q.correctRegionIds) {
        await tabTo(page, `${scope} input[type=checkbox][value="${id}"]`);
        await page.keyboard.press('Space');
      }
      break;
  }
  // Graded quiz questions have no "Check answer": the quiz is submitted as a whole (submitQuiz).
  if ((await page.locator(`${scope} button[type=submit]`).count()) === 0) return;
  await tabTo(page, `${scope} button[type=submit]`);
  await page.keyboard.press('Enter');
  await expect(page.locator(`${scope} [role=status]`)).toContainText(q.kind === 'likert' ? 'Thank you' : 'Correct.');
}

/** Submits the quiz on screen with the keyboard and waits for the results page. */
export async function submitQuiz(page: Page): Promise<void> {
  await tabTo(page, 'button[data-action="submit-quiz"]');
  await page.keyboard.press('Enter');
  await expect(page.locator(cw('.cw-quiz-results'))).toBeVisible();
  await expect(page.locator(cw('#cw-quiz-results'))).toBeFocused();
}

/** Question blocks of a lesson. */
export const lessonQuestions = (lesson: LessonTree): BlockOf<'question'>[] =>
  lesson.blocks.filter((b): b is BlockOf<'question'> => b.type === 'question');

/**
 * Presses the lesson's Continue buttons with the keyboard, in order, so all of it is shown (a lesson counts as
 * viewed only then). Each press reveals the blocks up to the next one.
 */
export async function pressContinues(page: Page, lesson: LessonTree): Promise<void> {
  const count = lesson.blocks.filter((b) => b.type === 'continue').length;
  for (let i = 0; i < count; i++) {
    await tabTo(page, cw('.cw-continue[data-continue="ready"] button'));
    await page.keyboard.press('Enter');
    await expect(page.locator(cw('.cw-continue-done'))).toHaveCount(i + 1);
  }
}

/** Presses every Continue button of the open lesson in turn (each reveals the next part), by keyboard. */
export async function revealWholeLesson(page: Page): Promise<void> {
  const ready = page.locator(cw('.cw-continue[data-continue="ready"] button'));
  for (let pressed = 0; (await ready.count()) > 0; pressed++) {
    await ready.first().focus();
    await page.keyboard.press('Enter');
    await expect(page.locator(cw('.cw-continue-done'))).toHaveCount(pressed + 1);
  }
}
