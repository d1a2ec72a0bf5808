import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CoursePackage, CourseTree } from '../../../../shared';
import { courseLessons, courseQuestions } from '../../../../shared/scorm/learner-state';
import { worstCaseSuspendDataLength } from '../../../../shared/scorm/suspend-data';
import { createScorm12Adapter } from '../../../../renderer/player/lms/scorm12-adapter';
import { createScorm2004Adapter } from '../../../../renderer/player/lms/scorm2004-adapter';
import type { LmsAdapter } from '../../../../renderer/player/lms/lms-adapter';
import { PlayerController } from '../../../../renderer/player/state/player-controller';
import { interactionIds } from '../../../../renderer/player/state/interactions';
import { createStrictScorm12Lms, createStrictScorm2004Lms, relaunchData } from '../../../support/strict-fake-lms';
import { memoryStorage, silentLogger, T0 } from '../../../support/lms-snapshots';
import { sampleCourseTree, viewLesson } from '../../../support/player-course-tree';
import { correctResponse, wrongResponse } from '../../../support/question-responses';

const tree = sampleCourseTree();
const pkgFor = (target: CoursePackage['target'], course: CourseTree = tree): CoursePackage => ({
  formatVersion: 1,
  target,
  packageId: course.id,
  generator: 'test',
  course,
  assets: {},
});

function session12(initial: Record<string, string> = {}) {
  const lms = createStrictScorm12Lms(initial);
  const adapter = createScorm12Adapter(lms.api, {
    packageId: tree.id,
    storage: memoryStorage(),
    logger: silentLogger(),
  });
  const controller = new PlayerController(pkgFor('scorm12'), adapter, adapter.start(), silentLogger());
  return { lms, adapter, controller };
}

