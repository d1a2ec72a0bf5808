// @vitest-environment happy-dom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useStore } from 'zustand';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EditorProvider } from '../../../../renderer/src/editor/editor-context';
import { QuizSettingsForm } from '../../../../renderer/src/editor/panels/quiz-settings-form';
import { createAppStores, type AppStores } from '../../../../renderer/src/stores/app-stores';
import { StoresProvider } from '../../../../renderer/src/stores/stores-context';
import { createInProcessApi, type InProcessApi } from '../../../support/in-process-api';

/** The form re-reads the lesson from the open course, as the lesson pane does. */
function QuizLessonForm({ stores, lessonId }: { stores: AppStores; lessonId: string }) {
  const tree = useStore(stores.course, (s) => s.tree);
  const lesson = tree?.modules.flatMap((m) => m.lessons).find((l) => l.id === lessonId);
  return lesson ? <QuizSettingsForm lesson={lesson} courseId={tree!.id} /> : null;
}

describe('quiz lesson settings form (real input, real library)', () => {
  let env: InProcessApi;
  let stores: AppStores;
  let courseId: string;
  let lessonId: string;
  beforeAll(async () => {
    env = await createInProcessApi();
    stores = createAppStores(env.api);
    const list = await env.api.invoke('courses.list', {});
    if (!list.ok) throw new Error(list.error.message);
    courseId = list.value.find((c) => c.isSample)!.id;
    await stores.course.getState().open(courseId);
    lessonId = stores.course
      .getState()
      .tree!.modules.flatMap((m) => m.lessons)
      .find((l) => l.kind === 'quiz')!.id;
  });
  afterAll(async () => {
    stores.dispose();
    await env.close();
  });

  it('stores attempts, layout and review choices on the lesson', async () => {
    const user = userEvent.setup();
    render(
      <StoresProvider stores={stores}>
        <EditorProvider>
          <QuizLessonForm stores={stores} lessonId={lessonId} />
        </EditorProvider>
      </StoresProvider>,
    );
    const attempts = screen.getByLabelText('Attempts (0 = unlimited)');
    expect((attempts as HTMLInputElement).value).toBe('0');
    await user.selectOptions(screen.getByLabelText('Layout'), 'onePerPage');
    await user.click(screen.getByLabelText('Learners must review their answers before retaking'));
    await user.clear(attempts);
    await user.type(attempts, '3');
    const stored = async () => {
      const tree = await env.api.invoke('courses.get', { courseId });
      if (!tree.ok) throw new Error(tree.error.message);
      return tree.value.modules.flatMap((m) => m.lessons).find((l) => l.id === lessonId)?.quiz;
    };
    await waitFor(async () =>
      expect(await stored()).toMatchObject({ layout: 'onePerPage', maxAttempts: 3, retakeAfterReview: true }),
    );
  });
});
