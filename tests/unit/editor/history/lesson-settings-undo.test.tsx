// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoreApi } from 'zustand/vanilla';
import { defaultQuizSettings, type CourseTree, type Lesson } from '../../../../shared';
import { useEditorStores } from '../../../../renderer/src/editor/editor-context';
import type { EditorState } from '../../../../renderer/src/editor/editor-store';
import { LessonHeaderForm } from '../../../../renderer/src/editor/panels/lesson-header-form';
import { QuizSettingsForm } from '../../../../renderer/src/editor/panels/quiz-settings-form';
import { useEditorShortcuts } from '../../../../renderer/src/editor/use-editor-shortcuts';
import type { AppStores } from '../../../../renderer/src/stores/app-stores';
import { openSampleEditor, useOpenLesson, type SampleEditor } from '../../../support/sample-editor';

let editorStore: StoreApi<EditorState> | null = null;
const noHelp = () => {};

/** The lesson pane's quiz settings and header forms with the editor's keys, as the course screen mounts them. */
function Pane({ stores, lessonId }: { stores: AppStores; lessonId: string }) {
  const { editor } = useEditorStores();
  editorStore = editor;
  useEditorShortcuts(editor, noHelp);
  const { tree, lesson } = useOpenLesson(stores, lessonId);
  if (!tree || !lesson) return <p>No lesson</p>;
  return (
    <>
      <QuizSettingsForm lesson={lesson} courseId={tree.id} />
      <LessonHeaderForm key={lesson.id} lesson={lesson} />
    </>
  );
}

const lessonIn = (tree: CourseTree, id: string) => tree.modules.flatMap((m) => m.lessons).find((l) => l.id === id);
/** A lesson's own settings (absent quiz settings are the defaults). */
const settingsOf = (l: Lesson | undefined) =>
  l && { kind: l.kind, quiz: { ...defaultQuizSettings(), ...l.quiz }, header: l.header ?? null };

describe('undo/redo of a lesson’s quiz settings and header (real input, real library)', () => {
  let ed: SampleEditor;
  let lessonId: string;
  let imageId: string;
  const storedLesson = async () => lessonIn(await ed.stored(), lessonId);
  beforeEach(async () => {
    ed = await openSampleEditor();
    lessonId = ed.quizLessonId;
    const media = await ed.env.api.invoke('media.list', {});
    if (!media.ok) throw new Error(media.error.message);
    imageId = media.value.find((m) => m.kind === 'image')!.id;
  });
  afterEach(async () => {
    cleanup();
    editorStore = null;
    await ed.close();
  });

  it('Ctrl+Z and Ctrl+Shift+Z step through layout, image, alt text and band colour; the fields follow', async () => {
    const user = userEvent.setup();
    ed.render(<Pane stores={ed.stores} lessonId={lessonId} />);
    const layout = screen.getByLabelText('Layout') as HTMLSelectElement;
    await user.click(screen.getByText(/^Lesson header/));
    const image = screen.getByLabelText('Header image') as HTMLSelectElement;
    await waitFor(() => expect(image.querySelector(`option[value="${imageId}"]`)).not.toBeNull());
    const before = await storedLesson();
    expect(before?.header).toBeUndefined();

    // Four edits, each its own step.
    await user.selectOptions(layout, 'onePerPage');
    await waitFor(async () => expect((await storedLesson())?.quiz?.layout).toBe('onePerPage'));
    await user.selectOptions(image, imageId);
    await waitFor(async () => expect((await storedLesson())?.header?.imageAssetId).toBe(imageId));
    await user.type(screen.getByLabelText('Header image alt text (what the image shows)'), 'A tide table');
    await user.tab();
    await waitFor(async () => expect((await storedLesson())?.header?.imageAlt).toBe('A tide table'));
    await user.click(screen.getByLabelText('Colour band (when there is no image)'));
    await waitFor(async () => expect((await storedLesson())?.header?.color).toBe('#1a6b5c'));
    // A native colour picker takes no typed keys: its value is set as the picker sets it, then focus leaves.
    const colour = screen.getByLabelText('Band colour') as HTMLInputElement;
    fireEvent.change(colour, { target: { value: '#aa3355' } });
    fireEvent.blur(colour);
    await waitFor(async () => expect((await storedLesson())?.header?.color).toBe('#aa3355'));
    const after = await storedLesson();

    const undo = () => user.keyboard('{Control>}z{/Control}');
    const redo = () => user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await undo();
    await waitFor(async () => expect((await storedLesson())?.header?.color).toBe('#1a6b5c'));
    expect(colour.value).toBe('#1a6b5c');
    await undo();
    await waitFor(async () => expect((await storedLesson())?.header?.color).toBeNull());
    expect((screen.getByLabelText('Colour band (when there is no image)') as HTMLInputElement).checked).toBe(false);
    await undo();
    await waitFor(async () => expect((await storedLesson())?.header?.imageAlt).toBe(''));
    expect((screen.getByLabelText('Header image alt text (what the image shows)') as HTMLInputElement).value).toBe('');
    await undo();
    await waitFor(async () => expect((await storedLesson())?.header).toBeUndefined());
    expect(image.value).toBe('');
    await undo();
    await waitFor(async () => expect((await storedLesson())?.quiz?.layout).toBe('allOnOnePage'));
    expect(layout.value).toBe('allOnOnePage');
    expect(settingsOf(await storedLesson())).toEqual(settingsOf(before));

    for (let i = 0; i < 5; i++) await redo();
    await waitFor(async () => expect(settingsOf(await storedLesson())).toEqual(settingsOf(after)));
    expect(layout.value).toBe('onePerPage');
    expect(image.value).toBe(imageId);
    expect(colour.value).toBe('#aa3355');
  });

  it('undoing a lesson delete, a module delete, and duplicating keep the quiz settings and the header', async () => {
    const user = userEvent.setup();
    ed.render(<Pane stores={ed.stores} lessonId={lessonId} />);
    await user.selectOptions(screen.getByLabelText('Layout'), 'onePerPage');
    await user.click(screen.getByText(/^Lesson header/));
    await user.click(screen.getByLabelText('Colour band (when there is no image)'));
    await waitFor(async () => expect((await storedLesson())?.header?.color).toBe('#1a6b5c'));
    const edited = settingsOf(await storedLesson());
    expect(edited).toMatchObject({ kind: 'quiz', quiz: { layout: 'onePerPage' }, header: { color: '#1a6b5c' } });
    const editor = editorStore!.getState();
    const moduleId = (await storedLesson())!.moduleId;

    expect(await editor.deleteLesson(lessonId)).toBe(true);
    await screen.findByText('No lesson');
    expect(await storedLesson()).toBeUndefined();
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(async () => expect(settingsOf(await storedLesson())).toEqual(edited));
    // The form shows the restored lesson's settings.
    expect((screen.getByLabelText('Layout') as HTMLSelectElement).value).toBe('onePerPage');
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await waitFor(async () => expect(await storedLesson()).toBeUndefined());
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(async () => expect(settingsOf(await storedLesson())).toEqual(edited));

    expect(await editorStore!.getState().deleteModule(moduleId)).toBe(true);
    expect(await storedLesson()).toBeUndefined();
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(async () => expect(settingsOf(await storedLesson())).toEqual(edited));

    const copy = await editorStore!.getState().duplicateLesson(lessonId);
    expect(copy).not.toBeNull();
    expect(settingsOf(lessonIn(await ed.stored(), copy!.id))).toEqual(edited);
  });
});
