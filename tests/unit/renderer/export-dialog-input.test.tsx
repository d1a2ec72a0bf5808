// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppErrorShape, CoursewrightApi, ExportProgressEvent, ExportReport, Result } from '../../../shared';
import { CourseActions } from '../../../renderer/src/preview/course-actions';
import { createAppStores, type AppStores } from '../../../renderer/src/stores/app-stores';
import { StoresProvider } from '../../../renderer/src/stores/stores-context';
import { createInProcessApi, type InProcessApi } from '../../support/in-process-api';

/*
 * The export dialog as the course screen opens it ("Export…" in the course actions), driven by clicks and keys.
 * The API is the real in-process library (course settings, reporting choices) except at the export boundary:
 * the desktop Save dialog (`files.chooseSavePath`), `export.start`/`export.cancel` and the `export.progress`
 * events are scripted, so each state of a job can be shown and checked. Escape closing the native <dialog> is not
 * driven here: happy-dom's <dialog> has no `cancel` on Escape; tests/e2e/export-dialog.spec.ts covers it in Chromium.
 */

interface Script {
  /** What the Save dialog answers: a path, or null when the author cancels it. */
  savePath: string | null;
  /** An error `export.start` answers instead of starting. */
  startError: AppErrorShape | null;
  started: { courseId: string; format: string; outPath: string; jobId: string }[];
  cancelled: string[];
}

function scriptedExportApi(env: InProcessApi) {
  const script: Script = { savePath: '/home/ana/exports/feedback.zip', startError: null, started: [], cancelled: [] };
  const listeners = new Set<(e: ExportProgressEvent) => void>();
  const real = env.api.invoke as (channel: string, input: unknown) => Promise<Result<unknown>>;
  const api: CoursewrightApi = {
    ...env.api,
    invoke: (async (channel: string, input: unknown): Promise<Result<unknown>> => {
      switch (channel) {
        case 'files.chooseSavePath':
          return { ok: true, value: { path: script.savePath } };
        case 'export.start':
          if (script.startError) return { ok: false, error: script.startError };
          script.started.push(input as Script['started'][number]);
          return { ok: true, value: { jobId: (input as { jobId: string }).jobId } };
        case 'export.cancel':
          script.cancelled.push((input as { jobId: string }).jobId);
          return { ok: true, value: { cancelled: true } };
        default:
          return real(channel, input);
      }
    }) as CoursewrightApi['invoke'],
    on: ((event: string, listener: (payload: never) => void) => {
      if (event !== 'export.progress') return (env.api.on as (e: string, l: unknown) => () => void)(event, listener);
      const l = listener as (e: ExportProgressEvent) => void;
      listeners.add(l);
      return () => listeners.delete(l);
    }) as CoursewrightApi['on'],
  };
  /** Sends a progress event of the last started job, as the host does. */
  const emit = (event: Omit<ExportProgressEvent, 'jobId'>) => {
    const jobId = script.started.at(-1)?.jobId;
    if (!jobId) throw new Error('no export started');
    listeners.forEach((l) => l({ jobId, ...event }));
  };
  return { api, script, emit };
}

