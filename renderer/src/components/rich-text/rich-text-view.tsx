import { Fragment, type ReactNode } from 'react';
import type { InlineNode, ListItemNode, Mark, RichBlockNode, RichTextDoc } from '../../../../shared';
import { safeHref } from './safe-href';

/**
 * Renders ProseMirror JSON through an allow-list: each known node and mark maps to one React
 * element; anything else renders nothing. Text is always a React text child (escaped), and no
 * attribute is copied from the document except a link's re-checked href and a list's start.
 */
export function RichTextView({ doc, className }: { doc: RichTextDoc; className?: string }) {
  return <div className={className ?? 'rich-text'}>{list(doc.content).map(renderBlock)}</div>;
}

function list<T>(value: T[] | undefined): T[] {
  return Array.isArray(value) ? value : [];
}

function renderBlock(node: RichBlockNode, key: number): ReactNode {
  switch (node?.type) {
    case 'paragraph':
      return <p key={key}>{renderInline(node.content)}</p>;
    case 'heading':
      return node.attrs?.level === 4 ? (
        <h4 key={key}>{renderInline(node.content)}</h4>
      ) : (
        <h3 key={key}>{renderInline(node.content)}</h3>
      );
    case 'codeBlock':
      return (
        <pre key={key}>
          <code>{list(node.content).map((t) => (typeof t?.text === 'string' ? t.text : ''))}</code>
        </pre>
      );
    case 'bulletList':
      return <ul key={key}>{list(node.content).map(renderListItem)}</ul>;
    case 'orderedList': {
      const start = node.attrs?.start;
      return (
        <ol key={key} start={Number.isInteger(start) && start !== 1 ? start : undefined}>
          {list(node.content).map(renderListItem)}
        </ol>
      );
    }
    case 'blockquote':
      return <blockquote key={key}>{list(node.content).map(renderBlock)}</blockquote>;
    default:
      return unknownNode(node);
  }
}

function renderListItem(item: ListItemNode, key: number): ReactNode {
  if (item?.type !== 'listItem') return null;
  return <li key={key}>{list(item.content).map(renderBlock)}</li>;
}

function renderInline(content: InlineNode[] | undefined): ReactNode[] {
  return list(content).map((node, key) => {
    switch (node?.type) {
      case 'text':
        return typeof node.text === 'string' ? applyMarks(node.text, list(node.marks), key) : null;
      case 'hardBreak':
        return <br key={key} />;
      default:
        return unknownNode(node);
    }
  });
}

/** Wraps text in its marks, innermost first. Unknown marks leave the text as it is. */
function applyMarks(text: string, marks: Mark[], key: number): ReactNode {
  let out: ReactNode = text;
  for (const mark of [...marks].reverse()) out = wrapMark(mark, out);
  return <Fragment key={key}>{out}</Fragment>;
}

function wrapMark(mark: Mark, child: ReactNode): ReactNode {
  switch (mark?.type) {
    case 'bold':
      return <strong>{child}</strong>;
    case 'italic':
      return <em>{child}</em>;
    case 'underline':
      return <u>{child}</u>;
    case 'code':
      return <code>{child}</code>;
    case 'link': {
      const href = safeHref(mark.attrs?.href);
      if (!href) return child;
      return (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {child}
        </a>
      );
    }
    default:
      unknownNode(mark);
      return child;
  }
}

/** Compile time: every node type has a case. Run time: an unknown node renders nothing. */
function unknownNode(_node: never): null {
  return null;
}
