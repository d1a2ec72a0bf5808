import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import type { CoursePackage, LessonTree, Question } from '../../../shared';
import { blanksOf } from '../../../shared/core/question-kinds';
import { cw } from './cw-class';

/**
 * Completes a course in the learner player with the KEYBOARD only: Tab to move focus, Space/Enter to
 * activate, arrow keys in radio groups, typing in text fields and selects. Nothing is clicked, filled or
 * focused programmatically; reading the DOM (to know where focus is and what is on screen) is the only
 * non-keyboard access. Right answers come from the package's own course.json.
 */
export class KeyboardLearner {
  constructor(
    private readonly page: Page,
    /** The player document (a frame of the stand-in page, or the page itself for html5 on file://). */
    private readonly player: FrameLocator | Page,
  ) {}

  /** Tab presses so far (reported by the tests: keyboard-only runs should stay short). */
  tabs = 0;

  get main(): Locator {
    return this.player.locator(cw('main#cw-main'));
  }

  async waitReady(): Promise<void> {
    await expect(this.player.locator('#app')).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
    // A course with a cover page (the sample, new courses) opens on it: start (or resume) from there.
    if ((await this.currentLessonId()) === 'cover') {
      await this.tabTo(this.main.locator('button[data-action=start]'));
      await this.page.keyboard.press('Enter');
      await expect(this.main).not.toHaveAttribute('data-lesson-id', 'cover');
    }
  }

  /** Presses Tab until `target` has focus (wrapping around the page if needed). */
  async tabTo(target: Locator, max = 150): Promise<void> {
    await expect(target).toBeVisible();
    // One handle, so each check is a single round trip (no locator re-resolution per key press).
    const handle = await target.elementHandle();
    if (!handle) throw new Error(`No element for ${target.toString()}`);
    try {
      for (let i = 0; i < max; i++) {
        if (await handle.evaluate((el) => el.ownerDocument.hasFocus() && el.ownerDocument.activeElement === el)) return;
        await this.page.keyboard.press('Tab');
        this.tabs++;
      }
    } finally {
      await handle.dispose();
    }
    throw new Error(`Could not reach ${target.toString()} with ${max} Tab presses`);
  }

  /** The table-of-contents link to a lesson (its name also carries a hidden state such as "(viewed)"). */
  tocLink(title: string): Locator {
    const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.player
      .getByRole('navigation', { name: 'Course contents' })
      .getByRole('link', { name: new RegExp(`^${escaped}`) });
  }

  async currentLessonId(): Promise<string | null> {
    return this.main.getAttribute('data-lesson-id');
  }

  /** Answers every question of the lesson on screen correctly (a quiz: then submits it), then goes on with Next (or Finish). */
  async completeLesson(lesson: LessonTree, isLast: boolean): Promise<void> {
    await expect(this.main).toHaveAttribute('data-lesson-id', lesson.id);
    const graded = lesson.kind === 'quiz' && lesson.blocks.some((b) => b.type === 'question');
    for (const block of lesson.blocks) {
      if (block.type === 'question') await this.answerCorrectly(block.question, graded);
      // A Continue hides what follows it: pressed in order, so the lesson is shown in full (and counts as viewed).
      if (block.type === 'continue' && !graded) await this.pressContinue();
    }
    if (graded) {
      await this.submitQuiz();
      await expect(this.main.locator(cw('.cw-quiz-results'))).toHaveAttribute('data-result', 'passed');
    }
    const pager = this.main.getByRole('navigation', { name: 'Lesson navigation' });
    const next = isLast ? pager.getByRole('button', { name: /Finish/ }) : pager.getByRole('button', { name: /^Next/ });
    await this.tabTo(next);
    await this.page.keyboard.press('Enter');
  }

  async pressContinue(): Promise<void> {
    const done = await this.main.locator(cw('.cw-continue-done')).count();
    await this.tabTo(this.main.locator(cw('.cw-continue[data-continue="ready"] button')).first());
    await this.page.keyboard.press('Enter');
    await expect(this.main.locator(cw('.cw-continue-done'))).toHaveCount(done + 1);
  }

  async completeCourse(pkg: CoursePackage): Promise<void> {
    const lessons = pkg.course.modules.flatMap((m) => m.lessons);
    for (const [i, lesson] of lessons.entries()) await this.completeLesson(lesson, i === lessons.length - 1);
    await expect(this.main).toHaveAttribute('data-lesson-id', 'summary');
  }

  question(q: Question): Locator {
    return this.main.locator(cw('section.cw-question'), { has: this.player.locator('legend', { hasText: q.prompt }) });
  }

  /** "Submit quiz" (and "Submit anyway" when questions are left unanswered), by keyboard. */
  async submitQuiz(): Promise<void> {
    const submit = this.main.locator('button[data-action="submit-quiz"]');
    await this.tabTo(submit);
    await this.page.keyboard.press('Enter');
    if (await submit.isVisible().catch(() => false)) {
      await expect(submit).toHaveText('Submit anyway');
      await this.page.keyboard.press('Enter');
    }
    await expect(this.main.locator(cw('.cw-quiz-results'))).toBeVisible();
  }

