// @vitest-environment happy-dom
import fs from 'node:fs';
import path from 'node:path';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { blockSchema, type BlockType } from '../../../../shared';
import { ToastRegion } from '../../../../renderer/src/components/ui/toast-region';
import { editorStoresPerSuite, renderBlockEditor } from '../../../support/block-editor-harness';

/*
 * The image, video and audio block forms with real input: typed alt text, captions, titles and transcripts, and a
 * file chosen with user-event's `upload`. The files go through the desktop path: the API's `pathForFile` (Electron's
 * webUtils.getPathForFile) is the stand-in, answering where each test file was written, and the real library
 * imports it (`media.import`, `captions.import`); refusals come back as the app's error notices.
 */
describe('media block forms (real input, files imported by the real library)', () => {
  const onDisk = new Map<string, string>();
  const open = editorStoresPerSuite((env) => ({ ...env.api, pathForFile: (f: File) => onDisk.get(f.name) ?? '' }));
  /** Writes a file the author will "choose", and returns it as the browser's File. */
  const file = (name: string, content: string, type: string) => {
    const at = path.join(open().env.dir, 'picked', name);
    fs.mkdirSync(path.dirname(at), { recursive: true });
    fs.writeFileSync(at, content);
    onDisk.set(name, at);
    return new File([content], name, { type });
  };
  const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20"/></svg>';
  const VTT = 'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nGuten Tag.\n';
  afterEach(cleanup);

  /** One block's form, re-rendered with each block it sends (as the lesson editor does), under the app's toasts. */
  const edit = <T extends BlockType>(type: T) => renderBlockEditor(open().stores, type, { before: <ToastRegion /> });

  it('image: an imported file becomes the block’s image; alt text, caption and decorative are typed and ticked', async () => {
    const user = userEvent.setup();
    const { last } = edit('image');
    const picker = screen.getByLabelText('Image file') as HTMLSelectElement;
    await user.click(screen.getByText('Import a file into the media library…'));
    const importButton = screen.getByRole('button', { name: 'Import' }) as HTMLButtonElement;
    expect(importButton.disabled).toBe(true); // nothing chosen yet
    await user.upload(screen.getByLabelText('File to import'), file('diagram.svg', SVG, 'image/svg+xml'));
    expect(importButton.disabled).toBe(false);
    await user.click(importButton);
    await waitFor(() => expect(last().assetId).toBeTruthy());
    // The picker lists the new file (the media list was reloaded) and shows it chosen.
    await waitFor(() => expect(picker.value).toBe(last().assetId));
    expect(picker.selectedOptions[0]?.textContent).toContain('diagram.svg');

    await user.type(screen.getByLabelText('Alt text (what the image shows)'), 'Two boxes joined by an arrow');
    await user.type(screen.getByLabelText('Caption (optional)'), 'Figure 1');
    expect(last()).toMatchObject({ alt: 'Two boxes joined by an arrow', caption: 'Figure 1', decorative: false });
    await user.clear(screen.getByLabelText('Caption (optional)'));
    expect('caption' in last()).toBe(false); // an emptied caption is dropped, not stored as ""
    await user.click(screen.getByLabelText('Decorative (screen readers skip it)'));
    expect(last().decorative).toBe(true);
    expect(screen.queryByLabelText('Alt text (what the image shows)')).toBeNull();
    expect(blockSchema.safeParse(last()).success).toBe(true);
  });

  it('image: the picker offers media only; an empty or unreadable SVG is refused with an error naming it', async () => {
    const user = userEvent.setup();
    const { sent } = edit('image');
    await user.click(screen.getByText('Import a file into the media library…'));
    const chooser = screen.getByLabelText('File to import') as HTMLInputElement;
    const importButton = screen.getByRole('button', { name: 'Import' }) as HTMLButtonElement;
    // The chooser's filter (accept) leaves a captions file out, as the browser's picker does.
    await user.upload(chooser, file('track.vtt', VTT, 'text/vtt'));
    expect(chooser.files).toHaveLength(0);
    expect(importButton.disabled).toBe(true);

    await user.upload(chooser, file('blank.svg', '', 'image/svg+xml'));
    await user.click(importButton);
    const error = await screen.findByText(/blank\.svg is empty \(0 bytes\)/);
    expect(error.closest('.toast-error')).toBeTruthy();
    await user.upload(chooser, file('broken.svg', '<svg><g></svg', 'image/svg+xml'));
    await user.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(document.querySelectorAll('.toast-error')).toHaveLength(2));
    expect(document.querySelectorAll('.toast-error')[1]?.textContent).toContain('broken.svg');
    expect(sent).toHaveLength(0); // the block got no file
    expect((screen.getByLabelText('Image file') as HTMLSelectElement).value).toBe('');
  });

  it('video: title, and a caption track uploaded with its language and label (which must not be empty)', async () => {
    const user = userEvent.setup();
    const { last } = edit('video');
    await user.type(screen.getByLabelText('Video title'), 'Giving feedback in person');
    expect(last().title).toBe('Giving feedback in person');

    await user.click(screen.getByText('Add captions…'));
    const language = screen.getByLabelText('Language code');
    const label = screen.getByLabelText('Label learners see');
    const add = screen.getByRole('button', { name: 'Add captions' }) as HTMLButtonElement;
    await user.upload(screen.getByLabelText('Caption file (.srt or .vtt)'), file('de.vtt', VTT, 'text/vtt'));
    expect(add.disabled).toBe(false);
    await user.clear(language);
    expect(add.disabled).toBe(true); // no language, no track
    expect((screen.getByRole('button', { name: 'Create captions' }) as HTMLButtonElement).disabled).toBe(true);
    await user.type(language, 'de');
    await user.clear(label);
    expect(add.disabled).toBe(true); // no label either
    await user.type(label, 'Deutsch');
    await user.click(add);
    await waitFor(() => expect(last().captions).toHaveLength(1));
    expect(last().captions[0]).toMatchObject({ language: 'de', label: 'Deutsch' });
    const track = within(screen.getByRole('group', { name: 'Captions' }));
    expect((track.getByLabelText('Language') as HTMLInputElement).value).toBe('de');
    expect(await screen.findByText('Captions “Deutsch” added.')).toBeTruthy();
    expect(blockSchema.safeParse(last()).success).toBe(true);
  });

  it('audio: title and transcript; an emptied transcript is dropped', async () => {
    const user = userEvent.setup();
    const { last } = edit('audio');
    await user.type(screen.getByLabelText('Audio title'), 'Interview');
    await user.type(screen.getByLabelText('Transcript'), 'Q: What helps most?');
    expect(last()).toMatchObject({ title: 'Interview', transcript: 'Q: What helps most?' });
    await user.clear(screen.getByLabelText('Transcript'));
    expect('transcript' in last()).toBe(false);
  });
});
