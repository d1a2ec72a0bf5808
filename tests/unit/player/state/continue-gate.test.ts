import { describe, expect, it } from 'vitest';
import type { Block, CoursePackage, CourseTree } from '../../../../shared';
import { courseLessons, emptyLearnerState } from '../../../../shared/scorm/learner-state';
import { decodeSuspendData, encodeSuspendData } from '../../../../shared/scorm/suspend-data';
import { createStandaloneAdapter } from '../../../../renderer/player/lms/standalone-adapter';
import { blockCompleted, lessonRevealed, shownBlocks } from '../../../../renderer/player/state/continue-gate';
import { PlayerController } from '../../../../renderer/player/state/player-controller';
import { computeProgress } from '../../../../renderer/player/state/progress';
import { memoryStorage } from '../../../support/lms-snapshots';
import { sampleCourseTree } from '../../../support/player-course-tree';
import { correctResponse } from '../../../support/question-responses';

const tree = sampleCourseTree();
const lessons = courseLessons(tree);
const withContinue = lessons.find((l) => l.blocks.some((b) => b.type === 'continue'))!;
const cont = withContinue.blocks.find((b) => b.type === 'continue')!;

function controllerFor(course: CourseTree, storage = memoryStorage()) {
  const pkg: CoursePackage = {
    formatVersion: 1,
    target: 'html5',
    packageId: course.id,
    generator: 'test',
    course,
    assets: {},
  };
  const adapter = createStandaloneAdapter({ packageId: course.id, storage });
  return { controller: new PlayerController(pkg, adapter, adapter.start(), { warn: () => undefined }), adapter };
}

describe('Continue blocks hide the rest of their lesson', () => {
  it('shows the blocks up to the first Continue not pressed, and all of them once pressed', () => {
    const state = emptyLearnerState();
    const shown = shownBlocks(withContinue, state);
    expect(shown.at(-1)).toBe(cont);
    expect(shown.length).toBeLessThan(withContinue.blocks.length);
    expect(lessonRevealed(withContinue, state)).toBe(false);
    const pressed = { ...state, blocks: { [cont.id]: 1 } };
    expect(shownBlocks(withContinue, pressed)).toEqual(withContinue.blocks);
    expect(lessonRevealed(withContinue, pressed)).toBe(true);
  });

  it('a lesson counts as viewed (progress, completion) only once all of it was shown', () => {
    const state = { ...emptyLearnerState(), visitedLessonIds: lessons.map((l) => l.id) };
    const course = structuredClone(tree);
    course.settings.completion = { rule: 'viewed', viewedPercent: 100 };
    expect(computeProgress(course, state)).toMatchObject({
      completion: 'incomplete',
      visitedCount: lessons.length - 1,
    });
    expect(computeProgress(course, { ...state, blocks: { [cont.id]: 1 } })).toMatchObject({
      completion: 'completed',
      visitedCount: lessons.length,
    });
  });

  it('in linear navigation the next lesson opens only after Continue was pressed', () => {
    const linear = structuredClone(tree);
    linear.settings.navigation = 'linear';
    const { controller } = controllerFor(linear);
    const i = lessons.findIndex((l) => l.id === withContinue.id);
    for (const l of lessons.slice(0, i + 1)) {
      for (const b of l.blocks) if (b.type === 'question') controller.check(b.id, correctResponse(b.question));
      expect(controller.goTo(l.id)).toBe(true);
    }
    expect(controller.goTo(lessons[i + 1]!.id)).toBe(false);
    controller.setBlockState(cont.id, 1);
    expect(controller.goTo(lessons[i + 1]!.id)).toBe(true);
  });

  it('the pressed state survives a relaunch (suspend_data round trip) and out-of-range values are refused', () => {
    const storage = memoryStorage();
    const first = controllerFor(tree, storage);
    first.controller.goTo(withContinue.id);
    first.controller.setBlockState(cont.id, 1);
    const data = first.controller.snapshot().suspendData;
    first.adapter.finish();
    expect(decodeSuspendData(data, tree)?.blocks).toMatchObject({ [cont.id]: 1 });
    const second = controllerFor(tree, storage);
    expect(second.controller.blockState(cont.id)).toBe(1);
    expect(lessonRevealed(withContinue, second.controller.state)).toBe(true);

    const encoded = encodeSuspendData({ ...emptyLearnerState(), blocks: { [cont.id]: 1 } }, tree);
    const field = encoded.split('~')[6]!;
    expect(field).toMatch(/^[0-9a-z]+\.1$/);
    expect(decodeSuspendData(encoded.replace(`~${field}~`, `~${field.slice(0, -1)}2~`), tree)).toBeNull();
  });
});

describe('what completes a block (Continue that waits for the blocks above)', () => {
  const b = <T extends Block['type']>(block: Block, type: T) => {
    expect(block.type).toBe(type);
    return block;
  };
  const find = (type: Block['type']) => lessons.flatMap((l) => l.blocks).find((x) => x.type === type)!;

  it('questions once answered, processes once their summary was reached, media once played to the end', () => {
    const state = emptyLearnerState();
    const never = () => false;
    const question = b(find('question'), 'question');
    expect(blockCompleted(question, state, never)).toBe(false);
    expect(
      blockCompleted(
        question,
        { ...state, questions: { [question.id]: { attempts: 1, correct: false, response: null } } },
        never,
      ),
    ).toBe(true);
    const process = find('process');
    if (process.type !== 'process') throw new Error('no process');
    const last = process.steps.length + 1;
    expect(blockCompleted(process, { ...state, blocks: { [process.id]: last } }, never)).toBe(false);
    expect(blockCompleted(process, { ...state, blocks: { [process.id]: last + 1 + last } }, never)).toBe(true);
    const video = find('video');
    expect(blockCompleted(video, state, never)).toBe(false);
    expect(blockCompleted(video, state, (id) => id === video.id)).toBe(true);
    expect(blockCompleted(find('heading'), state, never)).toBe(true);
  });

  it('the controller remembers media played to the end for the session and tells its listeners', () => {
    const { controller } = controllerFor(tree);
    const video = find('video');
    let told = 0;
    controller.subscribe(() => told++);
    const saves = controller.state.saveCount;
    controller.markMediaEnded(video.id);
    controller.markMediaEnded(video.id);
    expect(controller.mediaEnded(video.id)).toBe(true);
    expect(told).toBe(1);
    // Not part of the saved state: nothing is written for it.
    expect(controller.state.saveCount).toBe(saves);
  });
});
