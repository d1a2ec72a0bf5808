import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newQuestion, type CoursePackage, type CourseTree, type Question } from '../../../../shared';
import { courseLessons } from '../../../../shared/scorm/learner-state';
import { createScorm12Adapter } from '../../../../renderer/player/lms/scorm12-adapter';
import { createScorm2004Adapter } from '../../../../renderer/player/lms/scorm2004-adapter';
import { PlayerController } from '../../../../renderer/player/state/player-controller';
import { createStrictScorm12Lms, createStrictScorm2004Lms } from '../../../support/strict-fake-lms';
import { memoryStorage, silentLogger, T0 } from '../../../support/lms-snapshots';
import { sampleCourseTree } from '../../../support/player-course-tree';

let n = 0;
const newId = () => `5a7e0000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

/** The sample course with a Likert survey and a single-choice check in its first (non-quiz) lesson. */
function courseWithSurvey(): {
  c: CourseTree;
  survey: Question & { kind: 'likert' };
  surveyId: string;
  checkId: string;
} {
  const c = sampleCourseTree();
  const lesson = courseLessons(c).find((l) => l.kind !== 'quiz')!;
  const survey = newQuestion('likert', newId, 'How confident are you?') as Question & { kind: 'likert' };
  const surveyId = newId();
  const checkId = newId();
  lesson.blocks.push({ id: surveyId, type: 'question', question: survey });
  lesson.blocks.push({ id: checkId, type: 'question', question: newQuestion('singleChoice', newId, 'Pick one') });
  return { c, survey, surveyId, checkId };
}
const pkg = (c: CourseTree, target: CoursePackage['target']): CoursePackage => ({
  formatVersion: 1,
  target,
  packageId: c.id,
  generator: 'test',
  course: c,
  assets: {},
});
const options = (id: string) => ({ packageId: id, storage: memoryStorage(), logger: silentLogger(), debounceMs: 10 });

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});
afterEach(() => vi.useRealTimers());

describe('a Likert survey answered as a knowledge check reaches the LMS', () => {
  it('SCORM 2004: one likert interaction with result neutral and no correct pattern; other checks stay local', () => {
    const { c, survey, surveyId, checkId } = courseWithSurvey();
    const lms = createStrictScorm2004Lms();
    const adapter = createScorm2004Adapter(lms.api, options(c.id));
    const controller = new PlayerController(pkg(c, 'scorm2004-4th'), adapter, adapter.start(), silentLogger());
    controller.questionShown(surveyId);
    vi.advanceTimersByTime(1500);
    expect(controller.check(surveyId, { kind: 'likert', optionId: survey.scale[1]!.id })).not.toBeNull();
    const check = courseLessons(c)[0]!.blocks.find((b) => b.id === checkId)!;
    const q = (check as { question: Extract<Question, { kind: 'singleChoice' }> }).question;
    controller.check(checkId, { kind: 'singleChoice', choiceId: q.correctChoiceId });
    vi.advanceTimersByTime(1100);
    adapter.finish();
    expect(lms.violations).toEqual([]);
    const sets = lms.sets();
    expect(sets).toContain('cmi.interactions.0.type=likert');
    expect(sets).toContain('cmi.interactions.0.learner_response=b');
    expect(sets).toContain('cmi.interactions.0.result=neutral');
    expect(sets).toContain('cmi.interactions.0.latency=PT1.5S');
    expect(sets.some((s) => s.startsWith('cmi.interactions.0.correct_responses'))).toBe(false);
    // The single-choice knowledge check is not an interaction, so there is exactly one.
    expect(sets.some((s) => s.startsWith('cmi.interactions.1.'))).toBe(false);
    expect(lms.committed.get('cmi.interactions._count') ?? '1').toBe('1');
  });

  it('SCORM 1.2: likert type, the option letter, result neutral', () => {
    const { c, survey, surveyId } = courseWithSurvey();
    const lms = createStrictScorm12Lms();
    const adapter = createScorm12Adapter(lms.api, options(c.id));
    const controller = new PlayerController(pkg(c, 'scorm12'), adapter, adapter.start(), silentLogger());
    controller.check(surveyId, { kind: 'likert', optionId: survey.scale[2]!.id });
    vi.advanceTimersByTime(20);
    adapter.finish();
    expect(lms.violations).toEqual([]);
    const sets = lms.sets();
    expect(sets).toContain('cmi.interactions.0.type=likert');
    expect(sets).toContain('cmi.interactions.0.student_response=c');
    expect(sets).toContain('cmi.interactions.0.result=neutral');
  });
});
