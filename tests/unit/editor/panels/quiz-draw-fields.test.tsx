// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { newQuestion } from '../../../../renderer/src/editor/blocks/new-block';
import { QuizLessonForm, sampleEditorPerSuite } from '../../../support/sample-editor';

describe('quiz draw from a question bank (real input, real library)', () => {
  const sample = sampleEditorPerSuite();
  const storedDraw = async () => (await sample().storedLesson(sample().quizLessonId))?.quiz?.draw;

  it('picks a bank, a count and a question always included, then goes back to the lesson’s own questions', async () => {
    const ed = sample();
    const { env, courseId } = ed;
    const created = await env.api.invoke('banks.create', { courseId, title: 'Review pool' });
    if (!created.ok) throw new Error(created.error.message);
    const questions = [];
    for (const prompt of ['Which tool?', 'Which step comes first?']) {
      const made = await env.api.invoke('banks.questions.create', {
        bankId: created.value.id,
        question: { ...newQuestion('singleChoice'), prompt },
      });
      if (!made.ok) throw new Error(made.error.message);
      questions.push(made.value);
    }
    const bank = { ...created.value, questions };

    const user = userEvent.setup();
    ed.render(<QuizLessonForm stores={ed.stores} lessonId={ed.quizLessonId} />);
    const source = screen.getByLabelText('Questions from a bank');
    // The bank list loads from the library after the first render.
    await waitFor(() => expect(screen.getByRole('option', { name: new RegExp(`^${bank.title} \\(`) })).toBeTruthy());
    await user.selectOptions(source, '');
    await waitFor(async () => expect(await storedDraw()).toBeUndefined());

    await user.selectOptions(source, bank.id);
    const count = (await screen.findByLabelText(/^Questions per attempt/)) as HTMLInputElement;
    await user.type(count, '2', { initialSelectionStart: 0, initialSelectionEnd: count.value.length });
    const fixed = bank.questions[1]!;
    await user.click(screen.getByLabelText(fixed.question.prompt));
    await waitFor(async () =>
      expect(await storedDraw()).toEqual({ bankId: bank.id, tag: null, count: 2, fixedIds: [fixed.id] }),
    );

    await user.selectOptions(source, '');
    await waitFor(async () => expect(await storedDraw()).toBeUndefined());
    expect(screen.queryByLabelText(/^Questions per attempt/)).toBeNull();
  });
});
