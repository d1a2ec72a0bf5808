import { describe, expect, it } from 'vitest';
import { QUESTION_KIND_REGISTRY, QUESTION_KINDS, newQuestion, shuffledQuestion, type Question } from '../../../shared';
import { shuffledForAttempt } from '../../../renderer/player/ui/question-view';

let n = 0;
const newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const ids = (list: readonly { id: string }[]) => list.map((c) => c.id);

/** A question of `kind` with six choices when it has choices, so a shuffle has room to move. */
function sample(kind: (typeof QUESTION_KINDS)[number]): Question {
  const q = newQuestion(kind, newId);
  if (!('choices' in q)) return q;
  return { ...q, choices: Array.from({ length: 6 }, (_, i) => ({ id: newId(), text: `Choice ${i}` })) } as Question;
}

describe('the shuffle hook of question descriptors', () => {
  it('is declared by the choice kinds and reorders their choices only, deterministically per seed', () => {
    const shuffling = QUESTION_KINDS.filter((k) => QUESTION_KIND_REGISTRY[k].shuffle);
    expect(shuffling.sort()).toEqual(['multipleResponse', 'singleChoice']);
    for (const kind of shuffling) {
      const q = sample(kind) as Extract<Question, { choices: unknown }>;
      const seen = new Set<string>();
      for (let seed = 0; seed < 20; seed++) {
        const out = shuffledQuestion(q, `b:${seed}`) as typeof q;
        expect(shuffledQuestion(q, `b:${seed}`)).toEqual(out);
        expect([...ids(out.choices)].sort()).toEqual([...ids(q.choices)].sort());
        expect({ ...out, choices: q.choices }).toEqual(q);
        seen.add(ids(out.choices).join());
      }
      expect(seen.size, kind).toBeGreaterThan(1);
    }
  });

  it('leaves kinds without a hook as authored, and the player uses the hook for every kind', () => {
    for (const kind of QUESTION_KINDS) {
      const q = sample(kind);
      const viaPlayer = shuffledForAttempt('block', q, 7);
      expect(viaPlayer).toEqual(shuffledQuestion(q, 'block:7'));
      if (!QUESTION_KIND_REGISTRY[kind].shuffle) expect(viaPlayer).toBe(q);
    }
  });
});