  /** Answers a question correctly; knowledge checks are then checked, graded quiz questions wait for the submit. */
  async answerCorrectly(q: Question, graded = false): Promise<void> {
    const section = this.question(q);
    const kb = this.page.keyboard;
    switch (q.kind) {
      case 'singleChoice':
      case 'trueFalse': {
        // Quiz attempts shuffle choices: find the right radio by its value (the choice id).
        const index =
          q.kind === 'trueFalse'
            ? q.correct
              ? 0
              : 1
            : await section
                .getByRole('radio')
                .evaluateAll(
                  (els, id) => els.findIndex((el) => (el as HTMLInputElement).value === id),
                  q.correctChoiceId,
                );
        // Tab enters an unanswered radio group on its first radio; arrows move (and check) within it.
        await this.tabTo(section.getByRole('radio').first());
        if (index === 0) await kb.press('Space');
        for (let i = 0; i < index; i++) await kb.press('ArrowDown');
        await expect(section.getByRole('radio').nth(index)).toBeChecked();
        break;
      }
      case 'multipleResponse':
        for (const choice of q.choices) {
          if (!q.correctChoiceIds.includes(choice.id)) continue;
          const box = section.locator(`input[type="checkbox"][value="${choice.id}"]`);
          await this.tabTo(box);
          await kb.press('Space');
          await expect(box).toBeChecked();
        }
        break;
      case 'textEntry':
        await this.tabTo(section.getByRole('textbox'));
        await kb.type(q.acceptedAnswers[0] ?? '');
        break;
      case 'matching':
        for (const [i, pair] of q.pairs.entries()) {
          const select = section.locator('select').nth(i);
          await this.tabTo(select);
          // Arrow keys on a focused, closed <select> change its value (Chromium on Linux/Windows).
          const { from, to } = await select.evaluate((el, value) => {
            const s = el as HTMLSelectElement;
            return { from: s.selectedIndex, to: [...s.options].findIndex((o) => o.value === value) };
          }, pair.id);
          const key = to > from ? 'ArrowDown' : 'ArrowUp';
          for (let k = 0; k < Math.abs(to - from); k++) await kb.press(key);
          await expect(select).toHaveValue(pair.id);
        }
        break;
      case 'ordering':
        for (const [target, item] of q.items.entries()) {
          const texts = await section.locator(cw('.cw-order-text')).allInnerTexts();
          const from = texts.indexOf(item.text);
          if (from < 0) throw new Error(`ordering item not found: ${item.text}`);
          if (from === target) continue;
          // The moved item's Up button keeps focus after each move.
          await this.tabTo(section.getByRole('button', { name: `Move “${item.text}” up` }));
          for (let k = from; k > target; k--) await kb.press('Enter');
          await expect(section.locator(cw('.cw-order-text')).nth(target)).toHaveText(item.text);
        }
        break;
      case 'numeric':
        await this.tabTo(section.getByRole('textbox'));
        await kb.type(String(q.match === 'range' ? q.min : q.answer));
        break;
      case 'fillBlanks': {
        const blanks = blanksOf(q.text);
        for (const [i, blank] of blanks.entries()) {
          await this.tabTo(section.getByRole('textbox', { name: `Blank ${i + 1} of ${blanks.length}` }));
          await kb.type(blank.answers[0] ?? '');
        }
        break;
      }
      case 'likert':
        // A survey: any point of the scale is an answer; Space checks the first radio Tab lands on.
        await this.tabTo(section.getByRole('radio').first());
        await kb.press('Space');
        await expect(section.getByRole('radio').first()).toBeChecked();
        break;
      case 'categorize':
        // One select per item: the keyboard alternative to dragging.
        for (const [i, item] of q.items.entries()) {
          const select = section.locator('select').nth(i);
          await this.tabTo(select);
          const { from, to } = await select.evaluate((el, value) => {
            const s = el as HTMLSelectElement;
            return { from: s.selectedIndex, to: [...s.options].findIndex((o) => o.value === value) };
          }, item.categoryId);
          const key = to > from ? 'ArrowDown' : 'ArrowUp';
          for (let k = 0; k < Math.abs(to - from); k++) await kb.press(key);
          await expect(select).toHaveValue(item.categoryId);
        }
        break;
      case 'hotspot':
        // The list of regions: the keyboard alternative to clicking the image.
        for (const regionId of q.correctRegionIds) {
          const box = section.locator(`input[type="checkbox"][value="${regionId}"]`);
          await this.tabTo(box);
          await kb.press('Space');
          await expect(box).toBeChecked();
        }
        break;
    }
    if (graded) return;
    await this.tabTo(section.getByRole('button', { name: 'Check answer' }));
    await kb.press('Enter');
    await expect(section.getByRole('status')).toContainText(q.kind === 'likert' ? 'Thank you' : 'Correct.');
  }
}
