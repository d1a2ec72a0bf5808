import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block, CourseTree } from '../../../shared';
import { BlockList } from '../../../renderer/src/components/blocks/block-view';
import { createAppStores, type AppStores } from '../../../renderer/src/stores/app-stores';
import { StoresProvider } from '../../../renderer/src/stores/stores-context';
import { createInProcessApi, type InProcessApi } from '../../support/in-process-api';

/** Renders the real sample course's blocks read-only, as the course screen does. */
describe('read-only block rendering of the sample course', () => {
  let env: InProcessApi;
  let stores: AppStores;
  let tree: CourseTree;
  beforeAll(async () => {
    env = await createInProcessApi();
    stores = createAppStores(env.api);
    const list = await env.api.invoke('courses.list', {});
    if (!list.ok) throw new Error(list.error.message);
    await stores.course.getState().open(list.value.find((c) => c.isSample)!.id);
    tree = stores.course.getState().tree!;
  });
  afterAll(async () => {
    stores.dispose();
    await env.close();
  });

  const render = (blocks: Block[]) =>
    renderToStaticMarkup(
      <StoresProvider stores={stores}>
        <BlockList blocks={blocks} />
      </StoresProvider>,
    );
  const allBlocks = () => tree.modules.flatMap((m) => m.lessons.flatMap((l) => l.blocks));
  const first = <T extends Block['type']>(type: T) =>
    allBlocks().find((b) => b.type === type) as Extract<Block, { type: T }>;

  it('renders every lesson, one section per block, tagged with its type', () => {
    for (const lesson of tree.modules.flatMap((m) => m.lessons)) {
      const html = render(lesson.blocks);
      const types = [...html.matchAll(/data-block-type="([a-zA-Z]+)"/g)].map((m) => m[1]);
      expect(types).toEqual(lesson.blocks.map((b) => b.type));
      expect(html).not.toMatch(/<script|javascript:|\son[a-z]+="/i);
    }
  });

  it('media blocks use api.mediaUrl, alt text and caption tracks', () => {
    const image = first('image');
    const imageHtml = render([image]);
    expect(imageHtml).toContain(`src="/media/${image.assetId}"`);
    expect(imageHtml).toContain(`alt="${image.decorative ? '' : image.alt}"`);

    const video = first('video');
    const videoHtml = render([video]);
    expect(videoHtml).toMatch(/<video[^>]* controls=""/);
    expect(video.captions.length).toBeGreaterThan(0);
    for (const track of video.captions) {
      expect(videoHtml).toContain(`<track kind="captions" src="/media/${track.assetId}" srcLang="${track.language}"`);
    }

    const audio = first('audio');
    const audioHtml = render([audio]);
    expect(audioHtml).toMatch(/<audio[^>]* controls=""/);
    expect(audioHtml).toContain('<summary>Transcript</summary>');
  });

  it('a question shows its prompt and choices read-only, with the correct one marked', () => {
    const block = allBlocks().find((b) => b.type === 'question' && b.question.kind === 'singleChoice');
    if (block?.type !== 'question' || block.question.kind !== 'singleChoice') throw new Error('no single choice');
    const q = block.question;
    const html = render([block]);
    expect(html).toContain(q.prompt.replace(/'/g, '&#x27;').replace(/"/g, '&quot;'));
    expect(html).not.toMatch(/<input|<button/);
    const correct = q.choices.find((c) => c.id === q.correctChoiceId)!;
    const items = [...html.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]!);
    expect(items).toHaveLength(q.choices.length);
    expect(items.filter((li) => li.includes('Correct'))).toEqual([expect.stringContaining(escape(correct.text))]);
  });

  it('media without an asset yet shows a placeholder instead of a broken element', () => {
    const html = render([
      { id: '6f1b6d0e-3a44-4e55-9a66-778899aabbcc', type: 'image', assetId: null, alt: '', decorative: false },
    ]);
    expect(html).toContain('No image chosen yet.');
    expect(html).not.toContain('<img');
  });

  it('previews interactive blocks with every panel title and both faces of every card', () => {
    const accordion = first('accordion');
    const accHtml = render([accordion]);
    for (const item of accordion.items) expect(accHtml).toContain(`<summary>${escape(item.title)}</summary>`);
    const tabs = first('tabs');
    const tabsHtml = render([tabs]);
    expect(tabsHtml.match(/class="tabs-preview-panel"/g)).toHaveLength(tabs.items.length);
    for (const item of tabs.items) expect(tabsHtml).toContain(escape(item.title));
    const cards = first('flipCards');
    const cardsHtml = render([cards]);
    for (const card of cards.cards) {
      expect(cardsHtml).toContain(`<dt>${escape(card.front)}</dt>`);
      expect(cardsHtml).toContain(`<dd>${escape(card.back)}</dd>`);
    }
  });
});

function escape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/'/g, '&#x27;')
    .replace(/"/g, '&quot;');
}
