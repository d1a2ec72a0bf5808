import type { SchemaKit, Zod } from '../../model/schema-kit';
import type { BlockFinding, BlockKindDescriptor } from '../block-kind';
import { plainKind } from '../block-kind';
import { BLOCK_RUNTIME } from '../block-runtime';

/** Frame shapes: a fixed aspect ratio, or a fixed height in pixels (`height`). */
const EMBED_ASPECTS = ['16:9', '4:3', '1:1', 'fixed'] as const;
export const EMBED_HEIGHT = { min: 120, max: 2000 } as const;
/** The frame's sandbox: scripts, forms and pop-ups, never navigation of the course page (no allow-top-navigation). */
export const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-forms';

/**
 * Only https pages are framed: plain http would be mixed content, other schemes are not web content. A host name
 * (no user:password@) and no spaces or quotes; checked without `URL` so `shared/` stays environment-free.
 */
export const isEmbedUrl = (url: string): boolean =>
  /^https:\/\/[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*(:\d{1,5})?([/?#][^\s"'<>`\\]*)?$/.test(url);

/** Web content in a sandboxed frame, with a title for assistive technology and a text shown when it cannot load. */
export const embedSchemas = {
  embed: (z: Zod, k: SchemaKit) =>
    z.object({
      id: k.id,
      type: z.literal('embed'),
      /** Empty while the author has not pasted an address yet. */
      url: z
        .string()
        .trim()
        .max(2000)
        .refine((u) => u === '' || isEmbedUrl(u), 'An https:// address')
        .default(''),
      title: z.string().trim().max(200).default(''),
      aspect: z.enum(EMBED_ASPECTS).default('16:9'),
      height: z.number().int().min(EMBED_HEIGHT.min).max(EMBED_HEIGHT.max).default(480),
      /** Shown instead of the frame offline, from file:// and when the page does not load in time. */
      fallback: z.string().max(2000).default(''),
    }),
};

const finding = (code: BlockFinding['code'], message: BlockFinding['message']): BlockFinding => ({
  code,
  severity: 'warning',
  message,
});

export const embedKinds: { embed: BlockKindDescriptor<'embed'> } = {
  embed: {
    ...plainKind,
    ...BLOCK_RUNTIME.embed,
    kind: 'embed',
    label: 'Embed',
    hint: 'A web page in a sandboxed frame',
    icon: 'app-window',
    engaging: true,
    create: () => ({ type: 'embed', url: '', title: '', aspect: '16:9', height: 480, fallback: '' }),
    text: (b) => [b.title, b.fallback].join('\n').trim(),
    timing: (b) => ({ readingText: b.fallback }),
    guidance: (b) => [
      ...(b.url === '' ? [finding('embed-missing-url', (l) => `An embed in “${l}” has no web address.`)] : []),
      ...(b.title.trim() === ''
        ? [finding('embed-missing-title', (l) => `An embed in “${l}” has no title for screen readers.`)]
        : []),
      ...(b.fallback.trim() === ''
        ? [
            finding(
              'embed-missing-fallback',
              (l) => `The embed “${b.title || b.url || 'untitled'}” in “${l}” has no text for learners offline.`,
            ),
          ]
        : []),
    ],
  },
};