describe('export dialog (real clicks and keys; export channels scripted)', () => {
  let env: InProcessApi;
  let stores: AppStores;
  let scripted: ReturnType<typeof scriptedExportApi>;
  let courseId: string;
  let courseTitle: string;
  beforeAll(async () => {
    env = await createInProcessApi();
    scripted = scriptedExportApi(env);
    stores = createAppStores(scripted.api);
    const list = await env.api.invoke('courses.list', {});
    if (!list.ok) throw new Error(list.error.message);
    const sample = list.value.find((c) => c.isSample)!;
    ({ id: courseId, title: courseTitle } = sample);
  });
  afterAll(async () => {
    stores.dispose();
    await env.close();
  });
  afterEach(cleanup);

  const report = (outPath: string): ExportReport => ({
    format: 'scorm2004-4th',
    courseId,
    courseTitle,
    outPath,
    output: 'zip',
    fileCount: 12,
    bytes: { runtime: 90_000, content: 20_000, media: 400_000, total: 510_000 },
    packageBytes: 300_000,
    suspendData: { worstCase: 900, limit: 64000 },
    warnings: [{ code: 'MISSING_ALT', message: 'An image in “Why feedback matters” has no alt text.' }],
    durationMs: 40,
  });
  const storedSettings = async () => {
    const tree = await env.api.invoke('courses.outline', { courseId });
    if (!tree.ok) throw new Error(tree.error.message);
    return tree.value.settings;
  };
  const open = async (user: ReturnType<typeof userEvent.setup>) => {
    render(
      <StoresProvider stores={stores}>
        <CourseActions courseId={courseId} courseTitle={courseTitle} />
      </StoresProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Export…' }));
    const dialog = screen.getByRole('dialog', { name: `Export “${courseTitle}”` });
    // The reporting choices appear once the course's settings are loaded.
    await within(dialog).findByRole('group', { name: 'How the LMS sees the result (SCORM 1.2)' });
    return dialog;
  };

  it('SCORM 1.2 reporting choices are stored in the course; a keyboard-chosen format is exported with progress and report', async () => {
    const user = userEvent.setup();
    const dialog = await open(user);
    const scorm12 = within(dialog).getByRole('radio', { name: /^SCORM 1\.2/ });
    expect(document.activeElement).toBe(scorm12); // focus starts on the first format

    await user.click(within(dialog).getByRole('radio', { name: /^Passed \/ failed/ }));
    const mastery = within(dialog).getByRole('checkbox', { name: /^Mastery score in the manifest/ });
    const masteryBefore = (mastery as HTMLInputElement).checked;
    mastery.focus();
    await user.keyboard(' ');
    await waitFor(async () =>
      expect(await storedSettings()).toMatchObject({
        scorm12Status: 'passed-failed',
        scorm12MasteryScore: !masteryBefore,
      }),
    );

    // Arrow keys walk the format radios; SCORM 2004 4th edition hides the SCORM 1.2 choices.
    scorm12.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    const fourth = within(dialog).getByRole('radio', { name: /^SCORM 2004 \(4th edition\)/ }) as HTMLInputElement;
    expect(fourth.checked).toBe(true);
    expect(within(dialog).queryByRole('group', { name: /SCORM 1\.2/ })).toBeNull();

    await user.click(within(dialog).getByRole('button', { name: 'Export…' }));
    await waitFor(() => expect(scripted.script.started).toHaveLength(1));
    expect(scripted.script.started[0]).toMatchObject({
      courseId,
      format: 'scorm2004-4th',
      outPath: '/home/ana/exports/feedback.zip',
    });
    expect(within(dialog).getByRole('status').textContent).toBe('Preparing the package…');
    // The form is locked while the job runs.
    expect((within(dialog).getByRole('group', { name: 'Format' }) as HTMLFieldSetElement).disabled).toBe(true);

    scripted.emit({ phase: 'write', done: 3, total: 4, state: 'running' });
    await within(dialog).findByText('Writing the package: 75%');
    expect((dialog.querySelector('progress') as HTMLProgressElement).value).toBe(75);
    expect((within(dialog).getByRole('button', { name: 'Cancel export' }) as HTMLButtonElement).disabled).toBe(false);

    scripted.emit({
      phase: 'done',
      done: 4,
      total: 4,
      state: 'done',
      report: report('/home/ana/exports/feedback.zip'),
    });
    await within(dialog).findByText('Export finished.');
    expect(within(dialog).getByText('/home/ana/exports/feedback.zip')).toBeTruthy();
    expect(within(dialog).getByText('1 warning')).toBeTruthy();
    expect(within(dialog).getByText(/has no alt text/)).toBeTruthy();

    // "Export again" brings the form back, the chosen format kept.
    await user.click(within(dialog).getByRole('button', { name: 'Export again' }));
    expect((within(dialog).getByRole('radio', { name: /^SCORM 2004 \(4th/ }) as HTMLInputElement).checked).toBe(true);
    expect(within(dialog).getByRole('button', { name: 'Export…' })).toBeTruthy();
  });

  it('a running export can be cancelled; a failed one shows its error; a refused start too', async () => {
    const user = userEvent.setup();
    const dialog = await open(user);
    const before = scripted.script.started.length;
    await user.click(within(dialog).getByRole('button', { name: 'Export…' }));
    await waitFor(() => expect(scripted.script.started).toHaveLength(before + 1));
    scripted.emit({ phase: 'write', done: 1, total: 4, state: 'running' });
    const cancel = await within(dialog).findByRole('button', { name: 'Cancel export' });
    await waitFor(() => expect((cancel as HTMLButtonElement).disabled).toBe(false));
    await user.click(cancel);
    await waitFor(() => expect(scripted.script.cancelled).toEqual([scripted.script.started.at(-1)!.jobId]));
    scripted.emit({ phase: 'write', done: 1, total: 4, state: 'cancelled' });
    await within(dialog).findByText('Export cancelled. Nothing was saved.');

    await user.click(within(dialog).getByRole('button', { name: 'Export again' }));
    await user.click(within(dialog).getByRole('button', { name: 'Export…' }));
    await waitFor(() => expect(scripted.script.started).toHaveLength(before + 2));
    scripted.emit({
      phase: 'write',
      done: 2,
      total: 4,
      state: 'failed',
      error: { code: 'IO', message: 'The disk is full.' },
    });
    expect((await within(dialog).findByRole('alert')).textContent).toBe('The disk is full.');
    expect(within(dialog).getByRole('status').textContent).toBe('Export failed. Nothing was saved.');

    scripted.script.startError = { code: 'NOT_FOUND', message: 'This course no longer exists.' };
    await user.click(within(dialog).getByRole('button', { name: 'Export again' }));
    expect(within(dialog).queryByRole('alert')).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Export…' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('This course no longer exists.');
    scripted.script.startError = null;
  });

  it('closing the Save dialog goes back to the form; Close (by keyboard) returns focus to "Export…"', async () => {
    const user = userEvent.setup();
    const dialog = await open(user);
    scripted.script.savePath = null;
    const before = scripted.script.started.length;
    await user.click(within(dialog).getByRole('button', { name: 'Export…' }));
    // Back to the form: the submit button returns, no job and no error.
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Export…' })).toBeTruthy());
    expect(within(dialog).queryByRole('alert')).toBeNull();
    expect(within(dialog).queryByRole('status')).toBeNull();
    expect(scripted.script.started).toHaveLength(before);
    scripted.script.savePath = '/home/ana/exports/feedback.zip';

    within(dialog).getByRole('button', { name: 'Close' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Export…' })));
  });
});
