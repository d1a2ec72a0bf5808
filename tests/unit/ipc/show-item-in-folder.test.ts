import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../main/ipc/handlers';
import { createRouter } from '../../../main/ipc/router';
import { openerDesktop, type DesktopCapability, type ShowItemResult } from '../../../main/desktop/desktop-capability';
import type { CourseLibrary } from '../../../main/library/course-library';
import type { BrowserEnvironment } from '../../../main/desktop/open-browser';
import type { ExportService } from '../../../main/export/export-service';
import type { PreviewService } from '../../../main/preview/preview-service';
import type { LearnModule } from '../../../main/learner/learn-module';
import type { MediaService } from '../../../main/media/media-service';
import type { RecordsDeps } from '../../../main/ipc/records-handlers';

/** Services the tests here never reach (every handler that uses one is overridden or not called). */
const services = {
  exports: {} as ExportService,
  previews: {} as PreviewService,
  media: {} as MediaService,
  learn: {} as LearnModule,
  records: {} as RecordsDeps,
};

// `app.showItemInFolder` through the real router with an injected desktop: what reaches the desktop, and refusals.
let dir: string;
let file: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-show-'));
  file = path.join(dir, 'course-scorm12.zip');
  fs.writeFileSync(file, 'zip');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function fakeDesktop(answer: ShowItemResult | Error = { shown: true }) {
  const calls: string[] = [];
  const desktop: DesktopCapability = {
    showItemInFolder(p) {
      calls.push(p);
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
    },
  };
  return { desktop, calls };
}

function routerWith(desktop: DesktopCapability | undefined) {
  const library = {} as CourseLibrary;
  return createRouter(createHandlers({ ...services, library, appVersion: '1', notifyChanged: () => {}, desktop }));
}
const ctx = { host: 'electron' } as const;

describe('app.showItemInFolder', () => {
  it('passes the normalised absolute path of an existing file to the desktop', async () => {
    const { desktop, calls } = fakeDesktop();
    const router = routerWith(desktop);
    const messy = `${dir}${path.sep}sub${path.sep}..${path.sep}course-scorm12.zip`;
    expect(await router.dispatch('app.showItemInFolder', { path: messy }, ctx)).toEqual({
      ok: true,
      value: { shown: true },
    });
    expect(calls).toEqual([file]);
  });

  it('accepts a folder too', async () => {
    const { desktop, calls } = fakeDesktop();
    expect((await routerWith(desktop).dispatch('app.showItemInFolder', { path: dir }, ctx)).ok).toBe(true);
    expect(calls).toEqual([dir]);
  });

  it('refuses relative paths, missing files and bad input without calling the desktop', async () => {
    const { desktop, calls } = fakeDesktop();
    const router = routerWith(desktop);
    const code = async (input: unknown) => {
      const r = await router.dispatch('app.showItemInFolder', input, ctx);
      return r.ok ? 'ok' : r.error.code;
    };
    expect(await code({ path: 'course-scorm12.zip' })).toBe('VALIDATION');
    expect(await code({ path: './x.zip' })).toBe('VALIDATION');
    expect(await code({ path: `${file}\0.txt` })).toBe('VALIDATION');
    expect(await code({ path: '' })).toBe('VALIDATION');
    expect(await code({})).toBe('VALIDATION');
    expect(await code({ path: path.join(dir, 'missing.zip') })).toBe('NOT_FOUND');
    expect(await code({ path: path.join(file, 'inside-a-file.zip') })).toBe('NOT_FOUND');
    expect(calls).toEqual([]);
  });

  it('reports why when the desktop cannot show it, or fails, or the host has none', async () => {
    const refusing = fakeDesktop({ shown: false, reason: 'no graphical session' });
    expect(await routerWith(refusing.desktop).dispatch('app.showItemInFolder', { path: file }, ctx)).toEqual({
      ok: true,
      value: { shown: false, reason: 'no graphical session' },
    });
    const throwing = fakeDesktop(new Error('launcher crashed'));
    expect(await routerWith(throwing.desktop).dispatch('app.showItemInFolder', { path: file }, ctx)).toEqual({
      ok: true,
      value: { shown: false, reason: 'launcher crashed' },
    });
    const none = await routerWith(undefined).dispatch('app.showItemInFolder', { path: file }, ctx);
    expect(none).toMatchObject({ ok: true, value: { shown: false } });
  });
});

