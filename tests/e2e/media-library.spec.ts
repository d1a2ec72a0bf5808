import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/fixtures';

/**
 * The media library panel through the browser host: upload with the file input (no file paths in a
 * browser), watch upload and transcode progress, then edit and save a caption cue.
 */
test('media library: upload a clip, see it processed, edit captions', async ({ page, host }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-e2e-media-'));
  try {
    // MPEG-4 Part 2 + MP2: not compliant, so the full H.264 encode path (with progress) runs.
    const clip = path.join(dir, 'lecture.mp4');
    execFileSync('ffmpeg', [
      ...['-hide_banner', '-loglevel', 'error', '-y'],
      ...['-f', 'lavfi', '-i', 'testsrc2=size=320x240:rate=25:duration=2'],
      ...['-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000:duration=2'],
      ...['-c:v', 'mpeg4', '-c:a', 'mp2', '-shortest', clip],
    ]);
    // A captions asset, imported by path through the API as the CLI or Electron would.
    const vtt = path.join(dir, 'lecture.en.vtt');
    fs.writeFileSync(vtt, 'WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nHello\n\n00:00:01.000 --> 00:00:02.000\nWorld\n');

    await page.goto(host.url);
    const imported = await page.request.post(`${host.origin}/api/invoke/captions.import`, {
      data: { path: vtt, language: 'en', label: 'English' },
      headers: { Authorization: `Bearer ${host.token}` },
    });
    expect(((await imported.json()) as { ok: boolean }).ok).toBe(true);

    await page.getByRole('main').getByRole('link', { name: 'Asynchronous Learning 101' }).click();
    await page.getByRole('button', { name: 'Media', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Media library' });
    await expect(panel).toBeVisible();

    await panel.getByLabel('Add video, audio or images').setInputFiles(clip);
    await expect(panel.getByRole('list', { name: 'Uploads' }).getByText('uploaded')).toBeVisible();

    const row = panel.getByRole('listitem', { name: 'lecture.mp4' });
    await expect(row).toBeVisible();
    await expect(row.getByText('video', { exact: true }).first()).toBeVisible();
    // The encode job's bar reaches the end, and the asset ends ready with its probed metadata.
    await expect(row.getByRole('progressbar', { name: 'lecture.mp4 video done' })).toBeVisible({ timeout: 45_000 });
    await expect(row.getByRole('progressbar', { name: 'lecture.mp4 video done' })).toHaveAttribute('value', '1');
    await expect(row.locator('.media-status')).toHaveText('ready', { timeout: 45_000 });
    await expect(row.locator('.media-meta')).toContainText('320×240');
    await expect(row.locator('.media-meta')).toContainText('0:02');

    // Captions: open, edit a cue, see it validated, save.
    const captionsRow = panel.getByRole('listitem', { name: 'lecture.en.vtt' });
    await captionsRow.getByRole('button', { name: /Edit captions/ }).click();
    const editor = panel.getByRole('region', { name: 'Caption cues' });
    await expect(editor.getByLabel('Cue 1 text')).toHaveValue('Hello');
    await editor.getByLabel('Cue 1 end').fill('later');
    await expect(editor.getByText(/Malformed timestamp/)).toBeVisible();
    await expect(editor.getByRole('button', { name: 'Save captions' })).toBeDisabled();
    await editor.getByLabel('Cue 1 end').fill('00:00:01.000');
    await editor.getByLabel('Cue 1 text').fill('Hello, learners');
    await expect(editor.getByText('No problems found.')).toBeVisible();
    await editor.getByRole('button', { name: 'Save captions' }).click();
    await expect(editor.getByText('Captions saved.')).toBeVisible();

    // The saved captions are a new asset whose file holds the edit.
    const list = await page.request.post(`${host.origin}/api/invoke/media.list`, {
      data: {},
      headers: { Authorization: `Bearer ${host.token}` },
    });
    const items = ((await list.json()) as { value: { id: string; kind: string; fileName: string }[] }).value;
    const captions = items.filter((i) => i.kind === 'captions' && i.fileName === 'lecture.en.vtt');
    expect(captions).toHaveLength(2);
    const texts = await Promise.all(
      captions.map(async (c) =>
        (
          await page.request.get(`${host.origin}/media/${c.id}`, { headers: { Authorization: `Bearer ${host.token}` } })
        ).text(),
      ),
    );
    expect(texts.some((t) => t.includes('Hello, learners'))).toBe(true);

    // The sample video's own track, opened from the video's row: saving re-points the video block.
    const auth = { Authorization: `Bearer ${host.token}` };
    const invoke = async <T>(channel: string, data: unknown): Promise<T> =>
      (
        (await (await page.request.post(`${host.origin}/api/invoke/${channel}`, { data, headers: auth })).json()) as {
          value: T;
        }
      ).value;
    type Tree = { modules: { lessons: { blocks: { type: string; captions?: { assetId: string }[] }[] }[] }[] };
    const sampleCaptions = async () => {
      const [course] = await invoke<{ id: string }[]>('courses.list', {});
      const tree = await invoke<Tree>('courses.get', { courseId: course!.id });
      const blocks = tree.modules.flatMap((m) => m.lessons.flatMap((l) => l.blocks));
      return blocks.find((b) => b.type === 'video')?.captions?.[0]?.assetId;
    };
    const before = await sampleCaptions();
    const welcome = panel.getByRole('listitem', { name: 'welcome.mp4' });
    await welcome.getByRole('button', { name: /Edit English captions/ }).click();
    await expect(editor.getByLabel('Cue 1 text')).not.toHaveValue('Hello, learners');
    await editor.getByLabel('Cue 1 text').fill('Edited from the media library');
    await expect(editor.getByText('No problems found.')).toBeVisible();
    await editor.getByRole('button', { name: 'Save captions' }).click();
    await expect(editor.getByText('Captions saved.')).toBeVisible();
    await expect.poll(sampleCaptions).not.toBe(before);
    const after = await sampleCaptions();
    expect(await (await page.request.get(`${host.origin}/media/${after}`, { headers: auth })).text()).toContain(
      'Edited from the media library',
    );

    const axe = await new AxeBuilder({ page }).include('.side-panel').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual(
      [],
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('media library: a file dropped on the drop zone is uploaded and listed', async ({ page, host }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-e2e-drop-'));
  try {
    const image = path.join(dir, 'diagram.png');
    execFileSync('ffmpeg', [
      ...['-hide_banner', '-loglevel', 'error', '-y'],
      ...['-f', 'lavfi', '-i', 'testsrc2=size=200x150:duration=1', '-frames:v', '1', image],
    ]);
    const bytes = fs.readFileSync(image).toString('base64');
    await page.goto(host.url);
    await page.getByRole('main').getByRole('link', { name: 'Asynchronous Learning 101' }).click();
    await page.getByRole('button', { name: 'Media', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Media library' });
    // A real drop event carrying a File, as the OS drag and drop would deliver it.
    const dataTransfer = await page.evaluateHandle((b64) => {
      const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([data], 'diagram.png', { type: 'image/png' }));
      return dt;
    }, bytes);
    await panel.locator('.media-drop-zone').dispatchEvent('drop', { dataTransfer });
    const row = panel.getByRole('listitem', { name: 'diagram.png' });
    await expect(row.locator('.media-status')).toHaveText('ready', { timeout: 30_000 });
    await expect(row.locator('.media-meta')).toContainText('200×150');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
