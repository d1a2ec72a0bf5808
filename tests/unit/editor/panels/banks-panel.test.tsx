// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { BanksPanel } from '../../../../renderer/src/editor/banks/banks-panel';
import { QuizSettingsForm } from '../../../../renderer/src/editor/panels/quiz-settings-form';
import type { AppStores } from '../../../../renderer/src/stores/app-stores';
import { sampleEditorPerSuite, useOpenLesson } from '../../../support/sample-editor';

/** The banks panel and the quiz lesson's settings, both reading the open course like the course screen does. */
function Screen({ stores, lessonId }: { stores: AppStores; lessonId: string }) {
  const { tree, lesson } = useOpenLesson(stores, lessonId);
  if (!tree || !lesson) return null;
  return (
    <>
      <BanksPanel tree={tree} />
      <QuizSettingsForm lesson={lesson} courseId={tree.id} />
    </>
  );
}

describe('question banks in the editor (real input, real library)', () => {
  const sample = sampleEditorPerSuite();

  it('creates a bank, adds and tags questions, moves one in from the quiz, and sets a draw with a fixed question', async () => {
    const ed = sample();
    const { env, courseId } = ed;
    const user = userEvent.setup();
    ed.render(<Screen stores={ed.stores} lessonId={ed.quizLessonId} />);
    await screen.findByText('No question banks yet.');
    await user.type(screen.getByLabelText('New bank name'), 'Safety basics');
    await user.click(screen.getByRole('button', { name: 'Create bank' }));
    const section = await screen.findByRole('region', { name: /Safety basics/ });
    await user.click(within(section).getByRole('button', { name: 'Add question' }));
    await user.click(within(section).getByRole('button', { name: 'Add question' }));
    await waitFor(() => expect(within(section).getAllByLabelText('Tags (comma-separated)')).toHaveLength(2));

    // Edit the first question's prompt with the question editor, and tag it.
    const [first] = within(section).getAllByRole('listitem');
    await user.click(within(first!).getByRole('button', { name: 'Edit question' }));
    const prompt = within(first!).getByLabelText('Question prompt');
    await user.clear(prompt);
    await user.type(prompt, 'Where is the fire exit?');
    await user.click(within(first!).getByRole('button', { name: 'Save question' }));
    await user.type(within(first!).getByLabelText('Tags (comma-separated)'), 'fire, core');
    await user.click(within(first!).getByRole('button', { name: 'Save tags' }));

    // A question block of the quiz lesson moves into the bank.
    const from = within(section).getByLabelText('Question from a lesson') as HTMLSelectElement;
    const option = [...from.options].find((o) => o.value && o.text.includes('›'))!;
    await user.selectOptions(from, option.value);
    await user.click(within(section).getByRole('button', { name: 'Move into this bank' }));

    const banks = async () => {
      const r = await env.api.invoke('banks.list', { courseId });
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    };
    await waitFor(async () => {
      const [bank] = await banks();
      expect(bank!.title).toBe('Safety basics');
      expect(bank!.questions.map((q) => q.question.prompt)).toContain('Where is the fire exit?');
      expect(bank!.questions.find((q) => q.question.prompt === 'Where is the fire exit?')!.tags).toEqual([
        'fire',
        'core',
      ]);
      expect(bank!.questions).toHaveLength(3);
      expect(bank!.questions.some((q) => q.id === option.value)).toBe(true);
    });

    // The quiz draws 2 per attempt from the bank, always including the fire-exit question.
    const bankSelect = screen.getByLabelText('Questions from a bank');
    await waitFor(() => expect(within(bankSelect).getByRole('option', { name: /Safety basics/ })).toBeTruthy());
    const [bank] = await banks();
    await user.selectOptions(bankSelect, bank!.id);
    const count = await screen.findByLabelText('Questions per attempt');
    // Replace the whole value in one edit.
    await user.tripleClick(count);
    await user.keyboard('2');
    await user.click(screen.getByRole('checkbox', { name: 'Where is the fire exit?' }));
    const fixed = bank!.questions.find((q) => q.question.prompt === 'Where is the fire exit?')!.id;
    await waitFor(async () => {
      const quiz = (await ed.storedLesson(ed.quizLessonId))!.quiz;
      expect(quiz?.draw).toEqual({ bankId: bank!.id, tag: null, count: 2, fixedIds: [fixed] });
    });
  });
});
