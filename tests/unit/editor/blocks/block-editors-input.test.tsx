// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { blockSchema, type BlockOf, type BlockType, type QuestionKind } from '../../../../shared';
import { newQuestion } from '../../../../renderer/src/editor/blocks/new-block';
import { editorStoresPerSuite, renderBlockEditor } from '../../../support/block-editor-harness';

/**
 * The block editors with real input (typing, clicking, choosing), checking the block each one hands to `onChange`,
 * which is what the lesson editor saves. The markup-only checks of every field stay in block-editors.test.tsx.
 */
describe('block editors send the edited block (real input)', () => {
  const open = editorStoresPerSuite();
  afterEach(cleanup);

  /** Renders one block's editor like the lesson editor does: each change re-renders with the new block. */
  const edit = <T extends BlockType>(type: T, patch: Partial<BlockOf<T>> = {}, graded = false) =>
    renderBlockEditor(open().stores, type, { patch, graded });

  const question = (kind: QuestionKind) => ({ question: newQuestion(kind) });

  it('heading: the typed text and the chosen level', async () => {
    const user = userEvent.setup();
    const { last } = edit('heading', { text: '', level: 2 });
    await user.type(screen.getByLabelText(/Heading text/), 'Why it matters');
    await user.selectOptions(screen.getByLabelText('Level'), '3');
    expect(last()).toMatchObject({ text: 'Why it matters', level: 3 });
    expect(blockSchema.safeParse(last()).success).toBe(true);
  });

  it('divider: the chosen style', async () => {
    const user = userEvent.setup();
    const { last, sent } = edit('divider', { style: 'line' });
    await user.selectOptions(screen.getByLabelText('Divider style'), 'space');
    expect(sent).toHaveLength(1);
    expect(last().style).toBe('space');
  });

  it('single choice: choice text, the correct answer, a new choice, points and attempts', async () => {
    const user = userEvent.setup();
    const initial = newQuestion('singleChoice');
    if (initial.kind !== 'singleChoice') throw new Error(initial.kind);
    const { last } = edit('question', { question: initial }, true);
    const choice2 = screen.getByLabelText(/^Choice 2/);
    await user.clear(choice2);
    await user.type(choice2, 'Ask the learner');
    const corrects = screen.getAllByRole('radio', { name: 'Correct' });
    await user.click(corrects[1]!);
    await user.click(screen.getByRole('button', { name: 'Add choice' }));
    await user.type(screen.getByLabelText(/^Feedback for choice 1/), 'Not quite');
    const points = screen.getByLabelText(/^Points/);
    await user.clear(points);
    await user.type(points, '5');
    const attempts = screen.getByLabelText(/^Attempts/);
    await user.clear(attempts);
    await user.type(attempts, '2');

    const q = last().question;
    if (q.kind !== 'singleChoice') throw new Error(q.kind);
    expect(q.choices).toHaveLength(initial.choices.length + 1);
    expect(q.choices[1]?.text).toBe('Ask the learner');
    expect(q.correctChoiceId).toBe(q.choices[1]?.id);
    expect(q.choices[0]?.feedback).toBe('Not quite');
    expect(q).toMatchObject({ points: 5, maxAttempts: 2 });
    expect(blockSchema.safeParse(last()).success).toBe(true);
  });

  it('multiple response: ticking and unticking a correct answer', async () => {
    const user = userEvent.setup();
    const { last, sent } = edit('question', question('multipleResponse'), true);
    const boxes = screen.getAllByRole('checkbox', { name: 'Correct' }) as HTMLInputElement[];
    const index = boxes.findIndex((b) => !b.checked);
    expect(index).toBeGreaterThanOrEqual(0);
    await user.click(boxes[index]!);
    const ticked = last().question;
    if (ticked.kind !== 'multipleResponse') throw new Error(ticked.kind);
    const id = ticked.choices[index]!.id;
    expect(ticked.correctChoiceIds).toContain(id);
    await user.click(boxes[index]!);
    const unticked = last().question;
    if (unticked.kind !== 'multipleResponse') throw new Error(unticked.kind);
    expect(unticked.correctChoiceIds).not.toContain(id);
    expect(sent).toHaveLength(2);
  });

  it('changing the question type sends a question of the new kind', async () => {
    const user = userEvent.setup();
    const { last } = edit('question', question('singleChoice'), true);
    await user.selectOptions(screen.getByLabelText('Question type'), 'trueFalse');
    expect(last().question.kind).toBe('trueFalse');
    expect(blockSchema.safeParse(last()).success).toBe(true);
    expect(screen.getByLabelText('True')).toBeTruthy();
  });

  it('text entry: a second accepted answer and case sensitivity', async () => {
    const user = userEvent.setup();
    const { last } = edit('question', question('textEntry'), true);
    await user.click(screen.getByRole('button', { name: 'Add accepted answer' }));
    const second = screen.getByLabelText(/^Accepted answer 2/);
    await user.clear(second);
    await user.type(second, 'colour');
    await user.click(screen.getByLabelText('Answers are case-sensitive'));
    const q = last().question;
    if (q.kind !== 'textEntry') throw new Error(q.kind);
    expect(q.acceptedAnswers.at(-1)).toBe('colour');
    expect(q.caseSensitive).toBe(true);
  });

  it('ordering: moving an item down swaps it with the next one', async () => {
    const user = userEvent.setup();
    const { last } = edit('question', question('ordering'), true);
    const item1 = (screen.getByLabelText(/^Item 1/) as HTMLInputElement).value;
    const item2 = (screen.getByLabelText(/^Item 2/) as HTMLInputElement).value;
    await user.click(screen.getByRole('button', { name: 'Move item 1 down' }));
    const q = last().question;
    if (q.kind !== 'ordering') throw new Error(q.kind);
    expect(q.items.slice(0, 2).map((i) => i.text)).toEqual([item2, item1]);
  });

  it('tabs: a typed title, an added tab, and removing the first', async () => {
    const user = userEvent.setup();
    const { last } = edit('tabs');
    const title1 = screen.getByLabelText(/^Tab 1 title/);
    await user.clear(title1);
    await user.type(title1, 'Before');
    await user.click(screen.getByRole('button', { name: 'Add tab' }));
    expect(last().items).toHaveLength(3);
    expect(last().items[0]?.title).toBe('Before');
    await user.click(screen.getByRole('button', { name: 'Remove tab 1' }));
    expect(last().items).toHaveLength(2);
    expect(last().items.map((i) => i.title)).not.toContain('Before');
    expect(blockSchema.safeParse(last()).success).toBe(true);
  });

  it('flip cards: front and back text of a card', async () => {
    const user = userEvent.setup();
    const { last } = edit('flipCards');
    await user.click(screen.getByRole('button', { name: 'Add card' }));
    expect(last().cards).toHaveLength(2);
    const front = screen.getByLabelText(/^Card 2 front/);
    await user.clear(front);
    await user.type(front, 'Asynchronous');
    const back = screen.getByLabelText(/^Card 2 back/);
    await user.clear(back);
    await user.type(back, 'Any time');
    expect(last().cards[1]).toMatchObject({ front: 'Asynchronous', back: 'Any time' });
    expect(blockSchema.safeParse(last()).success).toBe(true);
  });

  /** Types over a number field's whole value, as a user selecting it does. */
  const typeOver = (user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) =>
    user.type(field, text, { initialSelectionStart: 0, initialSelectionEnd: (field as HTMLInputElement).value.length });

  it('numeric: a range answer from two typed bounds', async () => {
    const user = userEvent.setup();
    const { last } = edit('question', question('numeric'), true);
    await user.selectOptions(screen.getByLabelText('Accept'), 'range');
    await typeOver(user, screen.getByLabelText('From'), '5');
    await typeOver(user, screen.getByLabelText('To'), '40');
    const q = last().question;
    if (q.kind !== 'numeric') throw new Error(q.kind);
    expect(q).toMatchObject({ match: 'range', min: 5, max: 40 });
  });

  it('fill in the blanks: the typed sentence, and the blank count it reports', async () => {
    const user = userEvent.setup();
    const { last } = edit('question', question('fillBlanks'), true);
    const sentence = screen.getByLabelText(/^Write each blank in brackets/);
    await user.clear(sentence);
    // user-event reads [ and { as key descriptors: [[ types one bracket.
    await user.type(sentence, 'A [[cat|kitten] sat on the [[mat].');
    const q = last().question;
    if (q.kind !== 'fillBlanks') throw new Error(q.kind);
    expect(q.text).toBe('A [cat|kitten] sat on the [mat].');
    expect(screen.getByRole('status').textContent).toContain('2 blanks');
  });

  it('embed: an https address, an http one flagged, a fixed height', async () => {
    const user = userEvent.setup();
    const { last } = edit('embed');
    const url = screen.getByLabelText('Web address (https://)');
    await user.type(url, 'http://example.org/map');
    expect(screen.getByRole('alert').textContent).toContain('Only https:// addresses');
    await user.clear(url);
    await user.type(url, 'https://example.org/map');
    expect(screen.queryByRole('alert')).toBeNull();
    await user.selectOptions(screen.getByLabelText('Shape'), 'fixed');
    await typeOver(user, screen.getByLabelText('Height in pixels'), '480');
    expect(last()).toMatchObject({ url: 'https://example.org/map', aspect: 'fixed', height: 480 });
  });

  it('process: a step title and text', async () => {
    const user = userEvent.setup();
    const { last } = edit('process');
    const title = screen.getByLabelText(/^Step 1 title/);
    await user.clear(title);
    await user.type(title, 'Plan');
    const text = screen.getByLabelText(/^Step 1 text/);
    await user.clear(text);
    await user.type(text, 'Write the objectives first.');
    expect(last().steps[0]).toMatchObject({ title: 'Plan', text: 'Write the objectives first.' });
    expect(blockSchema.safeParse(last()).success).toBe(true);
  });
});
