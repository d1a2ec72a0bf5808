import type { SchemaKit, Zod } from '../../model/schema-kit';
import type { BlockKindDescriptor } from '../block-kind';
import { plainKind } from '../block-kind';
import { BLOCK_RUNTIME } from '../block-runtime';

/** Media blocks: image, video, audio. Each references its file by asset id. */
export const mediaSchemas = {
  image: (z: Zod, k: SchemaKit) =>
    z.object({
      id: k.id,
      type: z.literal('image'),
      assetId: k.assetRef,
      /** Required for accessibility unless `decorative` is set. */
      alt: k.shortText.default(''),
      decorative: z.boolean().default(false),
      caption: k.shortText.optional(),
    }),
  video: (z: Zod, k: SchemaKit) =>
    z.object({
      id: k.id,
      type: z.literal('video'),
      assetId: k.assetRef,
      title: k.shortText.default(''),
      posterAssetId: k.id.optional(),
      captions: z
        .array(z.object({ assetId: k.id, language: z.string().min(2).max(35), label: z.string().min(1).max(100) }))
        .max(20)
        .default([]),
    }),
  audio: (z: Zod, k: SchemaKit) =>
    z.object({
      id: k.id,
      type: z.literal('audio'),
      assetId: k.assetRef,
      title: k.shortText.default(''),
      /** Text alternative for learners who cannot hear the audio. */
      transcript: z.string().max(20000).optional(),
    }),
};

const one = (id: string | null): string[] => (id ? [id] : []);
const remapRef = (id: string | null, to: (id: string) => string) => (id === null ? null : to(id));

export const mediaKinds: {
  image: BlockKindDescriptor<'image'>;
  video: BlockKindDescriptor<'video'>;
  audio: BlockKindDescriptor<'audio'>;
} = {
  image: {
    ...plainKind,
    ...BLOCK_RUNTIME.image,
    kind: 'image',
    label: 'Image',
    hint: 'Picture with alt text',
    icon: 'image',
    engaging: true,
    create: () => ({ type: 'image', assetId: null, alt: '', decorative: false }),
    text: (b) => [b.alt, b.caption ?? ''].join('\n').trim(),
    timing: (b) => ({ readingText: b.caption ?? '', activity: 'image' }),
    assetIds: (b) => one(b.assetId),
    remapAssets: (b, to) => ({ ...b, assetId: remapRef(b.assetId, to) }),
    guidance: (b) =>
      !b.decorative && b.alt.trim() === ''
        ? [
            {
              code: 'image-missing-alt',
              severity: 'warning',
              message: (lesson) => `An image in “${lesson}” has no alt text (or mark it decorative).`,
            },
          ]
        : [],
  },
  video: {
    ...plainKind,
    ...BLOCK_RUNTIME.video,
    kind: 'video',
    label: 'Video',
    hint: 'Video with captions',
    icon: 'video',
    engaging: true,
    create: () => ({ type: 'video', assetId: null, title: '', captions: [] }),
    text: (b) => b.title,
    timing: (b) => ({ readingText: '', media: b.assetId }),
    assetIds: (b) => [...one(b.assetId), ...one(b.posterAssetId ?? null), ...b.captions.map((c) => c.assetId)],
    remapAssets: (b, to) => ({
      ...b,
      assetId: remapRef(b.assetId, to),
      ...(b.posterAssetId !== undefined ? { posterAssetId: to(b.posterAssetId) } : {}),
      captions: b.captions.map((c) => ({ ...c, assetId: to(c.assetId) })),
    }),
    guidance: (b) =>
      b.captions.length === 0
        ? [
            {
              code: 'video-missing-captions',
              severity: 'warning',
              message: (lesson) => `A video in “${lesson}” has no captions.`,
            },
          ]
        : [],
  },
  audio: {
    ...plainKind,
    ...BLOCK_RUNTIME.audio,
    kind: 'audio',
    label: 'Audio',
    hint: 'Audio with transcript',
    icon: 'audio-lines',
    engaging: true,
    create: () => ({ type: 'audio', assetId: null, title: '' }),
    text: (b) => [b.title, b.transcript ?? ''].join('\n').trim(),
    timing: (b) => ({ readingText: '', media: b.assetId }),
    assetIds: (b) => one(b.assetId),
    remapAssets: (b, to) => ({ ...b, assetId: remapRef(b.assetId, to) }),
  },
};
