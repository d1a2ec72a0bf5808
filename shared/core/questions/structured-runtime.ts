import { base64UrlDecode, base64UrlEncode, base64UrlLength, utf8Decode, utf8Encode } from '../../scorm/codec-utils';
import { chunk, clampUnits, fixed, indexChunks, matchesAnswer, seededShuffle, widthFor } from './codec';
import { indexOf, type QuestionRuntime, type QuestionWorstLengths } from './question-kind';

/** Text entry, matching, ordering: the player's half. */

/** Text entry answers are limited to this many characters: the longest answer an author may accept. */
export const TEXT_ENTRY_MAX_LENGTH = 250;

/** Cuts text to TEXT_ENTRY_MAX_LENGTH UTF-16 units without splitting a surrogate pair. */
export const clampTextEntry = (text: string): string => clampUnits(text, TEXT_ENTRY_MAX_LENGTH);

export const structuredRuntime: {
  textEntry: QuestionRuntime<'textEntry'>;
  matching: QuestionRuntime<'matching'>;
  ordering: QuestionRuntime<'ordering'>;
} = {
  textEntry: {
    correctAnswer: (q) => q.acceptedAnswers[0] ?? '',
    complete: (_q, r) => r.text.trim() !== '',
    grade: (q, r) => matchesAnswer(r.text, q.acceptedAnswers, q.caseSensitive),
    interaction: (q, r) => ({
      type: 'fill-in',
      response: { type: 'fill-in', text: r.text.trim() },
      correct: { type: 'fill-in', text: q.acceptedAnswers[0] ?? '' },
    }),
    arity: () => 0,
    encode: (_q, r) => base64UrlEncode(utf8Encode(clampTextEntry(r.text))),
    decode: (_q, data) => {
      const bytes = base64UrlDecode(data);
      const text = bytes && utf8Decode(bytes);
      return text == null ? null : { kind: 'textEntry', text };
    },
  },
  matching: {
    correctAnswer: (q) => q.pairs.map((p) => `${p.prompt} → ${p.match}`).join('; '),
    complete: (q, r) => r.matches.length === q.pairs.length && r.matches.every((m) => m !== null),
    grade: (q, r) => q.pairs.every((p, i) => r.matches[i] === p.id),
    interaction: (q, r) => ({
      type: 'matching',
      response: {
        type: 'matching',
        pairs: r.matches.flatMap((m, i): [number, number][] =>
          indexOf(q.pairs, m) >= 0 ? [[i, indexOf(q.pairs, m)]] : [],
        ),
      },
      correct: { type: 'matching', pairs: q.pairs.map((_, i): [number, number] => [i, i]) },
      texts: { source: q.pairs.map((p) => p.prompt), target: q.pairs.map((p) => p.match) },
    }),
    arity: (q) => q.pairs.length,
    encode: (q, r) => {
      const w = widthFor(q.pairs.length);
      return q.pairs.map((_, i) => chunk(indexOf(q.pairs, r.matches[i] ?? null), w)).join('');
    },
    decode: (q, data) => {
      const idx = indexChunks(data, q.pairs.length);
      if (!idx || idx.some((i) => i !== null && i >= q.pairs.length)) return null;
      return { kind: 'matching', matches: idx.map((i) => (i === null ? null : (q.pairs[i]?.id ?? null))) };
    },
  },
  ordering: {
    correctAnswer: (q) => q.items.map((i) => i.text).join(' → '),
    // Ordering questions start shuffled (deterministically), so the untouched order is already an answer.
    initialResponse: (q, seed) => ({ kind: 'ordering', itemIds: seededShuffle(q.items, seed).map((i) => i.id) }),
    complete: () => true,
    grade: (q, r) => r.itemIds.length === q.items.length && q.items.every((it, i) => r.itemIds[i] === it.id),
    interaction: (q, r) => ({
      type: 'sequencing',
      response: { type: 'sequencing', order: r.itemIds.map((id) => indexOf(q.items, id)).filter((i) => i >= 0) },
      correct: { type: 'sequencing', order: q.items.map((_, i) => i) },
      texts: { choices: q.items.map((it) => it.text) },
    }),
    arity: (q) => q.items.length,
    encode: (q, r) => {
      const w = widthFor(q.items.length);
      const idx = r.itemIds.map((id) => indexOf(q.items, id));
      return idx.some((i) => i < 0) ? null : idx.map((i) => fixed(i, w)).join('');
    },
    decode: (q, data) => {
      const idx = indexChunks(data, q.items.length);
      if (!idx || idx.some((i) => i === null || i >= q.items.length) || new Set(idx).size !== idx.length) return null;
      return { kind: 'ordering', itemIds: idx.map((i) => q.items[i ?? 0]?.id ?? '') };
    },
  },
};

/** The longest `encode` of each kind above (exporters only: see `QuestionWorstLengths`). */
export const structuredWorstLength: QuestionWorstLengths<'textEntry' | 'matching' | 'ordering'> = {
  // A UTF-16 unit is at most 3 UTF-8 bytes (astral characters: 4 bytes for 2 units).
  textEntry: () => base64UrlLength(TEXT_ENTRY_MAX_LENGTH * 3),
  matching: (q) => q.pairs.length * widthFor(q.pairs.length),
  ordering: (q) => q.items.length * widthFor(q.items.length),
};
