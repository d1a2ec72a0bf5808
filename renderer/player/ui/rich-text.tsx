/** @jsxImportSource preact */
import type { ComponentChildren, JSX } from 'preact';
import type { InlineNode, ListItemNode, Mark, RichBlockNode, RichTextDoc } from '../../../shared/model/rich-text';
import { PLAYER_LINK_PROTOCOLS } from '../runtime-constants';

/**
 * Author text → DOM through an allow-list of ProseMirror nodes and marks. Text is always a text node
 * (Preact escapes it); unknown nodes and marks render nothing, so no author input can become markup.
 */
function safeHref(href: string): string | null {
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(href.trim())?.[1]?.toLowerCase();
  return scheme && PLAYER_LINK_PROTOCOLS.includes(scheme) && !/\s/.test(href) ? href.trim() : null;
}

function applyMark(mark: Mark, child: ComponentChildren): ComponentChildren {
  switch (mark.type) {
    case 'bold':
      return <strong>{child}</strong>;
    case 'italic':
      return <em>{child}</em>;
    case 'underline':
      return <u>{child}</u>;
    case 'code':
      return <code>{child}</code>;
    case 'link': {
      const href = safeHref(mark.attrs.href);
      if (!href) return child;
      return (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {child}
          <span class="cw-visually-hidden"> (opens in a new tab)</span>
        </a>
      );
    }
    default:
      return child;
  }
}

function Inline({ nodes }: { nodes: InlineNode[] | undefined }): JSX.Element {
  return (
    <>
      {(nodes ?? []).map((n) => {
        if (n.type === 'hardBreak') return <br />;
        if (n.type !== 'text' || typeof n.text !== 'string') return null;
        // Links outermost, so a link wraps its bold/italic text.
        const marks = [...(n.marks ?? [])].sort((a, b) => (a.type === 'link' ? 1 : 0) - (b.type === 'link' ? 1 : 0));
        return marks.reduce<ComponentChildren>((child, mark) => applyMark(mark, child), n.text);
      })}
    </>
  );
}

function Block({ node }: { node: RichBlockNode | ListItemNode }): JSX.Element | null {
  switch (node.type) {
    case 'paragraph':
      return (
        <p>
          <Inline nodes={node.content} />
        </p>
      );
    case 'heading':
      // Lesson title is h1 and heading blocks use h2/h3, so rich-text headings are h3/h4 only.
      return node.attrs.level === 4 ? (
        <h4>
          <Inline nodes={node.content} />
        </h4>
      ) : (
        <h3>
          <Inline nodes={node.content} />
        </h3>
      );
    case 'codeBlock':
      return (
        <pre>
          <code>{(node.content ?? []).map((t) => t.text).join('')}</code>
        </pre>
      );
    case 'bulletList':
      return (
        <ul>
          {node.content.map((item, i) => (
            <Block key={i} node={item} />
          ))}
        </ul>
      );
    case 'orderedList':
      return (
        <ol start={node.attrs?.start}>
          {node.content.map((item, i) => (
            <Block key={i} node={item} />
          ))}
        </ol>
      );
    case 'listItem':
    case 'blockquote': {
      const children = node.content.map((child, i) => <Block key={i} node={child} />);
      return node.type === 'listItem' ? <li>{children}</li> : <blockquote>{children}</blockquote>;
    }
    default:
      return null;
  }
}

export function RichText({ doc }: { doc: RichTextDoc }): JSX.Element {
  return (
    <div class="cw-rich-text">
      {doc.content.map((node, i) => (
        <Block key={i} node={node} />
      ))}
    </div>
  );
}
