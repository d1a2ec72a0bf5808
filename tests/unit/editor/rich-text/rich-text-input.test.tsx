// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { useStore } from 'zustand';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { richTextDocSchema, type BlockOf, type RichTextDoc } from '../../../../shared';
import { CANVAS_PARTS } from '../../../../renderer/src/editor/blocks/in-place-parts';
import { useEditor } from '../../../../renderer/src/editor/editor-context';
import { RichTextField } from '../../../../renderer/src/editor/rich-text/rich-text-field';
import { sampleEditorPerSuite } from '../../../support/sample-editor';

/*
 * Tiptap (ProseMirror) in happy-dom, driven by user-event. What runs: focusing by click, the keymap (Ctrl+A, Ctrl+B,
 * Ctrl+I, Enter, Backspace), typing (user-event edits the DOM text and ProseMirror reads the mutation, as it reads a
 * browser's), toolbar buttons and the link form. What does not: happy-dom does no layout, so a click cannot place the
 * caret inside the text and Shift+Arrow cannot extend a selection (user-event's arrow keys need Selection.modify);
 * these tests therefore select with Ctrl+A or format with a collapsed caret (the mark applies to what is typed next).
 * ProseMirror's click handling may call Selection.modify (a layout API happy-dom lacks) to settle the caret's side
 * of a line break; a no-op stand-in is installed for these tests only.
 * Pasting HTML is covered by clean-doc's own tests, not here.
 */

const paragraph = (text: string): RichTextDoc =>
  ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }) as RichTextDoc;

type Json = {
  type: string;
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  content?: Json[];
};
/** The text runs of a document, each with its mark names (and a link's href). */
function runs(doc: RichTextDoc): { text: string; marks: string[] }[] {
  const out: { text: string; marks: string[] }[] = [];
  const walk = (node: Json) => {
    if (node.text !== undefined)
      out.push({
        text: node.text,
        marks: (node.marks ?? []).map((m) => (m.type === 'link' ? `link:${String(m.attrs?.['href'])}` : m.type)),
      });
    node.content?.forEach(walk);
  };
  walk(doc as unknown as Json);
  return out;
}

const selectionProto = Selection.prototype as unknown as Record<string, unknown>;
const hadModify = typeof selectionProto['modify'] === 'function';
beforeAll(() => {
  if (!hadModify) selectionProto['modify'] = () => undefined;
});
afterAll(() => {
  if (!hadModify) delete selectionProto['modify'];
});

describe('rich-text field: typing and formatting with real keys and toolbar clicks', () => {
  afterEach(cleanup);

  function edit(initial: RichTextDoc) {
    const sent: RichTextDoc[] = [];
    function Harness() {
      const [doc, setDoc] = useState(initial);
      return (
        <RichTextField
          label="Text"
          doc={doc}
          onChange={(next) => {
            sent.push(next);
            setDoc(next);
          }}
        />
      );
    }
    render(<Harness />);
    const last = () => {
      const doc = sent.at(-1);
      if (!doc) throw new Error('nothing sent');
      return doc;
    };
    return { sent, last };
  }

  it('replaces the text, then Ctrl+B / Ctrl+I format what is typed next; Enter starts a paragraph', async () => {
    const user = userEvent.setup();
    const { last } = edit(paragraph('Old words'));
    const box = await screen.findByRole('textbox', { name: 'Text' });
    await user.click(box);
    await user.keyboard('{Control>}a{/Control}Plan the review ');
    await user.keyboard('{Control>}b{/Control}carefully{Control>}b{/Control}');
    await user.keyboard('{Control>}i{/Control}, twice{Control>}i{/Control}.');
    expect(runs(last())).toEqual([
      { text: 'Plan the review ', marks: [] },
      { text: 'carefully', marks: ['bold'] },
      { text: ', twice', marks: ['italic'] },
      { text: '.', marks: [] },
    ]);
    await user.keyboard('{Enter}Second line{Backspace}{Backspace}{Backspace}{Backspace}step');
    const doc = last() as unknown as Json;
    expect(doc.content?.map((n) => n.type)).toEqual(['paragraph', 'paragraph']);
    expect(runs(last()).at(-1)).toEqual({ text: 'Second step', marks: [] });
    expect(richTextDocSchema.safeParse(last()).success).toBe(true);
    expect(box.querySelector('strong')?.textContent).toBe('carefully');
  });

  it('toolbar: Bold shows as pressed; H3 and the bulleted list change the block the caret is in', async () => {
    const user = userEvent.setup();
    const { last } = edit(paragraph('Checklist'));
    const box = await screen.findByRole('textbox', { name: 'Text' });
    const toolbar = screen.getByRole('toolbar', { name: 'Text formatting' });
    const bold = within(toolbar).getByRole('button', { name: 'Bold' });
    await user.click(box);
    await user.keyboard('{Control>}a{/Control}');
    expect(bold.getAttribute('aria-pressed')).toBe('false');
    await user.click(bold);
    expect(bold.getAttribute('aria-pressed')).toBe('true');
    expect(runs(last())).toEqual([{ text: 'Checklist', marks: ['bold'] }]);
    await user.click(within(toolbar).getByRole('button', { name: 'H3 heading' }));
    expect((last() as unknown as Json).content?.[0]?.type).toBe('heading');
    await user.keyboard('{Control>}a{/Control}Steps{Enter}');
    await user.click(within(toolbar).getByRole('button', { name: 'Bulleted list' }));
    await user.keyboard('Open the file');
    const doc = last() as unknown as Json;
    expect(doc.content?.map((n) => n.type)).toEqual(['heading', 'bulletList']);
    expect(runs(last()).at(-1)?.text).toBe('Open the file');
    expect(richTextDocSchema.safeParse(last()).success).toBe(true);
  });

  it('link form: a javascript: address is refused, an https one is applied with Enter', async () => {
    const user = userEvent.setup();
    const { last, sent } = edit(paragraph('Read the guide'));
    const box = await screen.findByRole('textbox', { name: 'Text' });
    await user.click(box);
    await user.keyboard('{Control>}a{/Control}');
    await user.click(screen.getByRole('button', { name: 'Link' }));
    const address = screen.getByLabelText('Link address');
    expect(document.activeElement).toBe(address); // the form takes the focus
    await user.type(address, 'javascript:alert(1)');
    expect(address.getAttribute('aria-invalid')).toBe('true');
    expect((screen.getByRole('button', { name: 'Apply link' }) as HTMLButtonElement).disabled).toBe(true);
    await user.keyboard('{Enter}');
    expect(sent).toHaveLength(0);
    await user.clear(address);
    await user.type(address, 'https://example.org/guide{Enter}');
    expect(screen.queryByLabelText('Link address')).toBeNull();
    expect(runs(last())).toEqual([{ text: 'Read the guide', marks: ['link:https://example.org/guide'] }]);
    expect(richTextDocSchema.safeParse(last()).success).toBe(true);
  });
});

