import type { SchemaKit, Zod } from '../../model/schema-kit';
import type { BlockKindDescriptor } from '../block-kind';
import { plainKind } from '../block-kind';
import { BLOCK_RUNTIME } from '../block-runtime';

/** Gallery: library images with alt text and captions, as a grid or a carousel, each viewable full screen. */
const GALLERY_LAYOUTS = ['grid', 'carousel'] as const;
export const GALLERY_IMAGES = { min: 1, max: 30 } as const;

export const gallerySchemas = {
  gallery: (z: Zod, k: SchemaKit) =>
    z.object({
      id: k.id,
      type: z.literal('gallery'),
      /** Names the carousel region (and the full-screen dialog). */
      title: z.string().max(200).default(''),
      layout: z.enum(GALLERY_LAYOUTS).default('grid'),
      images: z
        .array(
          z.object({
            id: k.id,
            assetId: k.assetRef,
            alt: z.string().max(500).default(''),
            caption: z.string().max(300).default(''),
          }),
        )
        .min(GALLERY_IMAGES.min)
        .max(GALLERY_IMAGES.max)
        .refine(k.uniqueIds, 'Image ids must be unique'),
    }),
};

export const galleryKinds: { gallery: BlockKindDescriptor<'gallery'> } = {
  gallery: {
    ...plainKind,
    ...BLOCK_RUNTIME.gallery,
    kind: 'gallery',
    label: 'Gallery',
    hint: 'Images as a grid or carousel',
    icon: 'gallery-horizontal',
    engaging: true,
    create: (newId) => ({
      type: 'gallery',
      title: '',
      layout: 'grid',
      images: [
        { id: newId(), assetId: null, alt: '', caption: '' },
        { id: newId(), assetId: null, alt: '', caption: '' },
      ],
    }),
    freshIds: (b, newId) => ({ ...b, images: b.images.map((i) => ({ ...i, id: newId() })) }),
    text: (b) => [b.title, ...b.images.flatMap((i) => [i.alt, i.caption])].filter(Boolean).join('\n'),
    timing: (b) => ({ readingText: b.images.map((i) => i.caption).join('\n'), activity: 'image' }),
    assetIds: (b) => b.images.flatMap((i) => (i.assetId ? [i.assetId] : [])),
    remapAssets: (b, to) => ({
      ...b,
      images: b.images.map((i) => ({ ...i, assetId: i.assetId === null ? null : to(i.assetId) })),
    }),
    guidance: (b) =>
      b.images.some((i) => i.assetId && i.alt.trim() === '')
        ? [
            {
              code: 'image-missing-alt',
              severity: 'warning',
              message: (lesson) => `A gallery image in “${lesson}” has no alt text.`,
            },
          ]
        : [],
  },
};
