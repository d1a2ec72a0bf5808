// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useStore } from 'zustand';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoursewrightApi, LessonTree } from '../../../shared';
import { CONNECTION_LOST } from '../../../renderer/src/api/browser-api';
import { LessonPane } from '../../../renderer/src/screens/course/lesson-pane';
import type { AppStores } from '../../../renderer/src/stores/app-stores';
import { openSampleEditor, type SampleEditor } from '../../support/sample-editor';

/** The lesson pane as the course screen mounts it: the outline from the open course. */
function Pane({ stores, lessonId }: { stores: AppStores; lessonId: string }) {
  const tree = useStore(stores.course, (s) => s.tree);
  return tree ? <LessonPane tree={tree} lessonId={lessonId} /> : null;
}

describe('lesson pane: a lesson whose blocks could not be loaded (real input, real library)', () => {
  let ed: SampleEditor;
  let lesson: LessonTree;
  /** `lessons.get` calls that reached the transport, and how many of the next ones it drops. */
  let gets = 0;
  let dropNext = 0;
  beforeEach(async () => {
    ed = await openSampleEditor();
    const course = await ed.stored();
    lesson = course.modules.flatMap((m) => m.lessons).find((l) => l.blocks.length >= 2)!;
    // The transport boundary: the connection drops during the next `lessons.get`, as the browser API reports it.
    const api: CoursewrightApi = ed.env.api;
    const invoke = api.invoke.bind(api);
    api.invoke = ((channel, input) => {
      if (channel === 'lessons.get') {
        gets++;
        if (dropNext > 0) {
          dropNext--;
          return Promise.resolve({ ok: false, error: CONNECTION_LOST });
        }
      }
      return invoke(channel, input);
    }) as CoursewrightApi['invoke'];
  });
  afterEach(async () => {
    cleanup();
    await ed.close();
    gets = 0;
    dropNext = 0;
  });

  it('says so with "Try again", and the click loads the blocks', async () => {
    const user = userEvent.setup();
    dropNext = 1;
    ed.render(<Pane stores={ed.stores} lessonId={lesson.id} />);
    const main = screen.getByRole('main');
    await screen.findByText(/could not be loaded/);
    expect(gets).toBe(1);
    expect(main.getAttribute('aria-busy')).toBe('false');
    expect(main.querySelectorAll('[data-block-id], [data-block-type]')).toHaveLength(0);
    // The failure reached the user through the store's error too (not swallowed).
    expect(ed.stores.course.getState().error?.message).toBe(CONNECTION_LOST.message);

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(main.querySelectorAll('[data-block-type]')).toHaveLength(lesson.blocks.length));
    expect(gets).toBe(2);
    expect(screen.queryByText(/could not be loaded/)).toBeNull();
    expect(main.getAttribute('aria-busy')).toBe('false');
    expect([...main.querySelectorAll('[data-block-type]')].map((el) => el.getAttribute('data-block-type'))).toEqual(
      lesson.blocks.map((b) => b.type),
    );
    expect(within(main).getByRole('heading', { level: 1 }).textContent).toBe(lesson.title);
  });

  it('shows "Try again" again when the retry fails too, and loads on the next click', async () => {
    const user = userEvent.setup();
    dropNext = 2;
    ed.render(<Pane stores={ed.stores} lessonId={lesson.id} />);
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(gets).toBe(2));
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    const main = screen.getByRole('main');
    await waitFor(() => expect(main.querySelectorAll('[data-block-type]')).toHaveLength(lesson.blocks.length));
    expect(gets).toBe(3);
  });
});
