import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import type { BlockOf, CoursePackage } from '../../shared';
import { encodeSorting, sortingCards } from '../../shared/core/blocks/sorting-state';
import { decodeSuspendData } from '../../shared/scorm/suspend-data';
import { KeyboardLearner } from './support/lms-course-driver';
import { serveSampleExports, type ServedSamples } from './support/lms-export';
import { readHook, waitForHook } from './support/lms-hook';
import { standInUrl } from './support/lms-server';
import { findBlock } from './support/player-package';
import { cw } from './support/cw-class';

// Every block kind that keeps learner state (BLOCK_RUNTIME's `stateMax`): the state is in suspend_data and on screen
// again after a relaunch inside the scorm-again LMS page, for SCORM 1.2 and SCORM 2004 (player-scenario.spec.ts
// drives the scenario further, in 2004). Gallery, flip cards and accordion keep no state.

const FORMATS = ['scorm12', 'scorm2004-4th'] as const;
type Kind = 'process' | 'scenario' | 'continue' | 'labeledGraphic' | 'sorting';

interface ResumeCase<K extends Kind> {
  /** Changes the block's state in the player; returns the value suspend_data must then hold for the block. */
  act(player: FrameLocator, block: BlockOf<K>, course: CoursePackage['course']): Promise<number>;
  /** After the relaunch: the same state on screen. */
  restored(player: FrameLocator, block: BlockOf<K>, course: CoursePackage['course']): Promise<void>;
}

/** The block that follows `block` in its lesson (what a Continue reveals). */
function blockAfter(course: CoursePackage['course'], id: string) {
  const blocks = course.modules.flatMap((m) => m.lessons).find((l) => l.blocks.some((b) => b.id === id))!.blocks;
  return blocks[blocks.findIndex((b) => b.id === id) + 1];
}

const CASES: { [K in Kind]: ResumeCase<K> } = {
  process: {
    async act(player, block) {
      expect(block.steps.length, 'the summary is not reached').toBeGreaterThan(2);
      const proc = player.getByRole('region', { name: block.title });
      await proc.getByRole('button', { name: 'Start' }).click();
      await proc.getByRole('button', { name: 'Next' }).click();
      await expect(proc).toHaveAttribute('data-step', '2');
      return 2;
    },
    async restored(player, block) {
      const proc = player.getByRole('region', { name: block.title });
      await expect(proc).toHaveAttribute('data-step', '2');
      await expect(proc).toHaveAttribute('data-complete', 'false');
      await expect(proc.locator(cw('.cw-process-card'))).toContainText(block.steps[1]!.title);
    },
  },
  scenario: {
    async act(player, block) {
      const [first, second] = block.scenes;
      const toSecond = first!.choices.find((c) => c.next === second?.id);
      expect(toSecond, 'the first scene leads to the second').toBeDefined();
      const scenario = player.getByRole('region', { name: block.title });
      await scenario.getByRole('button', { name: toSecond!.text }).click();
      await expect(scenario).toHaveAttribute('data-scene', second!.id);
      return 1; // scene index, no ending reached yet
    },
    async restored(player, block) {
      const second = block.scenes[1]!;
      const scenario = player.getByRole('region', { name: block.title });
      await expect(scenario).toHaveAttribute('data-scene', second.id);
      await expect(scenario).toHaveAttribute('data-complete', 'false');
      await expect(scenario.locator(cw('.cw-scenario-card'))).toContainText(second.line);
    },
  },
  continue: {
    async act(player, block, course) {
      const next = blockAfter(course, block.id);
      expect(next?.type, 'the sample reveals a heading after its Continue').toBe('heading');
      const heading = player.getByRole('heading', { name: next?.type === 'heading' ? next.text : '' });
      await expect(heading).toHaveCount(0);
      await player.locator(cw('.cw-continue[data-continue=ready]')).getByRole('button', { name: block.label }).click();
      await expect(heading).toBeVisible();
      return 1;
    },
    async restored(player, block, course) {
      const next = blockAfter(course, block.id);
      await expect(player.locator('[data-continue=pressed]')).toHaveCount(1);
      await expect(player.getByRole('button', { name: block.label })).toHaveCount(0);
      await expect(player.getByRole('heading', { name: next?.type === 'heading' ? next.text : '' })).toBeVisible();
    },
  },
  labeledGraphic: {
    async act(player, block) {
      const n = block.markers.length;
      expect(n, 'one marker stays unopened').toBeGreaterThanOrEqual(3);
      for (const i of [0, n - 1]) {
        const marker = player.getByRole('button', { name: `${i + 1}. ${block.markers[i]!.title}`, exact: true });
        await marker.click();
        await expect(marker).toHaveAttribute('aria-expanded', 'true');
      }
      await expect(player.locator(cw('.cw-lg-count'))).toHaveText(`2 of ${n} opened`);
      return 1 + 2 ** (n - 1);
    },
    async restored(player, block) {
      const n = block.markers.length;
      await expect(player.locator(cw('.cw-lg-count'))).toHaveText(`2 of ${n} opened`);
      const seen = block.markers.map((_, i) => String(i === 0 || i === n - 1));
      await expect(player.locator(cw('.cw-lg-marker'))).toHaveCount(n);
      for (const [i, s] of seen.entries()) {
        await expect(player.locator(cw('.cw-lg-marker')).nth(i)).toHaveAttribute('data-seen', s);
      }
      await expect(player.locator(cw('.cw-lg'))).toHaveAttribute('data-complete', 'false');
    },
  },
  sorting: {
    async act(player, block) {
      // Every card in its pile but the first, which goes to the next pile; then Check.
      const cards = sortingCards(block.piles);
      const placements = cards.map((c, i) => (i === 0 ? (c.pile + 1) % block.piles.length : c.pile));
      for (const [i, { card }] of cards.entries()) {
        await player.getByLabel(`Move “${card.text}” to`).selectOption(String(placements[i]));
      }
      const sorting = player.getByRole('region', { name: block.prompt });
      await sorting.getByRole('button', { name: 'Check' }).click();
      await expect(sorting).toHaveAttribute('data-checked', 'true');
      await expect(sorting.locator('[data-result=wrong]')).toHaveCount(1);
      return encodeSorting({ placements, checked: true }, block.piles.length);
    },
    async restored(player, block) {
      const sorting = player.getByRole('region', { name: block.prompt });
      await expect(sorting).toHaveAttribute('data-checked', 'true');
      await expect(sorting).toHaveAttribute('data-complete', 'false');
      const cards = sortingCards(block.piles);
      for (const [i, { card }] of cards.entries()) {
        const shown = sorting.locator(`[data-card="${i}"]`);
        await expect(shown).toContainText(card.text);
        await expect(shown).toHaveAttribute('data-result', i === 0 ? 'wrong' : 'right');
      }
      await expect(sorting.getByRole('button', { name: 'Try again' })).toBeVisible();
    },
  },
};

