// @vitest-environment happy-dom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type * as Sortable from '@dnd-kit/sortable';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Block } from '../../../shared';
import { createAppStores, type AppStores } from '../../../renderer/src/stores/app-stores';
import { StoresProvider, useCourse } from '../../../renderer/src/stores/stores-context';
import { EditorProvider, useEditorStores } from '../../../renderer/src/editor/editor-context';
import type { EditorState } from '../../../renderer/src/editor/editor-store';
import { CourseOutline } from '../../../renderer/src/screens/course/course-outline';
import { createInProcessApi, type InProcessApi } from '../../support/in-process-api';

// Each lesson row calls useSortable exactly once per render: counting the calls counts row renders.
const rowRenders: string[] = [];
vi.mock('@dnd-kit/sortable', async (importOriginal) => {
  const original = await importOriginal<typeof Sortable>();
  return {
    ...original,
    useSortable: (args: Parameters<typeof original.useSortable>[0]) => {
      rowRenders.push(String(args.id));
      return original.useSortable(args);
    },
  };
});

let editorState: (() => EditorState) | null = null;
function Outline() {
  const tree = useCourse((s) => s.tree);
  const { editor } = useEditorStores();
  editorState = editor.getState;
  return tree ? <CourseOutline tree={tree} selectedLessonId={null} /> : null;
}

describe('course outline rows (happy-dom, real router + SQLite)', () => {
  let env: InProcessApi;
  let stores: AppStores;
  beforeEach(async () => {
    env = await createInProcessApi({ seedSample: false });
    const lib = env.context.library;
    const course = lib.createCourse({ title: 'Rows' });
    for (let m = 0; m < 3; m++) {
      const mod = lib.createModule(course.id, `Module ${m + 1}`);
      for (let l = 0; l < 5; l++) {
        const lesson = lib.createLesson(mod.id, `Lesson ${m + 1}.${l + 1}`);
        lib.createBlock(lesson.id, { type: 'heading', level: 2, text: 'Heading' });
      }
    }
    stores = createAppStores(env.api);
    await stores.course.getState().open(course.id);
    rowRenders.length = 0;
  });
  afterEach(async () => {
    cleanup();
    await env.close();
  });

  const mount = () =>
    render(
      <StoresProvider stores={stores}>
        <EditorProvider>
          <Outline />
        </EditorProvider>
      </StoresProvider>,
    );

  it('a stored block edit re-renders no lesson row; a rename re-renders that row only', async () => {
    mount();
    expect(screen.getAllByRole('link').length).toBe(15);
    const tree = stores.course.getState().tree!;
    const lesson = tree.modules[1]!.lessons[2]!;
    const loaded = (await act(() => stores.course.getState().loadLesson(lesson.id)))!;
    const heading = loaded.blocks[0]!;

    rowRenders.length = 0;
    await act(async () => {
      editorState!().editBlock({ ...heading, text: 'Edited' } as Block);
      await editorState!().flush();
    });
    expect(stores.course.getState().lessons[lesson.id]!.blocks[0]).toMatchObject({ text: 'Edited' }); // stored
    expect(rowRenders).toEqual([]);

    await act(async () => {
      await editorState!().renameLesson(lesson.id, 'Renamed');
    });
    expect(screen.getByRole('link', { name: 'Renamed' })).toBeTruthy();
    expect(new Set(rowRenders)).toEqual(new Set([lesson.id]));
  });

  it('the actions menu works by keyboard: arrows, Home/End, Escape returns focus, Enter chooses', async () => {
    const user = userEvent.setup();
    mount();
    const button = screen.getByRole('button', { name: 'Actions for lesson Lesson 1.2' });
    button.focus();
    await user.keyboard('{ArrowDown}');
    const menu = screen.getByRole('menu', { name: 'Actions for lesson Lesson 1.2' });
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(within(menu).getByRole('menuitem', { name: 'Rename' }));
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(within(menu).getByRole('menuitem', { name: 'Delete' }));
    await user.keyboard('{Home}{ArrowUp}');
    expect(document.activeElement).toBe(within(menu).getByRole('menuitem', { name: 'Delete' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
    // Enter opens; typing "m" jumps to "Move up"; Enter moves the lesson up.
    await user.keyboard('{Enter}');
    await user.keyboard('m');
    expect(document.activeElement?.textContent).toBe('Move up');
    await act(async () => {
      await user.keyboard('{Enter}');
      await vi.waitFor(() => {
        const titles = stores.course.getState().tree!.modules[0]!.lessons.map((l) => l.title);
        expect(titles.slice(0, 2)).toEqual(['Lesson 1.2', 'Lesson 1.1']);
      });
    });
  });
});
