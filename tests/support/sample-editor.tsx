import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterAll, beforeAll } from 'vitest';
import { useStore } from 'zustand';
import type { CourseTree, Lesson } from '../../shared';
import { QuizSettingsForm } from '../../renderer/src/editor/panels/quiz-settings-form';
import { EditorProvider } from '../../renderer/src/editor/editor-context';
import { createAppStores, type AppStores } from '../../renderer/src/stores/app-stores';
import { StoresProvider } from '../../renderer/src/stores/stores-context';
import { createInProcessApi, type InProcessApi } from './in-process-api';

/** The sample course open in the editor's stores over a real in-process library (editor panel tests, real input). */
export interface SampleEditor {
  readonly env: InProcessApi;
  readonly stores: AppStores;
  readonly courseId: string;
  /** The sample's quiz lesson. */
  readonly quizLessonId: string;
  /** The course as stored: read through the API, not from the store. */
  stored(): Promise<CourseTree>;
  /** One lesson of the course as stored (its quiz settings, header…). */
  storedLesson(lessonId: string): Promise<Lesson | undefined>;
  /** Renders `ui` inside the app's stores and editor providers, as the course screen does. */
  render(ui: ReactNode): RenderResult;
  close(): Promise<void>;
}

/** Opens the sample course; `prepare` runs against the library before the editor's store opens it. */
export async function openSampleEditor(
  prepare?: (env: InProcessApi, course: CourseTree) => Promise<void>,
): Promise<SampleEditor> {
  const env = await createInProcessApi();
  const stores = createAppStores(env.api);
  const list = await env.api.invoke('courses.list', {});
  if (!list.ok) throw new Error(list.error.message);
  const courseId = list.value.find((c) => c.isSample)!.id;
  const stored = async (): Promise<CourseTree> => {
    const tree = await env.api.invoke('courses.get', { courseId });
    if (!tree.ok) throw new Error(tree.error.message);
    return tree.value;
  };
  const course = await stored();
  await prepare?.(env, course);
  await stores.course.getState().open(courseId);
  const quizLessonId = course.modules.flatMap((m) => m.lessons).find((l) => l.kind === 'quiz')!.id;
  return {
    env,
    stores,
    courseId,
    quizLessonId,
    stored,
    storedLesson: async (lessonId) => (await stored()).modules.flatMap((m) => m.lessons).find((l) => l.id === lessonId),
    render: (ui) =>
      render(
        <StoresProvider stores={stores}>
          <EditorProvider>{ui}</EditorProvider>
        </StoresProvider>,
      ),
    close: async () => {
      stores.dispose();
      await env.close();
    },
  };
}

/** The open course's outline and one of its lessons, read from the store as the course screen reads them. */
export function useOpenLesson(stores: AppStores, lessonId: string) {
  const tree = useStore(stores.course, (s) => s.tree);
  const lesson = tree?.modules.flatMap((m) => m.lessons).find((l) => l.id === lessonId);
  return { tree, lesson };
}

/**
 * The sample course open for one describe block: opened before its tests, closed after them. Call the returned
 * function inside a test (or a hook that runs after beforeAll) to get it.
 */
export function sampleEditorPerSuite(
  prepare?: (env: InProcessApi, course: CourseTree) => Promise<void>,
): () => SampleEditor {
  let ed: SampleEditor | null = null;
  beforeAll(async () => {
    ed = await openSampleEditor(prepare);
  });
  afterAll(async () => {
    await ed?.close();
    ed = null;
  });
  return () => {
    if (!ed) throw new Error('the sample editor is open only while its suite runs');
    return ed;
  };
}

/** A lesson's quiz settings form, re-reading the lesson from the open course as the lesson pane does. */
export function QuizLessonForm({ stores, lessonId }: { stores: AppStores; lessonId: string }) {
  const { tree, lesson } = useOpenLesson(stores, lessonId);
  return tree && lesson ? <QuizSettingsForm lesson={lesson} courseId={tree.id} /> : null;
}