let served: ServedSamples;
test.beforeAll(async () => {
  served = await serveSampleExports(FORMATS);
});
test.afterAll(() => served?.close());

async function launch(page: Page, url: string): Promise<KeyboardLearner> {
  await page.goto(url);
  await waitForHook(page);
  const learner = new KeyboardLearner(page, page.frameLocator('#course-frame'));
  await learner.waitReady();
  return learner;
}

/** One kind's block in the exported course, bound to its case. */
interface Bound {
  kind: Kind;
  blockId: string;
  lessonId: string;
  lessonTitle: string;
  act(): Promise<number>;
  restored(): Promise<void>;
}
function bind<K extends Kind>(
  course: CoursePackage['course'],
  player: FrameLocator,
  kind: K,
  cases: ResumeCase<K>,
): Bound {
  const { block, lessonTitle } = findBlock(course, kind);
  const lesson = course.modules.flatMap((m) => m.lessons).find((l) => l.title === lessonTitle)!;
  return {
    kind,
    blockId: (block as { id: string }).id,
    lessonId: lesson.id,
    lessonTitle,
    act: () => cases.act(player, block, course),
    restored: () => cases.restored(player, block, course),
  };
}

/** Opens the lesson of a block through the table of contents (unless it is on screen), then runs `step` on it. */
async function inLesson<T>(learner: KeyboardLearner, b: Bound, step: () => Promise<T>): Promise<T> {
  if ((await learner.currentLessonId()) !== b.lessonId) await learner.tocLink(b.lessonTitle).click();
  await expect(learner.main).toHaveAttribute('data-lesson-id', b.lessonId);
  return step();
}

// One launch and one relaunch per format (each launch loads scorm-again and the course): every kind is changed in the
// first, checked in suspend_data, and checked on screen in the second.
for (const format of FORMATS) {
  test(`${format}: process, scenario, continue, labeled graphic and sorting state survive a relaunch in the LMS page`, async ({
    page,
  }) => {
    const course = served.pkg(format).course;
    const player = page.frameLocator('#course-frame');
    const bound = [
      bind(course, player, 'process', CASES.process),
      bind(course, player, 'scenario', CASES.scenario),
      bind(course, player, 'continue', CASES.continue),
      bind(course, player, 'labeledGraphic', CASES.labeledGraphic),
      bind(course, player, 'sorting', CASES.sorting),
    ];
    const url = standInUrl(served.origin, { format, src: `/pkg-${format}/index.html`, state: `resume-${format}` });
    const learner = await launch(page, url);
    const expected: Record<string, number> = {};
    for (const b of bound) {
      expected[b.kind] = await test.step(`${b.kind}: change its state`, () => inLesson(learner, b, b.act));
    }

    // The LMS holds each block's state (decoded as the player decodes it on launch).
    const stored = async () => {
      const state = decodeSuspendData((await readHook(page)).values['cmi.suspend_data'], course);
      return Object.fromEntries(bound.map((b) => [b.kind, state?.blocks?.[b.blockId] ?? null]));
    };
    await expect.poll(stored, { timeout: 10_000 }).toEqual(expected);

    // Close the course (pagehide terminates) and launch it again: the bookmark (the last lesson) and every state.
    await page.goto('about:blank');
    await launch(page, url);
    await expect(learner.main).toHaveAttribute('data-lesson-id', bound[bound.length - 1]!.lessonId);
    for (const b of [...bound].reverse()) {
      await test.step(`${b.kind}: restored`, () => inLesson(learner, b, b.restored));
    }
  });
}
