import type { QuestionSchemaKit } from '../../model/questions';
import type { Zod } from '../../model/schema-kit';
import type { IdFactory } from '../block-kind';
import { placementRuntime } from './placement-runtime';
import { commonQuestionFields, startingFields, type QuestionKindDescriptor } from './question-kind';

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
const LIKERT_DEFAULT = ['Strongly disagree', 'Disagree', 'Neutral', 'Agree', 'Strongly agree'];

export const placementQuestionKinds: {
  likert: QuestionKindDescriptor<'likert'>;
  categorize: QuestionKindDescriptor<'categorize'>;
  hotspot: QuestionKindDescriptor<'hotspot'>;
} = {
  likert: {
    ...placementRuntime.likert,
    kind: 'likert',
    label: 'Likert scale (survey)',
    icon: 'gauge',
    create: (newId, prompt) => ({
      kind: 'likert',
      ...startingFields(prompt),
      points: 0,
      scale: LIKERT_DEFAULT.map((text) => ({ id: newId(), text })),
    }),
    freshIds: (q, newId) => ({ ...q, scale: q.scale.map((o) => ({ ...o, id: newId() })) }),
    text: (q) => q.scale.map((o) => o.text),
  },
  categorize: {
    ...placementRuntime.categorize,
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
  },
  hotspot: {
    ...placementRuntime.hotspot,
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
  },
};
