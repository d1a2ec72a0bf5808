// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { NumberField } from '../../../../renderer/src/editor/blocks/fields';
import { QuizSettingsForm } from '../../../../renderer/src/editor/panels/quiz-settings-form';
import { SettingsPanel } from '../../../../renderer/src/editor/panels/settings-panel';
import type { AppStores } from '../../../../renderer/src/stores/app-stores';
import { sampleEditorPerSuite, useOpenLesson } from '../../../support/sample-editor';

/** The course settings and the quiz lesson's settings, re-reading the open course like the course screen does. */
function Panels({ stores, lessonId }: { stores: AppStores; lessonId: string }) {
  const { tree, lesson } = useOpenLesson(stores, lessonId);
  if (!tree || !lesson) return null;
  return (
    <>
      <SettingsPanel tree={tree} />
      <QuizSettingsForm lesson={lesson} courseId={tree.id} />
    </>
  );
}

/**
 * Bug: a number field of the settings panels that the designer empties to type a new number showed the stored
 * value again at once (the controlled input refused the empty value), so "clear, type 75" gave "8075".
 */
describe('number fields of the settings panels keep what is typed (real keystrokes, real library)', () => {
  const sample = sampleEditorPerSuite();
  const quiz = async () => (await sample().storedLesson(sample().quizLessonId))?.quiz;
  afterEach(cleanup);

  it('passing score: cleared, it stays empty while the new number is typed, and the new number is stored', async () => {
    const user = userEvent.setup();
    const ed = sample();
    ed.render(<Panels stores={ed.stores} lessonId={ed.quizLessonId} />);
    const passing = screen.getByLabelText(/^Passing score/) as HTMLInputElement;
    const before = (await ed.stored()).settings.passingScore;
    expect(passing.value).toBe(String(before));
    await user.clear(passing);
    expect(passing.value).toBe('');
    await user.type(passing, before === 65 ? '70' : '65');
    expect(passing.value).toBe(before === 65 ? '70' : '65');
    await user.tab();
    await waitFor(async () => expect((await ed.stored()).settings.passingScore).toBe(before === 65 ? 70 : 65));
    expect(passing.value).toBe(before === 65 ? '70' : '65');
  });

  it('quiz time limit and attempts: clear and retype; an emptied field left on blur shows the stored value', async () => {
    const user = userEvent.setup();
    const ed = sample();
    ed.render(<Panels stores={ed.stores} lessonId={ed.quizLessonId} />);
    const limit = screen.getByLabelText(/^Time limit in minutes/) as HTMLInputElement;
    await user.clear(limit);
    await user.type(limit, '45');
    await waitFor(async () => expect((await quiz())?.timeLimitMinutes).toBe(45));
    expect(limit.value).toBe('45');

    const attempts = screen.getByLabelText(/^Attempts/) as HTMLInputElement;
    await user.clear(attempts);
    await user.type(attempts, '4');
    await waitFor(async () => expect((await quiz())?.maxAttempts).toBe(4));

    // Emptied and left: nothing is stored, the field shows the stored value again, with no error.
    await user.clear(limit);
    expect(limit.value).toBe('');
    await user.tab();
    expect(limit.value).toBe('45');
    expect(limit.getAttribute('aria-invalid')).toBeNull();
    expect((await quiz())?.timeLimitMinutes).toBe(45);
  });

  it('an out-of-range number is not stored; on blur the field says so and shows the stored value', async () => {
    const user = userEvent.setup();
    const ed = sample();
    ed.render(<Panels stores={ed.stores} lessonId={ed.quizLessonId} />);
    const attempts = screen.getByLabelText(/^Attempts/) as HTMLInputElement;
    const stored = (await quiz())!.maxAttempts;
    await user.clear(attempts);
    await user.type(attempts, '99'); // "9" is a valid count and is stored; "99" is over the 20 allowed.
    expect(attempts.value).toBe('99');
    expect(screen.queryByRole('alert')).toBeNull(); // no error while typing
    await user.tab();
    expect((await screen.findByRole('alert')).textContent).toContain('Enter a whole number from 0 to 20');
    expect(attempts.getAttribute('aria-invalid')).toBe('true');
    await waitFor(async () => expect((await quiz())?.maxAttempts).toBe(9));
    expect(stored).not.toBe(9);
    expect(attempts.value).toBe('9');
    // Typing again clears the error.
    await user.type(attempts, '{Backspace}2');
    expect(screen.queryByRole('alert')).toBeNull();
    await waitFor(async () => expect((await quiz())?.maxAttempts).toBe(2));
  });
});

describe('NumberField on its own (real keystrokes)', () => {
  afterEach(cleanup);

  function Harness({ sent, integer }: { sent: number[]; integer?: boolean }) {
    const [value, setValue] = useState(12);
    return (
      <>
        <NumberField
          label="Count"
          value={value}
          min={1}
          max={50}
          integer={integer}
          onChange={(n) => {
            sent.push(n);
            setValue(n);
          }}
        />
        <button type="button" onClick={() => setValue(3)}>
          Undo
        </button>
      </>
    );
  }

  it('never sends NaN or a refused value, and follows a stored value changed from outside', async () => {
    const user = userEvent.setup();
    const sent: number[] = [];
    render(<Harness sent={sent} integer />);
    const field = screen.getByLabelText('Count') as HTMLInputElement;
    await user.clear(field);
    await user.type(field, '2.5');
    await user.tab();
    expect(sent).toEqual([2]); // "2" was whole and in range; "2." and "2.5" were not
    expect(field.value).toBe('2');
    expect(screen.getByRole('alert').textContent).toContain('whole number from 1 to 50');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(field.value).toBe('3');
    expect(screen.queryByRole('alert')).toBeNull(); // the refused draft is gone with its error
  });

  it('accepts decimals when the field is not whole-numbered', async () => {
    const user = userEvent.setup();
    const sent: number[] = [];
    render(<Harness sent={sent} />);
    const field = screen.getByLabelText('Count') as HTMLInputElement;
    await user.clear(field);
    await user.type(field, '2.5');
    expect(sent.at(-1)).toBe(2.5);
    expect(sent.some((n) => Number.isNaN(n))).toBe(false);
  });
});
