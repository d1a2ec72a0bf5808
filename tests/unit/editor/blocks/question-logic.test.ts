import { describe, expect, it } from 'vitest';
import { blockSchema, newBlockSchema, BLOCK_TYPES, QUESTION_KINDS, questionSchema } from '../../../../shared';
import { copyOfBlock, newBlock, newQuestion } from '../../../../renderer/src/editor/blocks/new-block';
import {
  addChoice,
  changeKind,
  correctAnswerSummary,
  moveItem,
  removeChoice,
  setFeedback,
  setNumber,
  toggleCorrect,
  updateChoice,
} from '../../../../renderer/src/editor/blocks/question-logic';

const valid = (q: unknown) => questionSchema.safeParse(q).success;

describe('new blocks and questions', () => {
  it('creates a valid starting block for every block type', () => {
    for (const type of BLOCK_TYPES) expect(newBlockSchema.safeParse(newBlock(type)).success, type).toBe(true);
  });

  it('creates a valid starting question for every kind', () => {
    for (const kind of QUESTION_KINDS) expect(valid(newQuestion(kind)), kind).toBe(true);
  });

  it('duplicates a question with fresh inner ids that keep the correct answer', () => {
    const q = newQuestion('multipleResponse');
    const block = blockSchema.parse({ id: crypto.randomUUID(), type: 'question', question: q });
    const copy = copyOfBlock(block);
    if (copy.type !== 'question' || copy.question.kind !== 'multipleResponse' || q.kind !== 'multipleResponse')
      throw new Error('kind');
    expect(copy.question.choices.map((c) => c.id)).not.toEqual(q.choices.map((c) => c.id));
    expect(copy.question.choices.map((c) => c.text)).toEqual(q.choices.map((c) => c.text));
    expect(copy.question.choices[0]!.id).toBe(copy.question.correctChoiceIds[0]);
    expect(valid(copy.question)).toBe(true);
  });
});

describe('question edits', () => {
  it('adds and removes choices within 2..10 and keeps the correct answer among them', () => {
    let q = newQuestion('singleChoice');
    if (q.kind !== 'singleChoice') throw new Error('kind');
    expect(removeChoice(q, q.choices[0]!.id)).toBe(q); // at the minimum
    for (let i = 0; i < 12; i++) q = addChoice(q);
    expect(q.choices).toHaveLength(10);
    const correct = q.correctChoiceId;
    q = removeChoice(q, correct);
    expect(q.choices).toHaveLength(9);
    expect(q.choices.some((c) => c.id === q.correctChoiceId)).toBe(true);
    expect(valid(q)).toBe(true);
  });

  it('toggles multiple-response answers but never to none', () => {
    const q = newQuestion('multipleResponse');
    if (q.kind !== 'multipleResponse') throw new Error('kind');
    const [a, b] = q.choices;
    const both = toggleCorrect(q, b!.id);
    expect(both.correctChoiceIds).toEqual([a!.id, b!.id]);
    const onlyB = toggleCorrect(both, a!.id);
    expect(onlyB.correctChoiceIds).toEqual([b!.id]);
    expect(toggleCorrect(onlyB, b!.id)).toBe(onlyB);
    const removed = removeChoice(addChoice(onlyB), b!.id);
    expect(removed.correctChoiceIds).toHaveLength(1);
    expect(valid(removed)).toBe(true);
  });

  it('stores per-choice and overall feedback, dropping emptied fields', () => {
    const q = newQuestion('singleChoice');
    if (q.kind !== 'singleChoice') throw new Error('kind');
    const withFb = updateChoice(q, q.choices[1]!.id, { feedback: 'Not quite' });
    expect(withFb.choices[1]!.feedback).toBe('Not quite');
    expect('feedback' in updateChoice(withFb, q.choices[1]!.id, { feedback: '' }).choices[1]!).toBe(false);
    const fb = setFeedback(q, 'correct', 'Well done');
    expect(fb.feedback).toEqual({ correct: 'Well done' });
    expect(setFeedback(fb, 'correct', '').feedback).toEqual({});
  });

  it('clamps points and attempts to the schema range', () => {
    const q = newQuestion('trueFalse');
    expect(setNumber(q, 'points', 250).points).toBe(100);
    expect(setNumber(q, 'maxAttempts', -3).maxAttempts).toBe(0);
    expect(setNumber(q, 'maxAttempts', Number.NaN).maxAttempts).toBe(0);
    expect(setNumber(q, 'points', 2.6).points).toBe(3);
  });

  it('changes kind keeping the prompt, feedback and points, and carries choices between choice kinds', () => {
    let q = setFeedback({ ...newQuestion('singleChoice'), prompt: 'Which?', points: 5 }, 'incorrect', 'No');
    for (const kind of QUESTION_KINDS) {
      const next = changeKind(q, kind);
      expect(next.kind).toBe(kind);
      expect(next.prompt).toBe('Which?');
      expect(next.points).toBe(5);
      expect(next.feedback).toEqual({ incorrect: 'No' });
      expect(valid(next), kind).toBe(true);
    }
    const mr = changeKind(q, 'multipleResponse');
    if (mr.kind !== 'multipleResponse' || q.kind !== 'singleChoice') throw new Error('kind');
    expect(mr.choices).toEqual(q.choices);
    q = changeKind(mr, 'singleChoice');
    expect(correctAnswerSummary(q)).toBe('Option 1');
  });

  it('moves list items and describes the correct answer of every kind', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b'], 0, 5)).toEqual(['a', 'b']);
    expect(correctAnswerSummary(newQuestion('ordering'))).toBe('First → Second');
    expect(correctAnswerSummary(newQuestion('trueFalse'))).toBe('True');
    expect(correctAnswerSummary(newQuestion('matching'))).toBe('Term 1 → Match 1; Term 2 → Match 2');
  });
});
