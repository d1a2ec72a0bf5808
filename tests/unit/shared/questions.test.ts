import { describe, expect, it } from 'vitest';
import { QUESTION_KINDS, questionSchema, questionText } from '../../../shared';

const id = () => crypto.randomUUID();
const [a, b, c] = [id(), id(), id()];
const choices = [
  { id: a, text: 'A' },
  { id: b, text: 'B' },
  { id: c, text: 'C' },
];

describe('questions', () => {
  it('covers eleven kinds', () => {
    expect(QUESTION_KINDS).toEqual([
      'singleChoice',
      'multipleResponse',
      'trueFalse',
      'textEntry',
      'matching',
      'ordering',
      'numeric',
      'fillBlanks',
      'likert',
      'categorize',
      'hotspot',
    ]);
  });

  it('single choice: the correct choice must be one of the (unique) choices', () => {
    expect(questionSchema.safeParse({ kind: 'singleChoice', prompt: 'Q', choices, correctChoiceId: b }).success).toBe(
      true,
    );
    const wrong = questionSchema.safeParse({ kind: 'singleChoice', prompt: 'Q', choices, correctChoiceId: id() });
    expect(wrong.success).toBe(false);
    expect(JSON.stringify(wrong.error?.issues)).toContain('the correct choice must be one of the choices');
    const dup = [...choices, { id: a, text: 'again' }];
    expect(
      questionSchema.safeParse({ kind: 'singleChoice', prompt: 'Q', choices: dup, correctChoiceId: a }).success,
    ).toBe(false);
    expect(
      questionSchema.safeParse({ kind: 'singleChoice', prompt: 'Q', choices: choices.slice(0, 1), correctChoiceId: a })
        .success,
    ).toBe(false);
  });

  it('multiple response: at least one correct id, all among the choices', () => {
    const ok = { kind: 'multipleResponse', prompt: 'Q', choices, correctChoiceIds: [a, c] };
    expect(questionSchema.safeParse(ok).success).toBe(true);
    expect(questionSchema.safeParse({ ...ok, correctChoiceIds: [] }).success).toBe(false);
    expect(questionSchema.safeParse({ ...ok, correctChoiceIds: [a, id()] }).success).toBe(false);
  });

  it('text entry, matching and ordering validate their parts', () => {
    expect(questionSchema.safeParse({ kind: 'textEntry', prompt: 'Q', acceptedAnswers: [] }).success).toBe(false);
    const te = questionSchema.parse({ kind: 'textEntry', prompt: 'Q', acceptedAnswers: [' twenty '] });
    expect(te).toMatchObject({ caseSensitive: false, points: 1, maxAttempts: 0, acceptedAnswers: ['twenty'] });
    const pair = (pid: string) => ({ id: pid, prompt: 'p', match: 'm' });
    expect(questionSchema.safeParse({ kind: 'matching', prompt: 'Q', pairs: [pair(a), pair(a)] }).success).toBe(false);
    expect(questionSchema.safeParse({ kind: 'matching', prompt: 'Q', pairs: [pair(a), pair(b)] }).success).toBe(true);
    expect(questionSchema.safeParse({ kind: 'ordering', prompt: 'Q', items: [{ id: a, text: 'only' }] }).success).toBe(
      false,
    );
    expect(questionSchema.safeParse({ kind: 'trueFalse', prompt: 'Q', correct: 'yes' }).success).toBe(false);
    expect(questionSchema.safeParse({ kind: 'trueFalse', prompt: 'Q', correct: true, points: 101 }).success).toBe(
      false,
    );
  });

  it('questionText includes prompt and visible options', () => {
    const q = questionSchema.parse({
      kind: 'matching',
      prompt: 'Match',
      pairs: [
        { id: a, prompt: 'x', match: 'y' },
        { id: b, prompt: 'z', match: 'w' },
      ],
    });
    expect(questionText(q)).toBe('Match\nx\ny\nz\nw');
  });
});
