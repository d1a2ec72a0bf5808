import type { QuestionSchemaKit } from '../../model/questions';
import type { Zod } from '../../model/schema-kit';
import type { IdFactory } from '../block-kind';
import { b36, fixed, parseB36, widthFor } from './codec';
import { commonQuestionFields, indexOf, startingFields, type QuestionKindDescriptor } from './question-kind';

/** Questions answered by placing or pointing: Likert scale (survey), categorize, hotspot. Schema builders first. */

const option = (z: Zod, k: QuestionSchemaKit) => z.object({ id: k.id, text: k.line });
/** Hotspot regions are rectangles in percent of the image, so they follow the image at any size. */
const percent = (z: Zod) => z.number().finite().min(0).max(100);

export const placementQuestionSchemas = {
  likert: (z: Zod, k: QuestionSchemaKit) =>
    z
      .object({
        kind: z.literal('likert'),
        ...commonQuestionFields(z, k),
        /** The scale, from one end to the other (e.g. Strongly disagree … Strongly agree). */
        scale: z.array(option(z, k)).min(2).max(10),
      })
      .refine((q) => k.uniqueIds(q.scale), 'scale ids must be unique'),
  categorize: (z: Zod, k: QuestionSchemaKit) =>
    z
      .object({
        kind: z.literal('categorize'),
        ...commonQuestionFields(z, k),
        categories: z.array(option(z, k)).min(2).max(6),
        items: z
          .array(z.object({ id: k.id, text: k.line, categoryId: k.id }))
          .min(2)
          .max(10),
      })
      .refine((q) => k.uniqueIds([...q.categories, ...q.items]), 'category and item ids must be unique')
      .refine(
        (q) => q.items.every((i) => q.categories.some((c) => c.id === i.categoryId)),
        'every item belongs to one of the categories',
      ),
  hotspot: (z: Zod, k: QuestionSchemaKit) =>
    z
      .object({
        kind: z.literal('hotspot'),
        ...commonQuestionFields(z, k),
        assetId: k.id.nullable().default(null),
        /** What the image shows, for learners who cannot see it. */
        alt: z.string().trim().max(500).default(''),
        regions: z
          .array(z.object({ id: k.id, label: k.line, x: percent(z), y: percent(z), w: percent(z), h: percent(z) }))
          .min(1)
          .max(10),
        correctRegionIds: z.array(k.id).min(1),
      })
      .refine((q) => k.uniqueIds(q.regions), 'region ids must be unique')
      .refine(
        (q) => q.correctRegionIds.every((id) => q.regions.some((r) => r.id === id)),
        'correct regions must be among the regions',
      ),
};

export interface PlacementResponses {
  likert: { optionId: string };
  /** For each item (in the question's order) the category id the learner put it in, or null. */
  categorize: { placements: (string | null)[] };
  /** Region ids in the question's order. */
  hotspot: { regionIds: string[] };
}

function remapper(ids: readonly string[], newId: IdFactory): (id: string) => string {
  const map = new Map(ids.map((id) => [id, newId()]));
  return (id) => map.get(id) ?? id;
}
const maskEncode = (count: number, on: (i: number) => boolean): string =>
  b36(Array.from({ length: count }, (_, i) => i).reduce((m, i) => (on(i) ? m + 2 ** i : m), 0));
const maskDecode = (data: string, count: number): number[] | null => {
  const mask = parseB36(data);
  if (mask === null || mask >= 2 ** count || b36(mask) !== data) return null;
  return Array.from({ length: count }, (_, i) => i).filter((i) => Math.floor(mask / 2 ** i) % 2 === 1);
};
const LIKERT_DEFAULT = ['Strongly disagree', 'Disagree', 'Neutral', 'Agree', 'Strongly agree'];

