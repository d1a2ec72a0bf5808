import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createExportStore, type ExportState } from '../../../renderer/src/export/export-store';
import { slugify, suggestOutPath } from '../../../renderer/src/export/export-formats';
import { createPreviewStore } from '../../../renderer/src/preview/preview-store';
import { createInProcessApi, type InProcessApi } from '../../support/in-process-api';
import type { DesktopCapability, SavePathRequest } from '../../../main/desktop/desktop-capability';
import { ensurePlayerBuilt } from '../../support/player-build';
import type { StoreApi } from 'zustand/vanilla';

// The dialog's and preview's stores against the real router, export service and exporter (the player is built when
// missing: the test never skips silently).

function settled(store: StoreApi<ExportState>): Promise<ExportState> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`export did not finish: ${store.getState().status}`)), 20_000);
    const check = (s: ExportState) => {
      if (s.status === 'done' || s.status === 'failed' || s.status === 'cancelled') {
        clearTimeout(timer);
        unsubscribe();
        resolve(s);
      }
    };
    const unsubscribe = store.subscribe(check);
    check(store.getState());
  });
}

describe('export path suggestion', () => {
  it('names the file after the course and format, beside the library folder', () => {
    expect(slugify('Asynchronous Learning 101')).toBe('asynchronous-learning-101');
    expect(slugify('Éléments  de café!')).toBe('elements-de-cafe');
    expect(slugify('???')).toBe('course');
    expect(suggestOutPath('/home/ana/Coursewright/library', 'Intro', 'scorm12')).toBe(
      '/home/ana/Coursewright/intro-scorm12.zip',
    );
    expect(suggestOutPath('C:\\Users\\ana\\library\\', 'Intro', 'html5')).toBe('C:\\Users\\ana\\intro-html5.zip');
    expect(suggestOutPath(null, 'Intro', 'scorm2004-4th')).toBe('intro-scorm2004-4th.zip');
  });
});

describe('export and preview stores (real router, exporter and library)', () => {
  let env: InProcessApi;
  let courseId: string;
  let title: string;
  beforeAll(() => {
    ensurePlayerBuilt();
  });
  /** The scripted native Save dialog: what it was asked, and what the author picks next (null: cancel). */
  let dialogs: SavePathRequest[];
  let answers: (string | null)[];
  beforeEach(async () => {
    dialogs = [];
    answers = [];
    const desktop: DesktopCapability = {
      showItemInFolder: () => Promise.resolve({ shown: false, reason: 'not in tests' }),
      chooseSavePath: (request) => {
        dialogs.push(request);
        return Promise.resolve(answers.shift() ?? null);
      },
    };
    env = await createInProcessApi({ desktop });
    const list = await env.api.invoke('courses.list', {});
    if (!list.ok) throw new Error(list.error.message);
    courseId = list.value[0]!.id;
    title = list.value[0]!.title;
  });
  afterEach(async () => {
    await env.close();
  });

  it('opens the Save dialog at the suggested path, exports with progress, shows the report, remembers the place', async () => {
    const store = createExportStore(env.api, { courseId, courseTitle: title });
    const disconnect = store.getState().connect();
    await store.getState().init();
    expect(store.getState().host).toBe('browser');
    const suggested = path.join(path.dirname(env.dir), 'asynchronous-learning-101-scorm12.zip');
    expect(store.getState().outPath).toBe(suggested);
    store.getState().setFormat('scorm2004-3rd');
    expect(store.getState().outPath).toMatch(/-scorm2004-3rd\.zip$/);
    store.getState().setFormat('scorm12');
    const out = path.join(env.dir, 'course.zip');
    answers.push(out);

    await store.getState().start();
    const done = await settled(store);
    disconnect();
    expect(dialogs).toEqual([{ defaultPath: suggested, filters: [{ name: 'Course package', extensions: ['zip'] }] }]);
    expect(done.status).toBe('done');
    expect(done.error).toBeNull();
    expect(done.report?.outPath).toBe(out);
    expect(done.report?.format).toBe('scorm12');
    expect(done.report?.bytes.runtime).toBeGreaterThan(0);
    expect(fs.statSync(out).size).toBe(done.report?.packageBytes);
    store.getState().reset();
    expect(store.getState().status).toBe('idle');
    expect(env.calls.get('export.start')).toBe(1);
    // The next Save dialog opens where the author saved, whatever the format.
    store.getState().setFormat('html5');
    expect(store.getState().outPath).toBe(out);
  });

  it('cancelling the Save dialog changes nothing; a folder that does not exist is a clear error', async () => {
    const store = createExportStore(env.api, { courseId, courseTitle: title });
    answers.push(null);
    await store.getState().start();
    expect(store.getState()).toMatchObject({ status: 'idle', error: null, jobId: null });
    expect(env.calls.get('export.start')).toBeUndefined();
    answers.push(path.join(env.dir, 'missing', 'x.zip'));
    await store.getState().start();
    expect(store.getState().status).toBe('failed');
    expect(store.getState().error?.message).toMatch(/does not exist/);
  });

  it('builds a preview and rebuilds when the format changes', async () => {
    const store = createPreviewStore(env.api, courseId);
    await store.getState().build();
    const first = store.getState();
    expect(first.status).toBe('ready');
    expect(first.launchUrl).toMatch(
      /^http:\/\/127\.0\.0\.1:9\/c\/in-process\/lms\/index\.html\?format=scorm12&src=\.\.%2Fpreview%2F[a-f0-9]{16}%2Findex\.html/,
    );
    store.getState().setDevice('phone');
    await store.getState().setFormat('html5');
    expect(store.getState().launchUrl).toContain('format=html5');
    expect(store.getState().launchWidth).toBe(375);
    expect(env.calls.get('export.preview')).toBe(2);
  });
});
