import { z } from 'zod';
import { LINK_PROTOCOLS } from '../core/package-constants';

/**
 * Author text is a structured ProseMirror/Tiptap JSON document, never raw HTML.
 * Only the nodes and marks listed here exist; renderers map each to markup through an
 * allow-list, so nothing an author pastes can become script.
 */
export { LINK_PROTOCOLS };

const safeHref = z
  .string()
  .max(2000)
  // No URL global here (shared/ is environment-free): check the scheme by hand.
  .refine((href) => {
    const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(href.trim())?.[1]?.toLowerCase();
    return scheme !== undefined && (LINK_PROTOCOLS as readonly string[]).includes(scheme) && !/\s/.test(href);
  }, 'links must be http(s) or mailto URLs');

const markSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('bold') }),
  z.object({ type: z.literal('italic') }),
  z.object({ type: z.literal('underline') }),
  z.object({ type: z.literal('code') }),
  z.object({ type: z.literal('link'), attrs: z.object({ href: safeHref }) }),
]);
export type Mark = z.infer<typeof markSchema>;

const textNodeSchema = z.object({
  type: z.literal('text'),
  text: z.string().min(1),
  marks: z.array(markSchema).optional(),
});
export type TextNode = z.infer<typeof textNodeSchema>;

const hardBreakSchema = z.object({ type: z.literal('hardBreak') });
const inlineSchema = z.discriminatedUnion('type', [textNodeSchema, hardBreakSchema]);
export type InlineNode = z.infer<typeof inlineSchema>;

const paragraphSchema = z.object({
  type: z.literal('paragraph'),
  content: z.array(inlineSchema).optional(),
});
/** Headings inside rich text start at level 3: the lesson title is h1 and heading blocks use h2. */
const richHeadingSchema = z.object({
  type: z.literal('heading'),
  attrs: z.object({ level: z.union([z.literal(3), z.literal(4)]) }),
  content: z.array(inlineSchema).optional(),
});
const codeBlockSchema = z.object({
  type: z.literal('codeBlock'),
  content: z.array(textNodeSchema.omit({ marks: true })).optional(),
});

export type ParagraphNode = z.infer<typeof paragraphSchema>;
type RichHeadingNode = z.infer<typeof richHeadingSchema>;
type CodeBlockNode = z.infer<typeof codeBlockSchema>;
export type ListItemNode = { type: 'listItem'; content: RichBlockNode[] };
type BulletListNode = { type: 'bulletList'; content: ListItemNode[] };
type OrderedListNode = { type: 'orderedList'; attrs?: { start: number } | undefined; content: ListItemNode[] };
type BlockquoteNode = { type: 'blockquote'; content: RichBlockNode[] };
export type RichBlockNode =
  ParagraphNode | RichHeadingNode | CodeBlockNode | BulletListNode | OrderedListNode | BlockquoteNode;

const listItemSchema: z.ZodType<ListItemNode> = z.lazy(() =>
  z.object({ type: z.literal('listItem'), content: z.array(richBlockSchema).min(1) }),
);
const richBlockSchema: z.ZodType<RichBlockNode> = z.lazy(() =>
  z.discriminatedUnion('type', [
    paragraphSchema,
    richHeadingSchema,
    codeBlockSchema,
    z.object({ type: z.literal('bulletList'), content: z.array(listItemSchema).min(1) }),
    z.object({
      type: z.literal('orderedList'),
      attrs: z.object({ start: z.number().int().min(0) }).optional(),
      content: z.array(listItemSchema).min(1),
    }),
    z.object({ type: z.literal('blockquote'), content: z.array(richBlockSchema).min(1) }),
  ]),
);

const richTextDocShape = z.object({
  type: z.literal('doc'),
  content: z.array(richBlockSchema),
});
export type RichTextDoc = z.infer<typeof richTextDocShape>;

/**
 * Deepest nesting a document may have, in nodes below the doc (blockquote -> list -> item -> … -> text). Twenty
 * nested lists take 42 levels; the cap keeps the recursive schema, the renderers and JSON on the wire off the
 * call-stack limit.
 */
export const MAX_RICH_TEXT_DEPTH = 50;

/** How deeply `content` arrays nest in `value`, counted with a loop (hostile input can be thousands deep). */
function richTextDepth(value: unknown, stopAt = Infinity): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (deepest > stopAt) break;
    const content = node !== null && typeof node === 'object' ? (node as { content?: unknown }).content : undefined;
    if (Array.isArray(content)) for (const child of content) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** A rich text document. The depth is checked first, without recursion, so a deep one gets a typed error. */
export const richTextDocSchema = z
  .custom<z.input<typeof richTextDocShape>>(
    (value) => richTextDepth(value, MAX_RICH_TEXT_DEPTH) <= MAX_RICH_TEXT_DEPTH,
    `rich text is nested more than ${MAX_RICH_TEXT_DEPTH} levels deep`,
  )
  .pipe(richTextDocShape);

export { richTextToPlain } from '../core/rich-text-plain';

/** Builds a document from plain paragraphs: used by the sample course, the CLI and tests. */
export function docFromParagraphs(...paragraphs: string[]): RichTextDoc {
  return {
    type: 'doc',
    content: paragraphs.map((p) => ({ type: 'paragraph', content: p ? [{ type: 'text', text: p }] : [] })),
  };
}
