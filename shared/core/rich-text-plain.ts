import type { ListItemNode, RichBlockNode, RichTextDoc } from '../model/rich-text';

/** Plain text of a document, for search, reading-time estimates and accessibility labels. */
export function richTextToPlain(doc: RichTextDoc): string {
  const out: string[] = [];
  const walk = (node: RichBlockNode | ListItemNode): void => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'codeBlock':
        out.push((node.content ?? []).map((n) => (n.type === 'text' ? n.text : '\n')).join(''));
        return;
      default:
        node.content.forEach(walk);
    }
  };
  doc.content.forEach(walk);
  return out.join('\n').trim();
}
