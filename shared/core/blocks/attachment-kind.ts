import type { SchemaKit, Zod } from '../../model/schema-kit';
import type { BlockKindDescriptor } from '../block-kind';
import { plainKind } from '../block-kind';
import { BLOCK_RUNTIME } from '../block-runtime';

/** File types an attachment may carry (the media import accepts them without probing; see `main/library/mime.ts`). */
export const ATTACHMENT_EXTENSIONS = [
  '.pdf',
  '.docx',
  '.xlsx',
  '.pptx',
  '.odt',
  '.ods',
  '.odp',
  '.zip',
  '.txt',
  '.csv',
];

/** No folders, no characters file systems refuse, no control characters. */
const isSafeFileName = (name: string): boolean =>
  !/[\\/:*?"<>|]/.test(name) && [...name].every((c) => c.charCodeAt(0) >= 32);

/** Such a name from any file name (reserved and control characters become `_`), at most 200 characters. */
export const safeFileName = (name: string): string =>
  [...name]
    .map((c) => (/[\\/:*?"<>|]/.test(c) || c.charCodeAt(0) < 32 ? '_' : c))
    .join('')
    .slice(0, 200);

/** A file the learner downloads (a worksheet, a PDF), packaged with the course like other media. */
export const attachmentSchemas = {
  attachment: (z: Zod, k: SchemaKit) =>
    z.object({
      id: k.id,
      type: z.literal('attachment'),
      assetId: k.assetRef,
      /** What the link says (the file name when empty). */
      title: z.string().trim().max(200).default(''),
      /** The name the file is saved under: no folders, no characters file systems refuse. */
      fileName: z
        .string()
        .max(200)
        .refine(isSafeFileName, 'A file name without folders or reserved characters')
        .default(''),
      description: z.string().max(1000).default(''),
    }),
};

export const attachmentKinds: { attachment: BlockKindDescriptor<'attachment'> } = {
  attachment: {
    ...plainKind,
    ...BLOCK_RUNTIME.attachment,
    kind: 'attachment',
    label: 'Attachment',
    hint: 'A file to download',
    icon: 'paperclip',
    create: () => ({ type: 'attachment', assetId: null, title: '', fileName: '', description: '' }),
    text: (b) => [b.title, b.fileName, b.description].join('\n').trim(),
    timing: (b) => ({ readingText: [b.title, b.description].join('\n') }),
    assetIds: (b) => (b.assetId ? [b.assetId] : []),
    remapAssets: (b, to) => ({ ...b, assetId: b.assetId === null ? null : to(b.assetId) }),
    guidance: (b) =>
      b.assetId === null
        ? [
            {
              code: 'attachment-missing-file',
              severity: 'warning',
              message: (lesson) => `An attachment in “${lesson}” has no file to download.`,
            },
          ]
        : [],
  },
};
