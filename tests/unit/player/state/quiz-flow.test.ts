import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CoursePackage, CourseTree, QuizSettings, Scorm12StatusMapping } from '../../../../shared';
import { SCORM12_STATUS_MAPPINGS } from '../../../../shared';
import { courseLessons, courseQuestions, TEXT_ENTRY_MAX_LENGTH } from '../../../../shared/scorm/learner-state';
import { createScorm12Adapter } from '../../../../renderer/player/lms/scorm12-adapter';
import { createScorm2004Adapter } from '../../../../renderer/player/lms/scorm2004-adapter';
import { PlayerController } from '../../../../renderer/player/state/player-controller';
import { DEFAULT_QUIZ_SETTINGS } from '../../../../renderer/player/state/quiz';
import { createStrictScorm12Lms, createStrictScorm2004Lms, relaunchData } from '../../../support/strict-fake-lms';
import { memoryStorage, silentLogger, T0 } from '../../../support/lms-snapshots';
import { sampleCourseTree, viewLesson } from '../../../support/player-course-tree';
import { correctResponse, wrongResponse } from '../../../support/question-responses';

const base = sampleCourseTree();

/** The sample course with quiz settings and SCORM 1.2 mapping of the test's choosing. */
function course(quiz: Partial<QuizSettings> = {}, settings: Partial<CourseTree['settings']> = {}): CourseTree {
  const c = structuredClone(base);
  Object.assign(c.settings, { completion: { rule: 'passed', viewedPercent: 100 } }, settings);
  for (const l of courseLessons(c)) if (l.kind === 'quiz') l.quiz = { ...DEFAULT_QUIZ_SETTINGS, ...quiz };
  return c;
}
const pkg = (c: CourseTree, target: CoursePackage['target']): CoursePackage => ({
  formatVersion: 1,
  target,
  packageId: c.id,
  generator: 'test',
  course: c,
  assets: {},
});
const seeds = () => {
  let n = 100;
  return () => n++;
};

function run12(c: CourseTree, initial: Record<string, string> = {}, storage = memoryStorage()) {
  const lms = createStrictScorm12Lms(initial);
  const adapter = createScorm12Adapter(lms.api, {
    packageId: c.id,
    storage,
    logger: silentLogger(),
    statusMapping: c.settings.scorm12Status,
  });
  const controller = new PlayerController(
    pkg(c, 'scorm12'),
    adapter,
    adapter.start(),
    silentLogger(),
    Date.now,
    seeds(),
  );
  return { lms, adapter, controller, storage };
}
function run2004(c: CourseTree, initial: Record<string, string> = {}) {
  const lms = createStrictScorm2004Lms(initial);
  const logger = silentLogger();
  const adapter = createScorm2004Adapter(lms.api, { packageId: c.id, storage: memoryStorage(), logger });
  const controller = new PlayerController(pkg(c, 'scorm2004-4th'), adapter, adapter.start(), logger, Date.now, seeds());
  return { lms, adapter, controller, logger };
}

const quizRefs = (c: CourseTree) => courseQuestions(c).filter((q) => q.graded);
const quizLessonId = (c: CourseTree) => quizRefs(c)[0]!.lesson.id;

