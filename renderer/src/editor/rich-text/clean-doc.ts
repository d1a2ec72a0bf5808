import {
  LINK_PROTOCOLS,
  richTextDocSchema,
  type InlineNode,
  type ListItemNode,
  type Mark,
  type RichBlockNode,
  type RichTextDoc,
  type TextNode,
} from '../../../../shared';

/** The loose JSON shape Tiptap produces (`editor.getJSON()`). */
interface LooseNode {
  type?: string;
  attrs?: Record<string, unknown>;
  content?: LooseNode[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}

const isSafeHref = (href: unknown): href is string => {
  if (typeof href !== 'string' || /\s/.test(href.trim()) || href.length > 2000) return false;
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(href.trim())?.[1]?.toLowerCase();
  return scheme !== undefined && (LINK_PROTOCOLS as readonly string[]).includes(scheme);
};

function cleanMarks(marks: LooseNode['marks']): Mark[] {
  const out: Mark[] = [];
  for (const mark of marks ?? []) {
    switch (mark.type) {
      case 'bold':
      case 'italic':
      case 'underline':
      case 'code':
        out.push({ type: mark.type });
        break;
      case 'link':
        // Only the href survives (target, rel, class are presentation the renderer decides).
        if (isSafeHref(mark.attrs?.['href'])) out.push({ type: 'link', attrs: { href: mark.attrs['href'].trim() } });
        break;
      default:
        break; // strike, highlight, anything pasted: dropped, the text stays
    }
  }
  return out;
}

function cleanInline(nodes: LooseNode[] | undefined, plain = false): InlineNode[] {
  const out: InlineNode[] = [];
  for (const node of nodes ?? []) {
    if (node.type === 'text' && node.text) {
      const marks = plain ? [] : cleanMarks(node.marks);
      const text: TextNode = { type: 'text', text: node.text };
      out.push(marks.length > 0 ? { ...text, marks } : text);
    } else if (node.type === 'hardBreak') {
      out.push(plain ? { type: 'text', text: '\n' } : { type: 'hardBreak' });
    } else if (node.content) {
      out.push(...cleanInline(node.content, plain)); // unknown inline wrapper: keep its text
    }
  }
  return out;
}

const withContent = <T extends object>(node: T, content: InlineNode[]) =>
  content.length > 0 ? { ...node, content } : node;

function cleanListItems(nodes: LooseNode[] | undefined): ListItemNode[] {
  return (nodes ?? [])
    .filter((n) => n.type === 'listItem')
    .map((item) => {
      const content = cleanBlocks(item.content);
      return { type: 'listItem' as const, content: content.length > 0 ? content : [{ type: 'paragraph' as const }] };
    });
}

function cleanBlocks(nodes: LooseNode[] | undefined): RichBlockNode[] {
  const out: RichBlockNode[] = [];
  for (const node of nodes ?? []) {
    switch (node.type) {
      case 'paragraph':
        out.push(withContent({ type: 'paragraph' as const }, cleanInline(node.content)));
        break;
      case 'heading': {
        const raw = Number(node.attrs?.['level'] ?? 3);
        const level = raw >= 4 ? 4 : 3; // h1/h2 belong to the lesson and heading blocks
        out.push(withContent({ type: 'heading' as const, attrs: { level } }, cleanInline(node.content)));
        break;
      }
      case 'codeBlock': {
        const text = cleanInline(node.content, true)
          .map((n) => (n.type === 'text' ? n.text : '\n'))
          .join('');
        out.push(text ? { type: 'codeBlock', content: [{ type: 'text', text }] } : { type: 'codeBlock' });
        break;
      }
      case 'bulletList':
      case 'orderedList': {
        const items = cleanListItems(node.content);
        if (items.length === 0) break;
        const start = Number(node.attrs?.['start'] ?? 1);
        if (node.type === 'bulletList') out.push({ type: 'bulletList', content: items });
        else
          out.push({
            type: 'orderedList',
            ...(Number.isInteger(start) && start >= 0 && start !== 1 ? { attrs: { start } } : {}),
            content: items,
          });
        break;
      }
      case 'blockquote': {
        const content = cleanBlocks(node.content);
        if (content.length > 0) out.push({ type: 'blockquote', content });
        break;
      }
      default:
        // Unknown block (image, table, rule…): keep whatever text it holds.
        if (node.content) out.push(...cleanBlocks(node.content));
        else if (node.type === 'text' && node.text) out.push({ type: 'paragraph', content: cleanInline([node]) });
    }
  }
  return out;
}

/** Reduces any editor JSON to a document the model allows (validated; never throws). */
export function cleanDoc(json: LooseNode): RichTextDoc {
  const doc: RichTextDoc = { type: 'doc', content: cleanBlocks(json.content) };
  const parsed = richTextDocSchema.safeParse(doc);
  return parsed.success ? parsed.data : { type: 'doc', content: [{ type: 'paragraph' }] };
}
