import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { exportCourseArchive } from '../../../main/authoring/course-archive';
import { openCourseLibrary } from '../../../main/library/open-library';
import { IPC_EVENT_PREFIX } from '../../../shared';

// Boots main/electron/main.ts against a recording Electron mock (no binary here) and checks the desktop
// integration wiring: application menu, `.cwcourse` from argv / second-instance / macOS open-file, recent courses.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-desktop-'));
const m = vi.hoisted(() => {
  let ready!: () => void;
  const readyPromise = new Promise<void>((resolve) => (ready = resolve));
  return {
    ready,
    readyPromise,
    appListeners: new Map<string, (...args: unknown[]) => void>(),
    windows: [] as Array<{ sent: Array<[string, unknown]>; loaded: Array<() => void> }>,
    menus: [] as unknown[],
    errors: [] as string[],
    invoke: null as null | ((...args: unknown[]) => Promise<unknown>),
    saveDialogs: [] as unknown[],
    saveAnswer: { canceled: true, filePath: '' } as { canceled: boolean; filePath: string },
  };
});

vi.mock('electron', () => {
  class BrowserWindow {
    static getAllWindows = () => instances;
    record = { sent: [] as Array<[string, unknown]>, loaded: [] as Array<() => void> };
    webContents = {
      getURL: () => 'app://coursewright/index.html',
      send: (channel: string, payload: unknown) => this.record.sent.push([channel, payload]),
      once: (event: string, listener: () => void) => {
        if (event === 'did-finish-load') this.record.loaded.push(listener);
      },
    };
    constructor() {
      m.windows.push(this.record);
      instances.push(this);
    }
    loadURL() {
      return Promise.resolve();
    }
    isDestroyed = () => false;
    isMinimized = () => false;
    restore() {}
    focus() {}
    once() {}
    on() {}
  }
  const instances: BrowserWindow[] = [];
  return {
    app: {
      enableSandbox: () => undefined,
      requestSingleInstanceLock: () => true,
      whenReady: () => m.readyPromise,
      on: (event: string, listener: (...args: unknown[]) => void) => m.appListeners.set(event, listener),
      getPath: (name: string) => path.join(tmp, name),
      quit: vi.fn(),
      exit: vi.fn(),
      isPackaged: false,
    },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    ipcMain: {
      handle: (channel: string, handler: (...args: unknown[]) => Promise<unknown>) => (m.invoke = handler),
      removeHandler: vi.fn(),
    },
    BrowserWindow,
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: (menu: { template: unknown }) => m.menus.push(menu.template),
    },
    dialog: {
      showErrorBox: (title: string, body: string) => m.errors.push(`${title}: ${body}`),
      showOpenDialog: vi.fn(),
      showSaveDialog: vi.fn((...args: unknown[]) => {
        m.saveDialogs.push(args.at(-1));
        return Promise.resolve(m.saveAnswer);
      }),
    },
    shell: { openExternal: vi.fn(), showItemInFolder: vi.fn() },
  };
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

type MenuItem = { label?: string; role?: string; submenu?: MenuItem[]; click?: () => void; accelerator?: string };
const lastMenu = () => m.menus.at(-1) as MenuItem[];
const fileMenu = () => lastMenu().find((menu) => menu.label === '&File' || menu.label === 'File');
const appCommands = () =>
  (m.windows[0]?.sent ?? []).filter(([channel]) => channel === IPC_EVENT_PREFIX + 'app.command').map(([, p]) => p);

async function makeArchive(title: string): Promise<string> {
  const dir = fs.mkdtempSync(path.join(tmp, 'src-'));
  const source = await openCourseLibrary({ dir, seedSample: false });
  const course = source.createCourse({ title });
  const out = path.join(tmp, `${title.replace(/\W/g, '-')}.cwcourse`);
  await exportCourseArchive(source, course.id, out);
  source.close();
  return out;
}

describe('Electron desktop integration', () => {
  it('sets the menu, opens .cwcourse files from argv, second-instance and open-file, and lists recent courses', async () => {
    const first = await makeArchive('From argv');
    const second = await makeArchive('From second instance');
    const third = await makeArchive('From Finder');
    vi.stubEnv('COURSEWRIGHT_LIBRARY', path.join(tmp, 'library'));
    const argv = process.argv;
    process.argv = [argv[0] ?? 'electron', '--some-flag', first];
    try {
      await import('../../../main/electron/main');
    } finally {
      process.argv = argv;
    }
    // macOS can send open-file before ready: queued.
    const openFile = m.appListeners.get('open-file');
    expect(openFile).toBeTypeOf('function');
    const preventDefault = vi.fn();
    openFile?.({ preventDefault }, third);
    expect(preventDefault).toHaveBeenCalled();

    m.ready();
    await vi.waitFor(() => expect(m.windows).toHaveLength(1), { timeout: 20_000 });
    expect(m.menus.length).toBeGreaterThan(0);
    const file = fileMenu();
    expect(file?.submenu?.map((i) => i.label ?? i.role ?? 'separator')).toEqual([
      'New Course',
      'Open Course Archive…',
      'Open Recent',
      'separator',
      'Export…',
      'separator',
      'Quit',
    ]);
    // Dev run (isPackaged false): View has reload and the dev tools.
    const view = lastMenu().find((menu) => menu.label === '&View' || menu.label === 'View');
    expect(view?.submenu?.map((i) => i.role)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
    // Nothing imported before the page has loaded (the renderer would miss the event).
    expect(appCommands()).toEqual([]);

    for (const loaded of m.windows[0]?.loaded ?? []) loaded();
    await vi.waitFor(() => expect(appCommands()).toHaveLength(2), { timeout: 20_000 });
    expect(m.errors).toEqual([]);

    // The running instance receives the argv of a second launch.
    m.appListeners.get('second-instance')?.({}, ['electron', path.basename(second)], path.dirname(second));
    await vi.waitFor(() => expect(appCommands()).toHaveLength(3), { timeout: 20_000 });
    const commands = appCommands() as Array<{ command: string; courseId: string }>;
    expect(commands.every((c) => c.command === 'openCourse')).toBe(true);

    // The renderer reports an opened course over IPC; the File ▸ Open Recent submenu follows.
    const frame = { parent: null, url: 'app://coursewright/index.html' };
    const ipcEvent = { senderFrame: frame, sender: { mainFrame: frame } };
    const openedId = commands[2]?.courseId;
    expect(await m.invoke?.(ipcEvent, 'courses.opened', { courseId: openedId })).toEqual({
      ok: true,
      value: { recorded: true },
    });
    const recentMenu = () => fileMenu()?.submenu?.find((i) => i.label === 'Open Recent')?.submenu ?? [];
    expect(recentMenu().map((i) => i.label)).toEqual(['From second instance']);
    recentMenu()[0]?.click?.();
    await vi.waitFor(() => expect(appCommands().at(-1)).toEqual({ command: 'openCourse', courseId: openedId }));

    // Exports ask where to save through the native Save dialog (documents folder for a bare name).
    const save = { fileName: 'course-scorm12.zip', filter: { name: 'SCORM package', extensions: ['zip'] } };
    expect(await m.invoke?.(ipcEvent, 'files.chooseSavePath', save)).toEqual({ ok: true, value: { path: null } });
    expect(m.saveDialogs[0]).toMatchObject({
      defaultPath: path.join(tmp, 'documents', 'course-scorm12.zip'),
      filters: [{ name: 'SCORM package', extensions: ['zip'] }],
    });
    const chosen = path.join(tmp, 'chosen', 'out.zip');
    m.saveAnswer = { canceled: false, filePath: chosen };
    expect(await m.invoke?.(ipcEvent, 'files.chooseSavePath', { ...save, suggestedPath: chosen })).toEqual({
      ok: true,
      value: { path: chosen },
    });
    expect(m.saveDialogs[1]).toMatchObject({ defaultPath: chosen });

    // The menu item click goes to the renderer as app.command.
    const newCourse = fileMenu()?.submenu?.find((i) => i.label === 'New Course');
    expect(newCourse?.accelerator).toBe('CmdOrCtrl+N');
    newCourse?.click?.();
    await vi.waitFor(() => expect(appCommands().at(-1)).toEqual({ command: 'newCourse' }));

    // A broken file is reported, not thrown.
    const broken = path.join(tmp, 'broken.cwcourse');
    fs.writeFileSync(broken, 'not a zip');
    m.appListeners.get('open-file')?.({ preventDefault: vi.fn() }, broken);
    await vi.waitFor(() => expect(m.errors).toHaveLength(1), { timeout: 20_000 });
    expect(m.errors[0]).toContain('broken.cwcourse');

    // Quitting closes the library (so the temp folder can be removed).
    m.appListeners.get('will-quit')?.({ preventDefault: vi.fn() });
    await vi.waitFor(async () => expect((await import('electron')).app.quit).toHaveBeenCalled());
  });
});
