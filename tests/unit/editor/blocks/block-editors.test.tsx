import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { QUESTION_KINDS, type Block, type BlockType } from '../../../../shared';
import { BlockEditor } from '../../../../renderer/src/editor/blocks/block-editor';
import { newBlock, newQuestion } from '../../../../renderer/src/editor/blocks/new-block';
import { EditorProvider } from '../../../../renderer/src/editor/editor-context';
import { StoresProvider } from '../../../../renderer/src/stores/stores-context';
import { editorStoresPerSuite } from '../../../support/block-editor-harness';

/**
 * Server-renders the editor of one block (rich-text fields need a live DOM: rich-text-input.test.tsx and the e2e
 * specs type into them).
 */
describe('block editors render every field of their block', () => {
  const open = editorStoresPerSuite();

  const block = (type: BlockType, patch: object = {}): Block =>
    ({ ...newBlock(type), id: crypto.randomUUID(), ...patch }) as Block;
  const render = (b: Block, graded = false) =>
    renderToStaticMarkup(
      <StoresProvider stores={open().stores}>
        <EditorProvider>
          <BlockEditor block={b} onChange={() => undefined} graded={graded} />
        </EditorProvider>
      </StoresProvider>,
    );

  it('heading: level and text', () => {
    const html = render(block('heading', { text: 'Why it matters', level: 3 }));
    expect(html).toContain('Heading text');
    expect(html).toContain('value="Why it matters"');
    expect(html).toMatch(/<option value="3" selected="">/);
  });

  it('image: file, alt text unless decorative, caption', () => {
    const html = render(block('image', { alt: 'A desk' }));
    expect(html).toContain('Image file');
    expect(html).toContain('value="A desk"');
    expect(html).toContain('Caption (optional)');
    expect(render(block('image', { decorative: true }))).not.toContain('Alt text');
  });

  it('video: file, title, poster and captions; audio: transcript', () => {
    const video = render(
      block('video', { captions: [{ assetId: crypto.randomUUID(), language: 'fr', label: 'Français' }] }),
    );
    for (const label of [
      'Video file',
      'Video title',
      'Poster image (optional)',
      'Caption file 1',
      'Add captions…',
      'Or reuse a caption file',
    ])
      expect(video).toContain(label);
    expect(video).toContain('value="Français"');
    const audio = render(block('audio', { transcript: 'Hello there' }));
    expect(audio).toContain('Transcript');
    expect(audio).toContain('Hello there');
  });

  it('divider: style', () => {
    expect(render(block('divider', { style: 'space' }))).toMatch(/<option value="space" selected="">/);
  });

  it('question: every kind shows its answer fields, feedback, points and attempts', () => {
    const expected = {
      singleChoice: ['Choice 1', 'Feedback for choice 1', 'Add choice', 'type="radio"'],
      multipleResponse: ['Choice 2', 'type="checkbox"', 'tick every correct answer'],
      trueFalse: ['Correct answer', 'True</label>', 'False</label>'],
      textEntry: ['Accepted answer 1', 'case-sensitive'],
      matching: ['Prompt 1', 'Match 2', 'Add pair'],
      ordering: ['Item 1', 'Move item 2 up', 'Add item'],
      numeric: ['Answer', 'Tolerance (±)', 'A value, give or take a tolerance'],
      fillBlanks: ['Write each blank in brackets', '2 blanks.', 'case-sensitive'],
      likert: ['Step 1', 'Strongly agree', 'Add step'],
      categorize: ['Category 1', 'Category of item 2', 'Add item'],
      hotspot: ['Image file', 'Region 1 label', 'X % (region 1)', 'Add region'],
    } as const;
    for (const kind of QUESTION_KINDS) {
      const html = render(block('question', { question: newQuestion(kind) }), true);
      for (const text of [
        ...expected[kind],
        'Question prompt',
        'Feedback when correct',
        'Feedback when incorrect',
        'Points',
        'Attempts',
      ])
        expect(html, `${kind}: ${text}`).toContain(text);
    }
    expect(render(block('question'), false)).toContain('Not graded outside quiz lessons');
    expect(render(block('question'), true)).not.toContain('Not graded outside quiz lessons');
  });

  it('interactive blocks: titles per item, move/remove controls disabled at the bounds, add buttons', () => {
    const tabs = render(block('tabs'));
    expect(tabs).toContain('Tab 1 title');
    expect(tabs).toContain('value="Tab 2"');
    expect(tabs).toMatch(/aria-label="Move tab 1 up" disabled=""/);
    expect(tabs).toMatch(/aria-label="Remove tab 1" disabled=""/); // two tabs is the minimum
    expect(tabs).toContain('Add tab');
    const accordion = render(block('accordion'));
    expect(accordion).toContain('Section 1 title');
    expect(accordion).toContain('Add section');
    const cards = render(
      block('flipCards', {
        cards: [
          { id: crypto.randomUUID(), front: 'Synchronous', back: 'Live, together' },
          { id: crypto.randomUUID(), front: 'Asynchronous', back: 'Any time' },
        ],
      }),
    );
    expect(cards).toContain('Card 2 front');
    expect(cards).toContain('value="Asynchronous"');
    expect(cards).toContain('Live, together</textarea>');
    expect(cards).not.toMatch(/aria-label="Remove card 1" disabled=""/);
    expect(cards).toMatch(/aria-label="Move card 2 down" disabled=""/);
  });
});