export const placementQuestionKinds: {
  likert: QuestionKindDescriptor<'likert'>;
  categorize: QuestionKindDescriptor<'categorize'>;
  hotspot: QuestionKindDescriptor<'hotspot'>;
} = {
  likert: {
    kind: 'likert',
    label: 'Likert scale (survey)',
    icon: 'gauge',
    ungraded: true,
    create: (newId, prompt) => ({
      kind: 'likert',
      ...startingFields(prompt),
      points: 0,
      scale: LIKERT_DEFAULT.map((text) => ({ id: newId(), text })),
    }),
    freshIds: (q, newId) => ({ ...q, scale: q.scale.map((o) => ({ ...o, id: newId() })) }),
    text: (q) => q.scale.map((o) => o.text),
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
    encode: (q, r) => {
      const i = indexOf(q.scale, r.optionId);
      return i < 0 ? null : fixed(i, widthFor(q.scale.length));
    },
    decode: (q, data) => {
      const i = parseB36(data);
      const o = i === null ? undefined : q.scale[i];
      return o && data.length === widthFor(q.scale.length) ? { kind: 'likert', optionId: o.id } : null;
    },
    worstLength: (q) => widthFor(q.scale.length),
  },
  categorize: {
    kind: 'categorize',
    label: 'Categorize',
    icon: 'layout-grid',
    create: (newId, prompt) => {
      const categories = [
        { id: newId(), text: 'Category A' },
        { id: newId(), text: 'Category B' },
      ];
      return {
        kind: 'categorize',
        ...startingFields(prompt),
        categories,
        items: [
          { id: newId(), text: 'Item 1', categoryId: categories[0]!.id },
          { id: newId(), text: 'Item 2', categoryId: categories[1]!.id },
        ],
      };
    },
    freshIds: (q, newId) => {
      const to = remapper(
        q.categories.map((c) => c.id),
        newId,
      );
      return {
        ...q,
        categories: q.categories.map((c) => ({ ...c, id: to(c.id) })),
        items: q.items.map((i) => ({ ...i, id: newId(), categoryId: to(i.categoryId) })),
      };
    },
    text: (q) => [...q.categories.map((c) => c.text), ...q.items.map((i) => i.text)],
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
      return q.items
        .map((_, i) => {
          const c = indexOf(q.categories, r.placements[i] ?? null);
          return c < 0 ? '-'.repeat(w) : fixed(c, w);
        })
        .join('');
    },
    decode: (q, data) => {
      const w = widthFor(q.categories.length);
      if (data.length !== q.items.length * w) return null;
      const idx = Array.from({ length: q.items.length }, (_, i) => {
        const part = data.slice(i * w, i * w + w);
        return part === '-'.repeat(w) ? null : parseB36(part);
      });
      if (idx.some((i) => i !== null && (Number.isNaN(i) || i >= q.categories.length))) return null;
      return {
        kind: 'categorize',
        placements: idx.map((i) => (i === null ? null : (q.categories[i]?.id ?? null))),
      };
    },
    worstLength: (q) => q.items.length * widthFor(q.categories.length),
  },
  hotspot: {
    kind: 'hotspot',
    label: 'Hotspot',
    icon: 'crosshair',
    create: (newId, prompt) => {
      const regions = [
        { id: newId(), label: 'Region 1', x: 10, y: 10, w: 30, h: 30 },
        { id: newId(), label: 'Region 2', x: 55, y: 50, w: 30, h: 30 },
      ];
      return {
        kind: 'hotspot',
        ...startingFields(prompt),
        assetId: null,
        alt: '',
        regions,
        correctRegionIds: [regions[0]!.id],
      };
    },
    freshIds: (q, newId) => {
      const to = remapper(
        q.regions.map((r) => r.id),
        newId,
      );
      return {
        ...q,
        regions: q.regions.map((r) => ({ ...r, id: to(r.id) })),
        correctRegionIds: q.correctRegionIds.map(to),
      };
    },
    assetIds: (q) => (q.assetId ? [q.assetId] : []),
    remapAssets: (q, to) => ({ ...q, assetId: q.assetId ? to(q.assetId) : null }),
    text: (q) => [q.alt, ...q.regions.map((r) => r.label)],
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
    worstLength: (q) => b36(2 ** q.regions.length - 1).length,
  },
};
