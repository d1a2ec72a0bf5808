/** @jsxImportSource preact */
// @vitest-environment happy-dom
import { screen, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { CoursePackage, CourseTree, QuizSettings } from '../../../../shared';
import { courseLessons } from '../../../../shared/scorm/learner-state';
import type { LmsAdapter, LmsProblem } from '../../../../renderer/player/lms/lms-adapter';
import { createStandaloneAdapter } from '../../../../renderer/player/lms/standalone-adapter';
import { PlayerController } from '../../../../renderer/player/state/player-controller';
import { DEFAULT_QUIZ_SETTINGS } from '../../../../renderer/player/state/quiz';
import { App, LMS_PROBLEM_TEXT } from '../../../../renderer/player/ui/app';
import { memoryStorage } from '../../../support/lms-snapshots';
import { sampleCourseTree } from '../../../support/player-course-tree';

const base = sampleCourseTree();

function setup(quiz: Partial<QuizSettings>) {
  const course: CourseTree = structuredClone(base);
  course.settings.supportContact = 'help@example.com';
  for (const l of courseLessons(course)) if (l.kind === 'quiz') l.quiz = { ...DEFAULT_QUIZ_SETTINGS, ...quiz };
  const pkg: CoursePackage = {
    formatVersion: 1,
    target: 'html5',
    packageId: course.id,
    generator: 't',
    course,
    assets: {},
  };
  // The standalone adapter, plus a hook to raise LMS problems as a SCORM session would.
  const inner = createStandaloneAdapter({ packageId: course.id, storage: memoryStorage() });
  let raise: (p: LmsProblem | null) => void = () => undefined;
  const adapter: LmsAdapter = { ...inner, watch: (fn) => void (raise = fn) };
  const controller = new PlayerController(pkg, adapter, adapter.start(), { warn: () => undefined });
  const quizLesson = courseLessons(course).find((l) => l.kind === 'quiz')!;
  controller.goTo(quizLesson.id);
  const root = document.createElement('div');
  document.body.appendChild(root);
  act(() => render(<App controller={controller} notice={null} />, root));
  return { controller, quizLesson, root, raise: (p: LmsProblem | null) => act(() => raise(p)) };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('quiz attempt UI (real clicks in happy-dom)', () => {
  it('one question per page, submit with confirmation, results, retake; the timer is a labelled countdown', async () => {
    const user = userEvent.setup();
    const { quizLesson, root } = setup({ layout: 'onePerPage', maxAttempts: 2, timeLimitMinutes: 1 });
    const count = quizLesson.blocks.filter((b) => b.type === 'question').length;
    expect(root.querySelectorAll('section[data-question-id]')).toHaveLength(1);
    expect(screen.getByRole('timer').textContent).toBe('Time left: 1:00');
    for (let i = 1; i < count; i++) await user.click(screen.getByRole('button', { name: 'Next question' }));
    expect(screen.getByText(`Question ${count} of ${count}`, { exact: false })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Submit quiz' }));
    expect(root.querySelector('.cw-quiz > p[role=status]')?.textContent).toContain(
      'Unanswered questions count as wrong',
    );
    await user.click(screen.getByRole('button', { name: 'Submit anyway' }));
    const results = root.querySelector<HTMLElement>('.cw-quiz-results')!;
    expect(within(results).getByRole('heading').textContent).toBe('Not passed yet');
    expect(results.textContent).toContain('Pass mark80%');
    await user.click(within(results).getByRole('button', { name: 'Review answers' }));
    expect(root.querySelectorAll('#cw-quiz-review section[data-question-id]')).toHaveLength(count);
    await user.click(within(results).getByRole('button', { name: 'Retake quiz' }));
    expect(root.querySelector('.cw-quiz')?.getAttribute('data-quiz-attempt')).toBe('2');
    expect(root.querySelector('.cw-quiz-meta')?.textContent).toContain('Attempt 2 of 2');
  });

  it('after the last failed attempt: what happens next with the support contact, and no retake', async () => {
    const user = userEvent.setup();
    const { root } = setup({ maxAttempts: 1 });
    await user.click(screen.getByRole('button', { name: 'Submit quiz' }));
    await user.click(screen.getByRole('button', { name: 'Submit anyway' }));
    const results = root.querySelector<HTMLElement>('.cw-quiz-results')!;
    expect(within(results).getByRole('heading').textContent).toBe('You did not pass the quiz');
    expect(results.textContent).toContain('You have used all 1 attempt');
    expect(within(results).getByRole('link', { name: 'help@example.com' }).getAttribute('href')).toBe(
      'mailto:help@example.com',
    );
    expect(within(results).queryByRole('button', { name: 'Retake quiz' })).toBeNull();
  });

  it('"Retake quiz" stays disabled until the answers were reviewed, when the author asks for it', async () => {
    const user = userEvent.setup();
    const { root } = setup({ retakeAfterReview: true });
    await user.click(screen.getByRole('button', { name: 'Submit quiz' }));
    await user.click(screen.getByRole('button', { name: 'Submit anyway' }));
    const retake = screen.getByRole('button', { name: 'Retake quiz' }) as HTMLButtonElement;
    expect(retake.disabled).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Review answers' }));
    expect(retake.disabled).toBe(false);
    await user.click(retake);
    expect(root.querySelector('.cw-quiz')?.getAttribute('data-quiz-attempt')).toBe('2');
  });

  it('a calm notice while commits fail, cleared when one succeeds; reopen advice after a lost session', () => {
    const { root, raise } = setup({});
    const status = root.querySelector('.cw-lms-status')!;
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toBe('');
    raise('commit-failing');
    expect(status.textContent).toBe(LMS_PROBLEM_TEXT['commit-failing']);
    raise(null);
    expect(status.textContent).toBe('');
    raise('disconnected');
    expect(status.textContent).toContain('reopen the course');
  });
});
