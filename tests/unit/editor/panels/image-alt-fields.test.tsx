// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CourseTree } from '../../../../shared';
import { LessonHeaderForm } from '../../../../renderer/src/editor/panels/lesson-header-form';
import { SettingsPanel } from '../../../../renderer/src/editor/panels/settings-panel';
import type { AppStores } from '../../../../renderer/src/stores/app-stores';
import { sampleEditorPerSuite, useOpenLesson } from '../../../support/sample-editor';

/** The course settings and the first lesson's header form, reading the open course like the course screen does. */
function Screen({ stores, lessonId }: { stores: AppStores; lessonId: string }) {
  const { tree, lesson } = useOpenLesson(stores, lessonId);
  if (!tree || !lesson) return null;
  return (
    <>
      <SettingsPanel tree={tree} />
      <LessonHeaderForm lesson={lesson} />
    </>
  );
}

describe('alt text of the cover and lesson header images in the editor (real input, real library)', () => {
  let lessonId: string;
  const sample = sampleEditorPerSuite(async (api, tree) => {
    lessonId = tree.modules[0]!.lessons[0]!.id;
    // The first lesson gets a header image (the cover's), with no alt text yet.
    const header = { imageAssetId: tree.settings.cover.imageAssetId, color: null };
    const updated = await api.api.invoke('lessons.update', { lessonId, patch: { header } });
    if (!updated.ok) throw new Error(updated.error.message);
  });
  const stored = (): Promise<CourseTree> => sample().stored();
  const storedHeader = async () => (await sample().storedLesson(lessonId))?.header;

  it('types the cover and header image alt texts (stored on blur or Enter); decorative hides the header field', async () => {
    const user = userEvent.setup();
    const ed = sample();
    ed.render(<Screen stores={ed.stores} lessonId={lessonId} />);
    const alt = screen.getByLabelText('Cover image alt text (what the image shows)');
    await user.clear(alt);
    await user.type(alt, 'Learners on their own schedules');
    await user.tab();
    await waitFor(async () =>
      expect((await stored()).settings.cover).toMatchObject({
        imageAlt: 'Learners on their own schedules',
        imageDecorative: false,
      }),
    );

    // The lesson header: no alt text yet; open the form, describe the image, then mark it decorative instead.
    await user.click(screen.getByText(/^Lesson header/));
    const headerAlt = screen.getByLabelText('Header image alt text (what the image shows)');
    expect((headerAlt as HTMLInputElement).value).toBe('');
    await user.type(headerAlt, 'A tide table{Enter}');
    await waitFor(async () => expect(await storedHeader()).toMatchObject({ imageAlt: 'A tide table' }));
    await user.click(screen.getByLabelText('Header image is decorative (screen readers skip it)'));
    await waitFor(async () => expect(await storedHeader()).toMatchObject({ imageDecorative: true }));
    expect(screen.queryByLabelText('Header image alt text (what the image shows)')).toBeNull();
    // The cover's own fields are untouched by the header's.
    expect((await stored()).settings.cover.imageDecorative).toBe(false);
  });
});
