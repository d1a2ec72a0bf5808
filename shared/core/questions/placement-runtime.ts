import { chunk, indexChunks, maskDecode, maskEncode, maskLength, pick, single, widthFor } from './codec';
import { indexOf, type QuestionRuntime, type QuestionWorstLengths } from './question-kind';

/** Likert, categorize, hotspot: the player's half. */

export const placementRuntime: {
  likert: QuestionRuntime<'likert'>;
  categorize: QuestionRuntime<'categorize'>;
  hotspot: QuestionRuntime<'hotspot'>;
} = {
  likert: {
    ungraded: true,
    correctAnswer: () => 'Any answer (survey)',
    complete: (q, r) => indexOf(q.scale, r.optionId) >= 0,
    // A survey has no wrong answer: any choice on the scale counts as answered.
    grade: (q, r) => indexOf(q.scale, r.optionId) >= 0,
    interaction: (q, r) => ({
      type: 'likert',
      response: { type: 'likert', index: Math.max(0, indexOf(q.scale, r.optionId)) },
      correct: null,
      result: 'neutral',
      texts: { scale: q.scale.map((o) => o.text) },
    }),
    arity: (q) => q.scale.length,
    encode: (q, r) => single(indexOf(q.scale, r.optionId), q.scale.length),
    decode: (q, data) => {
      const o = pick(q.scale, data);
      return o ? { kind: 'likert', optionId: o.id } : null;
    },
  },
  categorize: {
    correctAnswer: (q) =>
      q.categories
        .map(
          (c) =>
            `${c.text}: ${q.items
              .filter((i) => i.categoryId === c.id)
              .map((i) => i.text)
              .join(', ')}`,
        )
        .join('; '),
    complete: (q, r) => r.placements.length === q.items.length && r.placements.every((p) => p !== null),
    grade: (q, r) =>
      r.placements.length === q.items.length && q.items.every((it, i) => r.placements[i] === it.categoryId),
    // Reported as matching: item index → category (1.2 `0.a,1.b`, 2004 `0[.]a[,]1[.]b`).
    interaction: (q, r) => ({
      type: 'matching',
      response: {
        type: 'matching',
        pairs: q.items.flatMap((_, i): [number, number][] => {
          const c = indexOf(q.categories, r.placements[i] ?? null);
          return c >= 0 ? [[i, c]] : [];
        }),
      },
      correct: {
        type: 'matching',
        pairs: q.items.map((it, i): [number, number] => [i, indexOf(q.categories, it.categoryId)]),
      },
      texts: { source: q.items.map((it) => it.text), target: q.categories.map((c) => c.text) },
    }),
    arity: (q) => q.items.length * 16 + q.categories.length,
    encode: (q, r) => {
      const w = widthFor(q.categories.length);
      return q.items.map((_, i) => chunk(indexOf(q.categories, r.placements[i] ?? null), w)).join('');
    },
    decode: (q, data) => {
      const idx = indexChunks(data, q.items.length, widthFor(q.categories.length));
      if (!idx || idx.some((i) => i !== null && (Number.isNaN(i) || i >= q.categories.length))) return null;
      return {
        kind: 'categorize',
        placements: idx.map((i) => (i === null ? null : (q.categories[i]?.id ?? null))),
      };
    },
  },
  hotspot: {
    correctAnswer: (q) =>
      q.regions
        .filter((r) => q.correctRegionIds.includes(r.id))
        .map((r) => r.label)
        .join('; '),
    complete: (_q, r) => r.regionIds.length > 0,
    grade: (q, r) => {
      const chosen = new Set(r.regionIds);
      return chosen.size === q.correctRegionIds.length && q.correctRegionIds.every((id) => chosen.has(id));
    },
    // Regions are the choices (1.2 `a,c`, 2004 `a[,]c`).
    interaction: (q, r) => ({
      type: 'choice',
      response: { type: 'choice', choices: r.regionIds.map((id) => indexOf(q.regions, id)).filter((i) => i >= 0) },
      correct: { type: 'choice', choices: q.correctRegionIds.map((id) => indexOf(q.regions, id)) },
      texts: { choices: q.regions.map((r) => r.label) },
    }),
    arity: (q) => q.regions.length,
    encode: (q, r) => maskEncode(q.regions.length, (i) => r.regionIds.includes(q.regions[i]?.id ?? '')),
    decode: (q, data) => {
      const on = maskDecode(data, q.regions.length);
      return on ? { kind: 'hotspot', regionIds: on.map((i) => q.regions[i]?.id ?? '') } : null;
    },
  },
};

/** The longest `encode` of each kind above (exporters only: see `QuestionWorstLengths`). */
export const placementWorstLength: QuestionWorstLengths<'likert' | 'categorize' | 'hotspot'> = {
  likert: (q) => widthFor(q.scale.length),
  categorize: (q) => q.items.length * widthFor(q.categories.length),
  hotspot: (q) => maskLength(q.regions.length),
};
