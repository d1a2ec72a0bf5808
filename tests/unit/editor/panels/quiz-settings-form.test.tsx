// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuizSettingsForm } from '../../../../renderer/src/editor/panels/quiz-settings-form';
import type { AppStores } from '../../../../renderer/src/stores/app-stores';
import type { InProcessApi } from '../../../support/in-process-api';
import { openSampleEditor, useOpenLesson, type SampleEditor } from '../../../support/sample-editor';

/** The form re-reads the lesson from the open course, as the lesson pane does. */
function QuizLessonForm({ stores, lessonId }: { stores: AppStores; lessonId: string }) {
  const { tree, lesson } = useOpenLesson(stores, lessonId);
  return lesson ? <QuizSettingsForm lesson={lesson} courseId={tree!.id} /> : null;
}

describe('quiz lesson settings form (real input, real library)', () => {
  let ed: SampleEditor;
  let env: InProcessApi;
  let stores: AppStores;
  let courseId: string;
  let lessonId: string;
  beforeAll(async () => {
    ed = await openSampleEditor();
    ({ env, stores, courseId } = ed);
    lessonId = ed.quizLessonId;
  });
  afterAll(() => ed.close());

  it('stores attempts, layout and review choices on the lesson', async () => {
    const user = userEvent.setup();
    ed.render(<QuizLessonForm stores={stores} lessonId={lessonId} />);
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