describe('openerDesktop (browser host / CLI)', () => {
  const environment = (env: NodeJS.ProcessEnv, commands: string[]) => {
    const asked: string[] = [];
    const e: BrowserEnvironment = {
      platform: 'linux',
      env,
      commandExists: (c) => (asked.push(c), commands.includes(c)),
    };
    return { e, asked };
  };

  it('does not launch anything without a graphical session, and says so', async () => {
    const { e, asked } = environment({}, ['xdg-open']);
    expect(await openerDesktop(e).showItemInFolder(file)).toEqual({
      shown: false,
      reason: expect.stringContaining('DISPLAY'),
    });
    expect(asked).toEqual([]);
  });

  it('does not launch anything under CI or when xdg-open is missing', async () => {
    expect(
      await openerDesktop(environment({ DISPLAY: ':0', CI: 'true' }, ['xdg-open']).e).showItemInFolder(file),
    ).toEqual({ shown: false, reason: 'running under CI' });
    expect(await openerDesktop(environment({ DISPLAY: ':0' }, []).e).showItemInFolder(file)).toEqual({
      shown: false,
      reason: 'xdg-open was not found',
    });
  });
});

describe('openerDesktop folder choice', () => {
  it('opens the folder containing a file, and a folder itself', async () => {
    const opened: string[] = [];
    const env: BrowserEnvironment = { platform: 'linux', env: { DISPLAY: ':0' }, commandExists: () => true };
    const desktop = openerDesktop(env, (folder) => (opened.push(folder), { opened: true }));
    expect(await desktop.showItemInFolder(file)).toEqual({ shown: true });
    expect(await desktop.showItemInFolder(dir)).toEqual({ shown: true });
    expect(opened).toEqual([dir, dir]);
  });
});

describe('files.chooseSavePath', () => {
  const save = { fileName: 'intro-scorm12.zip', filter: { name: 'Course package', extensions: ['zip'] } };
  it('asks the desktop Save dialog at an absolute suggestion, else at the bare file name', async () => {
    const asked: string[] = [];
    const desktop: DesktopCapability = {
      showItemInFolder: () => Promise.resolve({ shown: true }),
      chooseSavePath: ({ defaultPath }) => {
        asked.push(defaultPath);
        return Promise.resolve(path.join(dir, 'chosen.zip'));
      },
    };
    const router = routerWith(desktop);
    expect(await router.dispatch('files.chooseSavePath', { ...save, suggestedPath: file }, ctx)).toEqual({
      ok: true,
      value: { path: path.join(dir, 'chosen.zip') },
    });
    await router.dispatch('files.chooseSavePath', { ...save, suggestedPath: 'relative/x.zip' }, ctx);
    expect(asked).toEqual([file, 'intro-scorm12.zip']);
  });

  it('answers null when cancelled, refuses a relative answer, and says so where there is no dialog', async () => {
    const answers: (string | null)[] = [null, 'relative.zip'];
    const desktop: DesktopCapability = {
      showItemInFolder: () => Promise.resolve({ shown: true }),
      chooseSavePath: () => Promise.resolve(answers.shift() ?? null),
    };
    const router = routerWith(desktop);
    expect(await router.dispatch('files.chooseSavePath', save, ctx)).toEqual({ ok: true, value: { path: null } });
    expect(await router.dispatch('files.chooseSavePath', save, ctx)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    const browser = routerWith(fakeDesktop().desktop);
    expect(await browser.dispatch('files.chooseSavePath', save, { host: 'browser' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('downloads') },
    });
  });
});
