import { EditorContent, useEditor as useTiptap, type Editor } from '@tiptap/react';
import { useEffect, useId, useRef, useState } from 'react';
import type { RichTextDoc } from '../../../../shared';
import { sameJson } from '../tree-patch';
import { cleanDoc } from './clean-doc';
import { richTextExtensions } from './extensions';
import { LinkForm } from './link-form';

/**
 * A Tiptap editor bound to a `RichTextDoc`: every change is cleaned to the allowed document and
 * handed up; a new `doc` from outside (undo, redo, recovery) replaces the editor's content.
 */
export function RichTextField({
  label,
  hideLabel = false,
  doc,
  onChange,
}: {
  label: string;
  /** The label is read by assistive technology only (on the canvas the text speaks for itself). */
  hideLabel?: boolean;
  doc: RichTextDoc;
  onChange: (doc: RichTextDoc) => void;
}) {
  const labelId = useId();
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);
  const lastEmitted = useRef<RichTextDoc>(doc);
  const editor = useTiptap({
    extensions: richTextExtensions,
    content: doc,
    injectCSS: false, // the CSP forbids injected <style>; styles live in editor.css
    shouldRerenderOnTransaction: true,
    editorProps: {
      attributes: { class: 'rich-text-input', 'aria-labelledby': labelId, 'aria-multiline': 'true', role: 'textbox' },
    },
    onUpdate: ({ editor: e }) => {
      const next = cleanDoc(e.getJSON());
      lastEmitted.current = next;
      onChangeRef.current(next);
    },
  });

  useEffect(() => {
    if (!editor || sameJson(doc, lastEmitted.current)) return;
    lastEmitted.current = doc;
    editor.commands.setContent(doc, { emitUpdate: false });
  }, [editor, doc]);

  return (
    <div className="rich-text-field">
      <span id={labelId} className={hideLabel ? 'visually-hidden' : 'field-label'}>
        {label}
      </span>
      {editor ? <RichTextToolbar editor={editor} label={label} /> : null}
      <EditorContent editor={editor} />
    </div>
  );
}

function RichTextToolbar({ editor, label }: { editor: Editor; label: string }) {
  const [linking, setLinking] = useState(false);
  const chain = () => editor.chain().focus();
  const button = (name: string, active: boolean, run: () => void, text: string) => (
    <button
      type="button"
      className="toolbar-button"
      aria-pressed={active}
      onMouseDown={(e) => e.preventDefault()} // keep the selection in the editor
      onClick={run}
      title={name}
      aria-label={name}
    >
      {text}
    </button>
  );
  return (
    <div role="toolbar" aria-label={`${label} formatting`} className="rich-text-toolbar">
      {button('Bold', editor.isActive('bold'), () => chain().toggleBold().run(), 'B')}
      {button('Italic', editor.isActive('italic'), () => chain().toggleItalic().run(), 'I')}
      {button('Underline', editor.isActive('underline'), () => chain().toggleUnderline().run(), 'U')}
      {button('Inline code', editor.isActive('code'), () => chain().toggleCode().run(), '</>')}
      {button('Link', editor.isActive('link'), () => setLinking((v) => !v), 'Link')}
      {button(
        'H3 heading',
        editor.isActive('heading', { level: 3 }),
        () => chain().toggleHeading({ level: 3 }).run(),
        'H3',
      )}
      {button(
        'H4 heading',
        editor.isActive('heading', { level: 4 }),
        () => chain().toggleHeading({ level: 4 }).run(),
        'H4',
      )}
      {button('Bulleted list', editor.isActive('bulletList'), () => chain().toggleBulletList().run(), '•')}
      {button('1. Numbered list', editor.isActive('orderedList'), () => chain().toggleOrderedList().run(), '1.')}
      {button('Quote', editor.isActive('blockquote'), () => chain().toggleBlockquote().run(), '❝')}
      {button('Code block', editor.isActive('codeBlock'), () => chain().toggleCodeBlock().run(), '{ }')}
      {linking ? (
        <LinkForm
          initial={(editor.getAttributes('link')['href'] as string | undefined) ?? ''}
          onApply={(href) => {
            if (href) chain().extendMarkRange('link').setLink({ href }).run();
            else chain().extendMarkRange('link').unsetLink().run();
            setLinking(false);
          }}
          onCancel={() => {
            setLinking(false);
            editor.commands.focus();
          }}
        />
      ) : null}
    </div>
  );
}
