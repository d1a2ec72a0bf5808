import type { SchemaKit, Zod } from '../../model/schema-kit';
import type { BlockFinding, BlockKindDescriptor } from '../block-kind';
import { plainKind } from '../block-kind';
import { BLOCK_RUNTIME } from '../block-runtime';

/**
 * Labeled graphic: an image with numbered markers at author-placed positions (percent of the image, so they follow
 * it at any size); each marker opens a note with a title, text and an optional image and/or audio asset.
 */
export const LABELED_MARKERS = { min: 1, max: 20 } as const;

const percent = (z: Zod) => z.number().finite().min(0).max(100);

export const labeledGraphicSchemas = {
  labeledGraphic: (z: Zod, k: SchemaKit) =>
    z.object({
      id: k.id,
      type: z.literal('labeledGraphic'),
      assetId: k.assetRef,
      /** What the graphic shows, for learners who cannot see it. */
      alt: z.string().max(500).default(''),
      markers: z
        .array(
          z.object({
            id: k.id,
            x: percent(z),
            y: percent(z),
            title: z.string().trim().min(1).max(200),
            text: z.string().max(2000).default(''),
            imageAssetId: k.assetRef.default(null),
            imageAlt: z.string().max(500).default(''),
            audioAssetId: k.assetRef.default(null),
          }),
        )
        .min(LABELED_MARKERS.min)
        .max(LABELED_MARKERS.max)
        .refine(k.uniqueIds, 'Marker ids must be unique'),
    }),
};

const refs = (...ids: (string | null)[]): string[] => ids.filter((id): id is string => !!id);
const remap = (id: string | null, to: (id: string) => string) => (id === null ? null : to(id));

export const labeledGraphicKinds: { labeledGraphic: BlockKindDescriptor<'labeledGraphic'> } = {
  labeledGraphic: {
    ...plainKind,
    ...BLOCK_RUNTIME.labeledGraphic,
    kind: 'labeledGraphic',
    label: 'Labeled graphic',
    hint: 'Image with numbered markers that open notes',
    icon: 'map-pin',
    engaging: true,
    create: (newId) => ({
      type: 'labeledGraphic',
      assetId: null,
      alt: '',
      markers: [
        {
          id: newId(),
          x: 50,
          y: 50,
          title: 'Marker 1',
          text: '',
          imageAssetId: null,
          imageAlt: '',
          audioAssetId: null,
        },
      ],
    }),
    freshIds: (b, newId) => ({ ...b, markers: b.markers.map((m) => ({ ...m, id: newId() })) }),
    text: (b) => [b.alt, ...b.markers.flatMap((m) => [m.title, m.text, m.imageAlt])].filter(Boolean).join('\n'),
    timing: (b) => ({ readingText: b.markers.map((m) => `${m.title}\n${m.text}`).join('\n'), activity: 'image' }),
    assetIds: (b) => refs(b.assetId, ...b.markers.flatMap((m) => [m.imageAssetId, m.audioAssetId])),
    remapAssets: (b, to) => ({
      ...b,
      assetId: remap(b.assetId, to),
      markers: b.markers.map((m) => ({
        ...m,
        imageAssetId: remap(m.imageAssetId, to),
        audioAssetId: remap(m.audioAssetId, to),
      })),
    }),
    guidance: (b) => {
      const out: BlockFinding[] = [];
      if ((b.assetId && b.alt.trim() === '') || b.markers.some((m) => m.imageAssetId && m.imageAlt.trim() === ''))
        out.push({
          code: 'image-missing-alt',
          severity: 'warning',
          message: (lesson) => `A labeled graphic in “${lesson}” has an image without alt text.`,
        });
      if (b.markers.some((m) => m.text.trim() === '' && !m.imageAssetId && !m.audioAssetId))
        out.push({
          code: 'marker-missing-text',
          severity: 'warning',
          message: (lesson) => `A marker of a labeled graphic in “${lesson}” opens an empty note.`,
        });
      return out;
    },
  },
};
