// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { QuizLessonForm, sampleEditorPerSuite } from '../../../support/sample-editor';

describe('quiz lesson settings form (real input, real library)', () => {
  const sample = sampleEditorPerSuite();

  it('stores attempts, layout and review choices on the lesson', async () => {
    const ed = sample();
    const user = userEvent.setup();
    ed.render(<QuizLessonForm stores={ed.stores} lessonId={ed.quizLessonId} />);
    const attempts = screen.getByLabelText('Attempts (0 = unlimited)');
    expect((attempts as HTMLInputElement).value).toBe('0');
    await user.selectOptions(screen.getByLabelText('Layout'), 'onePerPage');
    await user.click(screen.getByLabelText('Learners must review their answers before retaking'));
    await user.clear(attempts);
    await user.type(attempts, '3');
    const stored = async () => (await ed.storedLesson(ed.quizLessonId))?.quiz;
    await waitFor(async () =>
      expect(await stored()).toMatchObject({ layout: 'onePerPage', maxAttempts: 3, retakeAfterReview: true }),
    );
  });
});
