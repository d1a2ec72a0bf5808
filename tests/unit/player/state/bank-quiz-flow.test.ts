import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CoursePackage, CourseTree } from '../../../../shared';
import { createScorm12Adapter } from '../../../../renderer/player/lms/scorm12-adapter';
import { createScorm2004Adapter } from '../../../../renderer/player/lms/scorm2004-adapter';
import { PlayerController } from '../../../../renderer/player/state/player-controller';
import { quizQuestionBlocks } from '../../../../renderer/player/state/quiz';
import { createStrictScorm12Lms, createStrictScorm2004Lms, relaunchData } from '../../../support/strict-fake-lms';
import { memoryStorage, silentLogger, T0 } from '../../../support/lms-snapshots';
import { sampleCourseTree } from '../../../support/player-course-tree';
import { correctResponse, wrongResponse } from '../../../support/question-responses';
import { withBankQuiz } from '../../../support/bank-course';

const pkg = (c: CourseTree, target: CoursePackage['target']): CoursePackage => ({
  formatVersion: 1,
  target,
  packageId: c.id,
  generator: 'test',
  course: c,
  assets: {},
});
const seeds = (start: number) => {
  let n = start;
  return () => n++;
};
function bankCourse(): { c: CourseTree; lessonId: string } {
  const c = sampleCourseTree();
  c.settings.completion = { rule: 'passed', viewedPercent: 100 };
  // The sample quiz's questions become a bank pool; 3 per attempt, the first always included.
  const lesson = withBankQuiz(c, { count: 3, fixed: 1 });
  expect(lesson.pool!.length).toBeGreaterThan(4);
  return { c, lessonId: lesson.id };
}
function run12(c: CourseTree, initial: Record<string, string> = {}, seed = 100) {
  const lms = createStrictScorm12Lms(initial);
  const adapter = createScorm12Adapter(lms.api, { packageId: c.id, storage: memoryStorage(), logger: silentLogger() });
  const controller = new PlayerController(
    pkg(c, 'scorm12'),
    adapter,
    adapter.start(),
    silentLogger(),
    Date.now,
    seeds(seed),
  );
  return { lms, adapter, controller };
}
const shown = (controller: PlayerController, lessonId: string) => {
  const lesson = controller.lessons.find((l) => l.id === lessonId)!;
  return quizQuestionBlocks(lesson, controller.state.quizzes[lessonId]);
};

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

describe('a quiz drawing from a question bank, against a strict LMS', () => {
  it('resume mid-attempt (SCORM 1.2): the same questions in the same order, with their answers', () => {
    const { c, lessonId } = bankCourse();
    const first = run12(c);
    first.controller.goTo(lessonId);
    const drawn = shown(first.controller, lessonId);
    expect(drawn).toHaveLength(3);
    expect(drawn.map((b) => b.id)).toContain(
      c.modules.flatMap((m) => m.lessons).find((l) => l.id === lessonId)!.pool![0]!.id,
    );
    first.controller.answer(drawn[0]!.id, correctResponse(drawn[0]!.question));
    first.controller.answer(drawn[1]!.id, wrongResponse(drawn[1]!.question));
    first.adapter.finish();
    expect(first.lms.violations).toEqual([]);
    expect(first.lms.committed.get('cmi.core.exit')).toBe('suspend');

    // Another seed source: a resumed attempt must not draw again.
    const second = run12(c, relaunchData(first.lms, '1.2'), 9000);
    expect(second.controller.view).toEqual({ kind: 'lesson', lessonId });
    expect(shown(second.controller, lessonId).map((b) => b.id)).toEqual(drawn.map((b) => b.id));
    expect(second.controller.state.questions[drawn[0]!.id]?.response).toEqual(correctResponse(drawn[0]!.question));
    expect(second.controller.state.questions[drawn[1]!.id]?.response).toEqual(wrongResponse(drawn[1]!.question));
    expect(second.lms.violations).toEqual([]);
  });

  it('scores and reports the drawn questions only; "Retake quiz" makes a new draw (SCORM 2004)', () => {
    const { c, lessonId } = bankCourse();
    const lms = createStrictScorm2004Lms();
    const adapter = createScorm2004Adapter(lms.api, {
      packageId: c.id,
      storage: memoryStorage(),
      logger: silentLogger(),
    });
    const controller = new PlayerController(
      pkg(c, 'scorm2004-4th'),
      adapter,
      adapter.start(),
      silentLogger(),
      Date.now,
      seeds(1),
    );
    controller.goTo(lessonId);
    const drawn = shown(controller, lessonId);
    const pool = controller.lessons.find((l) => l.id === lessonId)!.pool!;
    const notDrawn = pool.find((b) => !drawn.includes(b))!;
    // A question outside the draw is not part of the attempt.
    expect(controller.answer(notDrawn.id, correctResponse(notDrawn.question))).toBe(false);
    controller.answer(drawn[0]!.id, correctResponse(drawn[0]!.question));
    controller.answer(drawn[1]!.id, correctResponse(drawn[1]!.question));
    controller.answer(drawn[2]!.id, wrongResponse(drawn[2]!.question));
    const outcome = controller.submitQuiz(lessonId)!;
    const points = (bs: typeof drawn) =>
      bs.reduce((n, b) => n + (b.question.kind === 'likert' ? 0 : b.question.points), 0);
    expect(outcome.total).toBe(points(drawn));
    expect(outcome.earned).toBe(points(drawn.slice(0, 2)));
    vi.advanceTimersByTime(1100);
    const types = lms.sets().filter((s) => /^cmi\.interactions\.\d+\.id=/.test(s));
    expect(types).toHaveLength(3);
    expect(lms.violations).toEqual([]);

    expect(controller.retakeQuiz(lessonId)).toBe(true);
    const again = shown(controller, lessonId);
    expect(again).toHaveLength(3);
    expect(again.map((b) => b.id)).not.toEqual(drawn.map((b) => b.id));
    expect(again).toContain(pool[0]);
    for (const b of pool) expect(controller.state.questions[b.id]).toBeUndefined();
  });
});
