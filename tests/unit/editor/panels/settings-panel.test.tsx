// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useStore } from 'zustand';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CoursewrightApi } from '../../../../shared';
import { EditorProvider } from '../../../../renderer/src/editor/editor-context';
import { SettingsPanel } from '../../../../renderer/src/editor/panels/settings-panel';
import { createAppStores, type AppStores } from '../../../../renderer/src/stores/app-stores';
import { StoresProvider } from '../../../../renderer/src/stores/stores-context';
import { createInProcessApi, type InProcessApi } from '../../../support/in-process-api';

/** The panel reads the open course's tree, as the side panel does, so each stored change re-renders it. */
function OpenCourseSettings({ stores }: { stores: AppStores }) {
  const tree = useStore(stores.course, (s) => s.tree);
  return tree ? <SettingsPanel tree={tree} /> : null;
}

describe('course settings panel (real input, real library)', () => {
  let env: InProcessApi;
  let stores: AppStores;
  let courseId: string;
  /** Every input the panel sent to the library, in order. */
  const sent: { channel: string; input: unknown }[] = [];
  beforeAll(async () => {
    env = await createInProcessApi();
    const api: CoursewrightApi = {
      ...env.api,
      invoke: ((channel: string, input: unknown) => {
        sent.push({ channel, input });
        return (env.api.invoke as (c: string, i: unknown) => unknown)(channel, input);
      }) as CoursewrightApi['invoke'],
    };
    stores = createAppStores(api);
    const list = await env.api.invoke('courses.list', {});
    if (!list.ok) throw new Error(list.error.message);
    courseId = list.value.find((c) => c.isSample)!.id;
    await stores.course.getState().open(courseId);
  });
  afterAll(async () => {
    stores.dispose();
    await env.close();
  });
  afterEach(cleanup);

  const stored = async () => {
    const tree = await env.api.invoke('courses.get', { courseId });
    if (!tree.ok) throw new Error(tree.error.message);
    return tree.value;
  };
  const show = () =>
    render(
      <StoresProvider stores={stores}>
        <EditorProvider>
          <OpenCourseSettings stores={stores} />
        </EditorProvider>
      </StoresProvider>,
    );

  it('stores the description and language when the field loses focus, and refuses a bad language tag', async () => {
    const user = userEvent.setup();
    show();
    const description = screen.getByLabelText('Description');
    await user.clear(description);
    await user.type(description, 'A short course on giving feedback.');
    const language = screen.getByLabelText('Language');
    await user.clear(language);
    await user.type(language, 'not a tag!');
    expect(screen.getByText('Use a language tag such as en or en-GB')).toBeTruthy();
    expect(language.getAttribute('aria-invalid')).toBe('true');
    await user.tab(); // blur: the invalid language is not sent
    await waitFor(async () => expect((await stored()).description).toBe('A short course on giving feedback.'));

    await user.clear(language);
    await user.type(language, 'fr-CA{Enter}');
    await waitFor(async () => expect((await stored()).language).toBe('fr-CA'));
    // Saves run one after another, so a refused value would have been sent before this one.
    expect(JSON.stringify(sent)).not.toContain('not a tag!');
  });

  it('stores completion, passing score, navigation, font and video quality as they change', async () => {
    const user = userEvent.setup();
    show();
    await user.selectOptions(screen.getByLabelText('Course is complete when the learner has'), 'passed');
    // "Passed the quiz" alone has no viewed-lessons threshold.
    await waitFor(() => expect(screen.queryByLabelText('Lessons viewed (percent)')).toBeNull());
    // Typed over the selected value, as a designer selecting it does (clearing first: number-fields.test.tsx).
    const passing = screen.getByLabelText(/^Passing score/) as HTMLInputElement;
    await user.type(passing, '75', { initialSelectionStart: 0, initialSelectionEnd: passing.value.length });
    await user.selectOptions(screen.getByLabelText('Navigation'), 'linear');
    await user.selectOptions(screen.getByLabelText('Font'), 'serif');
    await user.selectOptions(screen.getByLabelText('Video quality'), '480p');
    await waitFor(async () =>
      expect((await stored()).settings).toMatchObject({
        completion: { rule: 'passed' },
        passingScore: 75,
        navigation: 'linear',
        theme: { fontFamily: 'serif' },
        videoQuality: '480p',
      }),
    );
  });

  it('stores a support e-mail, and keeps an invalid contact out', async () => {
    const user = userEvent.setup();
    show();
    const contact = screen.getByLabelText('Support contact (link or e-mail shown to learners)');
    await user.clear(contact);
    await user.type(contact, 'call me maybe');
    expect(screen.getByText('Enter a link starting with https:// or an e-mail address')).toBeTruthy();
    await user.tab();
    await user.clear(contact);
    await user.type(contact, 'help@example.org');
    await user.tab();
    await waitFor(async () => expect((await stored()).settings.supportContact).toBe('help@example.org'));
    expect(JSON.stringify(sent)).not.toContain('call me maybe');
  });

  it('stores the theme and its variant picked from the radio groups', async () => {
    const user = userEvent.setup();
    show();
    const before = (await stored()).settings.theme;
    const other = before.name === 'bold' ? 'soft' : 'bold';
    const option = document.querySelector(`[data-theme-option="${other}"] input`) as HTMLInputElement;
    await user.click(option);
    await user.click(screen.getByRole('radio', { name: before.variant === 'dark' ? 'Light' : 'Dark' }));
    await waitFor(async () =>
      expect((await stored()).settings.theme).toMatchObject({
        name: other,
        variant: before.variant === 'dark' ? 'light' : 'dark',
        brandColor: before.brandColor,
      }),
    );
    expect(option.checked).toBe(true);
  });
});
