// @vitest-environment happy-dom
import { act, cleanup, render, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useMemo } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { BlockOf, CourseOutline, CourseTree, LessonTree } from '../../../shared';
import { PlayerBlockView, useCanvasContext } from '../../../renderer/src/editor/player-block-view';
import type { AppStores } from '../../../renderer/src/stores/app-stores';
import { StoresProvider } from '../../../renderer/src/stores/stores-context';
import { sampleCourseTree } from '../../support/player-course-tree';

// The only API member the view uses is the pure media URL builder.
const stores = { api: { mediaUrl: (id: string) => `/media/${id}` } } as unknown as AppStores;

/** What the editor holds: the outline (no blocks) beside the open lesson. */
const outlineOf = (tree: CourseTree): CourseOutline => ({
  ...tree,
  modules: tree.modules.map((m) => ({
    ...m,
    lessons: m.lessons.map(({ blocks, pool: _pool, ...l }) => ({ ...l, blockCount: blocks.length })),
  })),
});

function Canvas({ tree, lesson, override }: { tree: CourseTree; lesson: LessonTree; override?: BlockOf<'quote'> }) {
  const outline = useMemo(() => outlineOf(tree), [tree]);
  const ctx = useCanvasContext(outline, lesson);
  return (
    <ol>
      {lesson.blocks.map((b) => (
        <li key={b.id} data-block-type={b.type}>
          <PlayerBlockView block={override && override.id === b.id ? override : b} ctx={ctx} />
        </li>
      ))}
    </ol>
  );
}

const lessonWith = (tree: CourseTree, type: string): LessonTree =>
  tree.modules.flatMap((m) => m.lessons).find((l) => l.blocks.some((b) => b.type === type))!;

afterEach(cleanup);

describe('PlayerBlockView: the editor draws blocks with the player (Preact) views', () => {
  it('mounts the player view of a block, follows its edits and unmounts cleanly', () => {
    const tree = sampleCourseTree();
    const lesson = lessonWith(tree, 'quote');
    const quote = lesson.blocks.find((b): b is BlockOf<'quote'> => b.type === 'quote')!;
    const view = render(
      <StoresProvider stores={stores}>
        <Canvas tree={tree} lesson={lesson} />
      </StoresProvider>,
    );
    const item = view.container.querySelector('[data-block-type="quote"] .block-preview')!;
    expect(item.querySelector('figure.cw-quote blockquote')?.textContent).toBe(quote.text);
    expect(item.querySelector('figcaption')?.textContent).toBe(`— ${quote.attribution}`);
    // The flip cards of the same lesson are the player's buttons, not a static copy.
    expect(view.container.querySelector('[data-block-type="flipCards"] button.cw-flip')).not.toBeNull();

    view.rerender(
      <StoresProvider stores={stores}>
        <Canvas tree={tree} lesson={lesson} override={{ ...quote, text: 'Edited words.', attribution: '' }} />
      </StoresProvider>,
    );
    expect(item.querySelector('blockquote')?.textContent).toBe('Edited words.');
    expect(item.querySelector('figcaption')).toBeNull();

    view.unmount();
    expect(item.childElementCount).toBe(0);
  });

  it('lets the author try a question on the canvas as a learner would (nothing is stored)', async () => {
    const tree = sampleCourseTree();
    const lesson = lessonWith(tree, 'question');
    const block = lesson.blocks.find((b): b is BlockOf<'question'> => b.type === 'question')!;
    render(
      <StoresProvider stores={stores}>
        <Canvas tree={tree} lesson={lesson} />
      </StoresProvider>,
    );
    const section = document.querySelector<HTMLElement>(`section[data-question-id="${block.id}"]`)!;
    expect(section.querySelector('.cw-question-prompt')?.textContent).toBe(block.question.prompt);
    const user = userEvent.setup();
    expect(section.querySelector('[role="status"]')?.textContent?.trim()).toBe('');
    const first = section.querySelector<HTMLInputElement>('input')!;
    await user.click(first);
    await act(async () => {
      await user.click(within(section).getByRole('button', { name: /Check answer/ }));
    });
    expect(section.querySelector('[role="status"]')?.textContent?.trim()).not.toBe('');
  });
});