describe('callout typed in place on the canvas, stored through the editor store (real library)', () => {
  const sample = sampleEditorPerSuite();
  let callout: BlockOf<'callout'>;
  let lessonId: string;
  beforeAll(async () => {
    const ed = sample();
    const found = await ed.env.api.invoke('blocks.find', { courseId: ed.courseId, types: ['callout'] });
    if (!found.ok || !found.value[0]) throw new Error('the sample has no callout');
    const first = found.value[0];
    if (first.block.type !== 'callout') throw new Error(first.block.type);
    callout = first.block;
    lessonId = first.lessonId;
    await ed.stores.course.getState().loadLesson(lessonId);
  });

  /** The selected callout as the canvas shows it (its in-place part and settings): the draft, else the loaded block. */
  function SelectedCallout() {
    const draft = useEditor((s) => s.drafts[callout.id]);
    const loaded = useStore(sample().stores.course, (s) =>
      s.lessons[lessonId]?.blocks.find((b) => b.id === callout.id),
    );
    const editBlock = useEditor((s) => s.editBlock);
    const block = (draft ?? loaded ?? callout) as BlockOf<'callout'>;
    const part = CANVAS_PARTS.callout!;
    const Settings = part.settings!;
    return (
      <>
        <part.inPlace block={block} onChange={editBlock} graded={false} />
        <Settings block={block} onChange={editBlock} graded={false} />
      </>
    );
  }

  const storedCallout = async () => {
    const lesson = await sample().env.api.invoke('lessons.get', { lessonId });
    if (!lesson.ok) throw new Error(lesson.error.message);
    return lesson.value.blocks.find((b) => b.id === callout.id) as BlockOf<'callout'> | undefined;
  };

  it('title, bold text and the variant reach the library', async () => {
    const user = userEvent.setup();
    sample().render(<SelectedCallout />);
    const title = screen.getByLabelText('Callout title (optional)');
    await user.clear(title);
    await user.type(title, 'Before you start');
    const box = await screen.findByRole('textbox', { name: 'Callout text' });
    await user.click(box);
    await user.keyboard('{Control>}a{/Control}Save a copy {Control>}b{/Control}first{Control>}b{/Control}.');
    await user.selectOptions(screen.getByLabelText('Callout type'), 'warning');
    await waitFor(async () => {
      const stored = await storedCallout();
      expect(stored).toMatchObject({ title: 'Before you start', variant: 'warning' });
      expect(runs(stored!.doc)).toEqual([
        { text: 'Save a copy ', marks: [] },
        { text: 'first', marks: ['bold'] },
        { text: '.', marks: [] },
      ]);
    });
    // The canvas shows the new variant's markup.
    expect(box.closest('.cw-callout')?.classList.contains('cw-callout-warning')).toBe(true);
  });
});
