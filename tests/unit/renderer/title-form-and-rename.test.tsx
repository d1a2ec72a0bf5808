// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { InlineRename } from '../../../renderer/src/components/common/inline-rename';
import { TitleForm } from '../../../renderer/src/components/common/title-form';

afterEach(cleanup);

/** A save callback that records what it was given and answers `result`. */
function recorder(result = true) {
  const saved: string[] = [];
  return { saved, save: async (title: string) => (saved.push(title), result) };
}

describe('TitleForm (new course, module, lesson): real typing', () => {
  it('Enter sends the trimmed title and clears the field for the next one', async () => {
    const user = userEvent.setup();
    const { saved, save } = recorder();
    render(<TitleForm label="New lesson" submitLabel="Add lesson" onSubmit={save} />);
    const field = screen.getByLabelText('New lesson') as HTMLInputElement;
    expect((screen.getByRole('button', { name: 'Add lesson' }) as HTMLButtonElement).disabled).toBe(true);
    await user.type(field, '  Planning a course  {Enter}');
    await user.type(field, 'Second{Enter}');
    expect(saved).toEqual(['Planning a course', 'Second']);
    await waitFor(() => expect(field.value).toBe(''));
  });

  it('keeps the text when the save fails, and sends nothing for blanks', async () => {
    const user = userEvent.setup();
    const { saved, save } = recorder(false);
    render(<TitleForm label="New course" submitLabel="Create" onSubmit={save} />);
    const field = screen.getByLabelText('New course') as HTMLInputElement;
    await user.type(field, '   {Enter}');
    expect(saved).toEqual([]);
    await user.clear(field);
    await user.type(field, 'Taken');
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(saved).toEqual(['Taken']);
    expect(field.value).toBe('Taken');
  });
});

describe('InlineRename (course cards, outline rows): real typing', () => {
  function setup(props: { initial?: string; compact?: boolean; result?: boolean } = {}) {
    const { saved, save } = recorder(props.result ?? true);
    const done: string[] = [];
    render(
      <InlineRename
        initial={props.initial ?? 'Old title'}
        label="New title for Old title"
        onSave={save}
        onDone={() => done.push('done')}
        compact={props.compact}
      />,
    );
    const field = screen.getByLabelText('New title for Old title') as HTMLInputElement;
    // The editor selects its text; browsers focus an input on select(), happy-dom does not, so focus it here.
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
    if (document.activeElement !== field) field.focus();
    return { saved, done, field };
  }

  it('starts with the text selected, so typing replaces it; Enter saves the trimmed title once', async () => {
    const user = userEvent.setup();
    const { saved, done, field } = setup();
    await user.keyboard(' New title {Enter}');
    expect(saved).toEqual(['New title']);
    await waitFor(() => expect(done).toEqual(['done']));
    expect(field.value).toBe(' New title ');
  });

  it('Escape cancels without saving; an unchanged title closes without a save', async () => {
    const user = userEvent.setup();
    const first = setup();
    await user.keyboard('Something else{Escape}');
    expect(first.saved).toEqual([]);
    expect(first.done).toEqual(['done']);
    cleanup();
    const second = setup();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(second.saved).toEqual([]);
    expect(second.done).toEqual(['done']);
  });

  it('stays open with the typed text when the save fails', async () => {
    const user = userEvent.setup();
    const { saved, done, field } = setup({ result: false });
    await user.keyboard('Clash{Enter}');
    expect(saved).toEqual(['Clash']);
    await waitFor(() => expect(field.disabled).toBe(false));
    expect(done).toEqual([]);
    expect(field.value).toBe('Clash');
  });

  it('compact rows save when the field loses focus, and Enter then blur saves only once', async () => {
    const user = userEvent.setup();
    const blurred = setup({ compact: true });
    await user.keyboard('By blur');
    await user.tab();
    expect(blurred.saved).toEqual(['By blur']);
    cleanup();
    const entered = setup({ compact: true });
    await user.keyboard('By Enter{Enter}');
    await user.tab();
    expect(entered.saved).toEqual(['By Enter']);
  });
});