function session2004(initial: Record<string, string> = {}) {
  const lms = createStrictScorm2004Lms(initial);
  const adapter: LmsAdapter = createScorm2004Adapter(lms.api, {
    packageId: tree.id,
    storage: memoryStorage(),
    logger: silentLogger(),
  });
  const controller = new PlayerController(pkgFor('scorm2004-4th'), adapter, adapter.start(), silentLogger());
  return { lms, adapter, controller };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

const lessons = courseLessons(tree);
const quiz = courseQuestions(tree).filter((q) => q.graded);

describe('PlayerController with the sample course', () => {
  it('fresh start: opens the first lesson, bookmarks it, sends no score and no status beyond incomplete', () => {
    const { lms, controller } = session2004();
    expect(controller.view).toEqual({ kind: 'lesson', lessonId: lessons[0]!.id });
    vi.advanceTimersByTime(1500);
    expect(lms.committed.get('cmi.location')).toBe(lessons[0]!.id);
    expect(lms.committed.get('cmi.completion_status')).toBe('incomplete');
    expect([...lms.data.keys()].some((k) => k.startsWith('cmi.score'))).toBe(false);
    expect(lms.sets().some((s) => s.startsWith('cmi.success_status'))).toBe(false);
    expect(lms.violations).toEqual([]);
  });

  it('SCORM 2004: viewing every lesson and passing the quiz completes and passes with one interaction per question', () => {
    const { lms, adapter, controller } = session2004();
    for (const l of lessons) expect(viewLesson(controller, l)).toBe(true);
    for (const { block } of quiz) {
      controller.questionShown(block.id);
      vi.advanceTimersByTime(2000);
      // Graded questions have no instant check: only the submitted answer counts.
      expect(controller.check(block.id, correctResponse(block.question))).toBeNull();
      expect(controller.answer(block.id, correctResponse(block.question))).toBe(true);
    }
    expect(controller.progress.success).toBe('unknown');
    for (const lessonId of new Set(quiz.map((q) => q.lesson.id))) controller.submitQuiz(lessonId);
    expect(controller.progress).toMatchObject({
      completion: 'completed',
      success: 'passed',
      finished: true,
      quiz: { score: 100 },
    });
    adapter.finish();
    const d = lms.committed;
    expect(d.get('cmi.completion_status')).toBe('completed');
    expect(d.get('cmi.success_status')).toBe('passed');
    expect(d.get('cmi.score.raw')).toBe('100');
    expect(d.get('cmi.score.scaled')).toBe('1');
    expect(d.get('cmi.exit')).toBe('normal');
    const ids = quiz.map((_, n) => d.get(`cmi.interactions.${n}.id`));
    expect(new Set(ids).size).toBe(quiz.length);
    expect(ids).toEqual(quiz.map(({ block }) => interactionIds(tree).get(block.id)));
    expect(quiz.map((_, n) => d.get(`cmi.interactions.${n}.type`))).toEqual([
      'choice',
      'choice',
      'true-false',
      'fill-in',
      'matching',
      'sequencing',
      'numeric',
      'fill-in',
      'matching',
      'choice',
      'likert',
    ]);
    // Shown at 0 s, submitted after the last answer (2 s per question later).
    expect(d.get('cmi.interactions.0.latency')).toBe(`PT${2 * quiz.length}S`);
    expect(d.get('cmi.objectives.0.id')).toMatch(/^quiz-[0-9a-f]{8}$/);
    expect(d.get('cmi.objectives.0.success_status')).toBe('passed');
    expect(d.get('cmi.objectives.0.score.scaled')).toBe('1');
    expect(d.get('cmi.progress_measure')).toBe('1');
    expect(d.has(`cmi.interactions.${quiz.length}.id`)).toBe(false);
    expect(lms.callsOf('Terminate')).toHaveLength(1);
    expect(lms.violations).toEqual([]);
  });

  it('SCORM 1.2: a failed attempt with attempts left is not "failed" and sends no score; a retake that passes reports passed', () => {
    const { lms, controller } = session12();
    for (const l of lessons) viewLesson(controller, l);
    const quizLesson = quiz[0]!.lesson.id;
    for (const [i, { block }] of quiz.entries())
      controller.answer(block.id, i < 4 ? wrongResponse(block.question) : correctResponse(block.question));
    controller.submitQuiz(quizLesson);
    // 6 of the 10 graded questions (the survey is not scored).
    expect(controller.quizOutcome(quizLesson)).toMatchObject({ score: 60, passed: false, canRetake: true });
    expect(lms.data.get('cmi.core.lesson_status')).toBe('incomplete');
    expect(lms.data.has('cmi.core.score.raw')).toBe(false);
    expect(lms.data.get('cmi.interactions.0.result')).toBe('wrong');
    expect(lms.data.get('cmi.core.exit')).toBe('suspend');
    expect(controller.retakeQuiz(quizLesson)).toBe(true);
    for (const { block } of quiz) controller.answer(block.id, correctResponse(block.question));
    controller.submitQuiz(quizLesson);
    expect(lms.data.get('cmi.core.lesson_status')).toBe('passed');
    expect(lms.data.get('cmi.core.score.raw')).toBe('100');
    // The second attempt has its own interaction records after the first one's.
    expect(lms.data.get(`cmi.interactions.${quiz.length}.id`)).toMatch(/-a2$/);
    expect(lms.data.get(`cmi.interactions.${quiz.length}.result`)).toBe('correct');
    expect(lms.data.has(`cmi.interactions.${2 * quiz.length}.id`)).toBe(false);
    expect(lms.data.get('cmi.core.exit')).toBe('');
    expect(lms.violations).toEqual([]);
  });

  it('resume: relaunch restores bookmark, visited lessons and answers from suspend_data', () => {
    const first = session12();
    first.controller.goTo(lessons[2]!.id);
    first.controller.goTo(lessons[1]!.id);
    const check = courseQuestions(tree).find((q) => !q.graded)!;
    first.controller.check(check.block.id, wrongResponse(check.block.question));
    first.adapter.finish();
    const data = relaunchData(first.lms, '1.2');
    expect(data['cmi.suspend_data']!.length).toBeLessThanOrEqual(worstCaseSuspendDataLength(tree));

    const second = session12(data);
    expect(second.controller.view).toEqual({ kind: 'lesson', lessonId: lessons[1]!.id });
    expect(second.controller.state.visitedLessonIds).toEqual([lessons[0]!.id, lessons[1]!.id, lessons[2]!.id]);
    expect(second.controller.state.questions[check.block.id]).toMatchObject({ attempts: 1, correct: false });
    expect(second.lms.violations).toEqual([]);
  });

  it('refuses answers beyond maxAttempts and locks linear lessons until the previous is viewed and answered', () => {
    const linear = structuredClone(tree);
    linear.settings.navigation = 'linear';
    const ref = courseQuestions(linear).find((q) => !q.graded)!;
    ref.block.question.maxAttempts = 1;
    const lms = createStrictScorm2004Lms();
    const adapter = createScorm2004Adapter(lms.api, { packageId: linear.id, storage: null, logger: silentLogger() });
    const c = new PlayerController(pkgFor('scorm2004-3rd', linear), adapter, adapter.start(), silentLogger());
    const ls = courseLessons(linear);
    expect(c.goTo(ls[2]!.id)).toBe(false);
    expect(c.goTo(ls[1]!.id)).toBe(true);
    // Lesson 2 has knowledge checks: lesson 3 stays locked until they are all answered.
    expect(c.goTo(ls[2]!.id)).toBe(false);
    expect(c.check(ref.block.id, wrongResponse(ref.block.question))).not.toBeNull();
    expect(c.check(ref.block.id, correctResponse(ref.block.question))).toBeNull();
    for (const b of ls[1]!.blocks)
      if (b.type === 'question' && b.id !== ref.block.id) c.check(b.id, wrongResponse(b.question));
    expect(c.goTo(ls[2]!.id)).toBe(true);
    expect(lms.violations).toEqual([]);
  });

  it('a bookmark to a lesson that no longer exists falls back to the first lesson', () => {
    const lms = createStrictScorm2004Lms({
      'cmi.entry': 'resume',
      'cmi.location': 'gone',
      'cmi.suspend_data': 'garbage',
    });
    const adapter = createScorm2004Adapter(lms.api, { packageId: tree.id, storage: null, logger: silentLogger() });
    const logger = silentLogger();
    const c = new PlayerController(pkgFor('scorm2004-4th'), adapter, adapter.start(), logger);
    expect(c.view).toEqual({ kind: 'lesson', lessonId: lessons[0]!.id });
    expect(logger.warnings.some((w) => w.includes('another version'))).toBe(true);
  });
});