/** Answers the quiz: the first `wrong` questions wrongly, the rest correctly, then submits. */
function attempt(controller: PlayerController, c: CourseTree, wrong: number): void {
  for (const [i, { block }] of quizRefs(c).entries())
    controller.answer(block.id, i < wrong ? wrongResponse(block.question) : correctResponse(block.question));
  controller.submitQuiz(quizLessonId(c));
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

describe('quiz flow against a strict LMS', () => {
  it('pass on the first attempt (SCORM 2004): completed, passed, score, objective, exit normal', () => {
    const c = course({ maxAttempts: 3 });
    const { lms, adapter, controller } = run2004(c);
    controller.goTo(quizLessonId(c));
    attempt(controller, c, 0);
    expect(controller.quizOutcome(quizLessonId(c))).toMatchObject({ attempt: 1, passed: true, final: true });
    expect(controller.canRetake(quizLessonId(c))).toBe(false);
    adapter.finish();
    const d = lms.committed;
    expect(d.get('cmi.completion_status')).toBe('completed');
    expect(d.get('cmi.success_status')).toBe('passed');
    expect(d.get('cmi.score.scaled')).toBe('1');
    expect(d.get('cmi.objectives.0.success_status')).toBe('passed');
    expect(d.get('cmi.objectives.0.completion_status')).toBe('completed');
    expect(d.get('cmi.progress_measure')).toBe('1');
    expect(d.get('cmi.exit')).toBe('normal');
    expect(lms.violations).toEqual([]);
  });

  it('fail, retake, pass (SCORM 2004): never "failed" in between, a new shuffle seed, then passed', () => {
    const c = course({ maxAttempts: 2 });
    const { lms, controller } = run2004(c);
    const id = quizLessonId(c);
    controller.goTo(id);
    const seed1 = controller.state.quizzes[id]!.seed;
    attempt(controller, c, 3);
    expect(controller.quizOutcome(id)).toMatchObject({ passed: false, canRetake: true, final: false });
    expect(lms.sets().filter((s) => s.includes('success_status'))).toEqual([]);
    expect(lms.data.has('cmi.score.raw')).toBe(false);
    expect(lms.data.get('cmi.objectives.0.completion_status')).toBe('completed');
    expect(Number(lms.data.get('cmi.progress_measure'))).toBeLessThan(1);
    expect(controller.retakeQuiz(id)).toBe(true);
    expect(controller.state.quizzes[id]).toMatchObject({ attempt: 2, submitted: false });
    expect(controller.state.quizzes[id]!.seed).not.toBe(seed1);
    expect(quizRefs(c).every(({ block }) => controller.state.questions[block.id] === undefined)).toBe(true);
    attempt(controller, c, 0);
    expect(lms.data.get('cmi.success_status')).toBe('passed');
    expect(lms.data.get('cmi.completion_status')).toBe('completed');
    expect(lms.data.get('cmi.objectives.0.success_status')).toBe('passed');
    expect(lms.violations).toEqual([]);
  });

  it('fail every attempt: a final, consistent state (completed + failed, exit normal) and no retake', () => {
    const c = course({ maxAttempts: 2 });
    const { lms, adapter, controller } = run2004(c);
    const id = quizLessonId(c);
    controller.goTo(id);
    attempt(controller, c, 4);
    controller.retakeQuiz(id);
    attempt(controller, c, 4);
    expect(controller.quizOutcome(id)).toMatchObject({ attempt: 2, passed: false, canRetake: false, final: true });
    expect(controller.retakeQuiz(id)).toBe(false);
    expect(controller.progress).toMatchObject({ success: 'failed', completion: 'completed', finished: true });
    adapter.finish();
    expect(lms.committed.get('cmi.success_status')).toBe('failed');
    expect(lms.committed.get('cmi.completion_status')).toBe('completed');
    expect(lms.committed.get('cmi.score.raw')).toBe('60'); // 6 of the 10 scored questions
    expect(lms.committed.get('cmi.objectives.0.success_status')).toBe('failed');
    expect(lms.committed.get('cmi.exit')).toBe('normal');
    expect(lms.violations).toEqual([]);
  });

  it('fail every attempt (SCORM 1.2, passed/failed): "failed" is sent once, only after the last attempt', () => {
    const c = course({ maxAttempts: 2 }, { scorm12Status: 'passed-failed' });
    const { lms, adapter, controller } = run12(c);
    controller.goTo(quizLessonId(c));
    attempt(controller, c, 4);
    expect(lms.data.get('cmi.core.lesson_status')).toBe('incomplete');
    controller.retakeQuiz(quizLessonId(c));
    attempt(controller, c, 4);
    adapter.finish();
    expect(lms.sets().filter((s) => s.startsWith('cmi.core.lesson_status='))).toEqual([
      'cmi.core.lesson_status=incomplete',
      'cmi.core.lesson_status=failed',
    ]);
    expect(lms.committed.get('cmi.core.exit')).toBe('');
    expect(lms.violations).toEqual([]);
  });

  it('resume mid-attempt: attempt number, shuffle seed and answers come back from suspend_data', () => {
    const c = course({ maxAttempts: 3 });
    const first = run12(c);
    const id = quizLessonId(c);
    first.controller.goTo(id);
    attempt(first.controller, c, 5);
    first.controller.retakeQuiz(id);
    const [q0, q1] = quizRefs(c);
    first.controller.answer(q0!.block.id, correctResponse(q0!.block.question));
    first.controller.answer(q1!.block.id, wrongResponse(q1!.block.question));
    const before = first.controller.state.quizzes[id]!;
    first.adapter.finish();
    const second = run12(c, relaunchData(first.lms, '1.2'));
    expect(second.controller.view).toEqual({ kind: 'lesson', lessonId: id });
    expect(second.controller.state.quizzes[id]).toEqual(before);
    expect(second.controller.state.quizzes[id]).toMatchObject({ attempt: 2, submitted: false });
    expect(second.controller.state.questions[q0!.block.id]?.response).toEqual(correctResponse(q0!.block.question));
    expect(second.controller.state.questions[q1!.block.id]?.response).toEqual(wrongResponse(q1!.block.question));
    expect(second.controller.state.saveCount).toBeGreaterThan(0);
    expect(second.lms.violations).toEqual([]);
  });

  it('"Retake quiz" waits for the review when the author asks for it', () => {
    const c = course({ maxAttempts: 0, retakeAfterReview: true });
    const { controller } = run2004(c);
    const id = quizLessonId(c);
    attempt(controller, c, 6);
    expect(controller.canRetake(id)).toBe(false);
    expect(controller.retakeQuiz(id)).toBe(false);
    controller.reviewQuiz(id);
    expect(controller.retakeQuiz(id)).toBe(true);
  });

  it('a timed attempt counts down while shown and submits itself at zero', () => {
    const c = course({ timeLimitMinutes: 1 });
    const { controller } = run2004(c);
    const id = quizLessonId(c);
    controller.openQuiz(id);
    expect(controller.timeLeft(id)).toBe(60);
    const [q0] = quizRefs(c);
    controller.answer(q0!.block.id, correctResponse(q0!.block.question));
    for (let i = 0; i < 59; i++) controller.tickQuiz(id, 1);
    expect(controller.timeLeft(id)).toBe(1);
    expect(controller.state.quizzes[id]?.elapsedS).toBe(50); // saved every 10 s
    controller.tickQuiz(id, 1);
    expect(controller.state.quizzes[id]?.submitted).toBe(true);
    expect(controller.timeLeft(id)).toBeNull();
    expect(controller.quizOutcome(id)?.earned).toBe(q0!.block.question.points);
  });

  it('text answers keep the authored maximum length (250), not 100', () => {
    const c = course();
    const { controller } = run2004(c);
    const text = quizRefs(c).find((q) => q.block.question.kind === 'textEntry')!;
    const long = 'x'.repeat(300);
    controller.answer(text.block.id, { kind: 'textEntry', text: long });
    expect(controller.state.questions[text.block.id]?.response).toEqual({
      kind: 'textEntry',
      text: 'x'.repeat(TEXT_ENTRY_MAX_LENGTH),
    });
    expect(TEXT_ENTRY_MAX_LENGTH).toBe(250);
  });
});

describe('SCORM 1.2 status mappings', () => {
  const expected: Record<Scorm12StatusMapping, { passed: string; failedFinal: string; failedRetry: string }> = {
    'passed-incomplete': { passed: 'passed', failedFinal: 'incomplete', failedRetry: 'incomplete' },
    'passed-failed': { passed: 'passed', failedFinal: 'failed', failedRetry: 'incomplete' },
    'completed-incomplete': { passed: 'completed', failedFinal: 'completed', failedRetry: 'incomplete' },
    'completed-failed': { passed: 'completed', failedFinal: 'failed', failedRetry: 'incomplete' },
  };
  for (const mapping of SCORM12_STATUS_MAPPINGS) {
    it(`${mapping}: pass, fail with attempts left, fail the last attempt`, () => {
      const c = course({ maxAttempts: 2 }, { scorm12Status: mapping });
      const pass = run12(c);
      attempt(pass.controller, c, 0);
      expect(pass.lms.data.get('cmi.core.lesson_status')).toBe(expected[mapping].passed);
      const fail = run12(c);
      attempt(fail.controller, c, 6);
      expect(fail.lms.data.get('cmi.core.lesson_status')).toBe(expected[mapping].failedRetry);
      fail.controller.retakeQuiz(quizLessonId(c));
      attempt(fail.controller, c, 6);
      expect(fail.lms.data.get('cmi.core.lesson_status')).toBe(expected[mapping].failedFinal);
      expect([...pass.lms.violations, ...fail.lms.violations]).toEqual([]);
    });
  }

  it('a course without a quiz reports its success word once viewed', () => {
    const c = structuredClone(base);
    for (const m of c.modules) m.lessons = m.lessons.filter((l) => l.kind !== 'quiz');
    c.settings.completion = { rule: 'viewed', viewedPercent: 100 };
    for (const [mapping, word] of [
      ['passed-failed', 'passed'],
      ['completed-failed', 'completed'],
    ] as const) {
      c.settings.scorm12Status = mapping;
      const { lms, controller } = run12(c);
      for (const l of courseLessons(c)) viewLesson(controller, l);
      expect(lms.data.get('cmi.core.lesson_status')).toBe(word);
    }
  });
});

describe('LMS trouble', () => {
  it('a value the LMS rejects is sent at most twice in the session, however many updates follow', () => {
    const c = course();
    const { lms, controller, logger } = run2004(c);
    lms.reject(/^cmi\.location$/);
    const sentBefore = lms.callsOf('SetValue').length;
    for (const l of courseLessons(c)) controller.goTo(l.id);
    for (const l of courseLessons(c)) controller.goTo(l.id);
    const after = lms.callsOf('SetValue').slice(sentBefore);
    expect(after.filter((call) => call[1] === 'cmi.location')).toHaveLength(2);
    expect(after.filter((call) => call[1] === 'cmi.suspend_data').length).toBeGreaterThan(10);
    expect(logger.warnings.filter((w) => w.includes('rejected cmi.location'))).toHaveLength(2);
    // Everything else is still recorded.
    expect(lms.data.get('cmi.suspend_data')).toBeTruthy();
  });

  it('commits that keep failing show a calm notice, which clears once a commit succeeds', () => {
    const c = course();
    const { lms, controller } = run2004(c);
    lms.failCommits(2);
    controller.goTo(courseLessons(c)[1]!.id);
    vi.advanceTimersByTime(1000); // debounced commit: fails
    expect(controller.lmsProblem).toBeNull();
    vi.advanceTimersByTime(1000); // retry: fails again
    expect(controller.lmsProblem).toBe('commit-failing');
    vi.advanceTimersByTime(2000); // retry: succeeds
    expect(controller.lmsProblem).toBeNull();
  });

  it('browse and review modes record nothing as an attempt', () => {
    const c = course();
    for (const [mode, make] of [
      ['review', () => run2004(c, { 'cmi.mode': 'review' })],
      ['browse', () => run12(c, { 'cmi.core.lesson_mode': 'browse' })],
    ] as const) {
      const { lms, adapter, controller } = make();
      expect(controller.mode).toBe(mode);
      for (const l of courseLessons(c)) controller.goTo(l.id);
      attempt(controller, c, 0);
      adapter.finish();
      expect(lms.callsOf('SetValue')).toEqual([]);
      expect(lms.callsOf('Terminate')).toHaveLength(1);
      expect(lms.violations).toEqual([]);
    }
  });

  it('after a bfcache restore the LMS refuses: the learner is told to reopen the course', () => {
    const c = course();
    const { adapter, controller } = run2004(c);
    adapter.finish();
    expect(adapter.reconnect()).toBe(false);
    expect(controller.lmsProblem).toBe('disconnected');
  });
});
