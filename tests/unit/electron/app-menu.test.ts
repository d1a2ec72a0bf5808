import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppContext } from '../../../main/app/app-context';
import { createEventHub } from '../../../main/app/event-hub';
import type { DesktopActionDeps } from '../../../main/desktop/desktop-actions';
import type { RecentCourse } from '../../../shared';

// No Electron binary: app-menu.ts runs against a recording mock of Menu and dialog.
const electron = vi.hoisted(() => ({
  menus: [] as unknown[],
  openDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: false, filePaths: ['/home/a/course.cwcourse'] })),
}));
vi.mock('electron', () => ({
  Menu: {
    buildFromTemplate: (template: unknown) => ({ template }),
    setApplicationMenu: (menu: { template: unknown }) => electron.menus.push(menu.template),
  },
  dialog: { showOpenDialog: electron.openDialog, showErrorBox: vi.fn() },
}));

const { electronDesktopDeps, installAppMenu, toElectronTemplate } = await import('../../../main/electron/app-menu');

type Item = {
  label?: string;
  role?: string;
  submenu?: Item[];
  click?: () => void;
  accelerator?: string;
  enabled?: boolean;
};
const COURSE = '3f1d2c4b-5a6e-4f70-8a9b-0c1d2e3f4a5b';

function fakeContext(recent: RecentCourse[]) {
  const events = createEventHub();
  let onChange: (() => void) | null = null;
  const dispatch = vi.fn(async () => ({ ok: true, value: { id: COURSE, title: 'Imported' } }));
  const context = {
    events,
    router: { dispatch },
    recent: {
      list: () => recent,
      record: vi.fn(),
      onChange: (listener: () => void) => ((onChange = listener), () => (onChange = null)),
    },
  } as unknown as AppContext;
  return { context, events, dispatch, changeRecent: () => onChange?.() };
}

const deps = (): DesktopActionDeps & { emitted: unknown[] } => {
  const emitted: unknown[] = [];
  return {
    emitted,
    emit: (c) => emitted.push(c),
    chooseArchive: async () => null,
    importArchive: async () => ({ ok: true, value: { id: COURSE, title: 'X' } }),
    showError: vi.fn(),
    focusWindow: vi.fn(),
  };
};
const last = () => electron.menus.at(-1) as Item[];
const find = (items: Item[] | undefined, label: string) => items?.find((i) => i.label === label);

beforeEach(() => {
  electron.menus.length = 0;
});
afterEach(() => vi.clearAllMocks());

describe('Electron application menu', () => {
  it('converts the template: roles stay roles, commands get click handlers and accelerators', () => {
    const onCommand = vi.fn();
    const template = toElectronTemplate(
      [
        {
          label: '&File',
          submenu: [
            { label: 'New Course', command: { kind: 'newCourse' }, accelerator: 'CmdOrCtrl+N' },
            { type: 'separator' },
            { role: 'quit', label: 'Quit' },
            { label: 'Open Recent', enabled: false, submenu: [] },
          ],
        },
        { label: '&Help', role: 'help', submenu: [{ role: 'about' }] },
      ],
      onCommand,
    ) as Item[];
    const file = template[0]?.submenu ?? [];
    expect(file[0]).toMatchObject({ label: 'New Course', accelerator: 'CmdOrCtrl+N', enabled: true });
    expect(file[1]).toEqual({ type: 'separator' });
    expect(file[2]).toEqual({ role: 'quit', label: 'Quit' });
    expect(file[3]).toEqual({ label: 'Open Recent', enabled: false, submenu: [] });
    expect(template[1]).toEqual({ label: '&Help', role: 'help', submenu: [{ role: 'about' }] });
    file[0]?.click?.();
    expect(onCommand).toHaveBeenCalledWith({ kind: 'newCourse' });
  });

  it('installs the menu, rebuilds it when recent courses or course titles change, not on block edits', () => {
    const recent: RecentCourse[] = [];
    const { context, events, changeRecent } = fakeContext(recent);
    const d = deps();
    const uninstall = installAppMenu({ context, deps: d, isDev: false, appName: 'Coursewright', platform: 'linux' });
    expect(electron.menus).toHaveLength(1);
    expect(find(find(last(), '&File')?.submenu, 'Open Recent')?.enabled).toBe(false);

    recent.push({ courseId: COURSE, title: 'Onboarding', openedAt: '2026-01-01T00:00:00.000Z' });
    changeRecent();
    expect(electron.menus).toHaveLength(2);
    const item = find(find(find(last(), '&File')?.submenu, 'Open Recent')?.submenu, 'Onboarding');
    item?.click?.();
    expect(d.emitted).toEqual([{ command: 'openCourse', courseId: COURSE }]);

    events.emit('library.changed', { courseId: COURSE, reason: 'blocks.update' });
    expect(electron.menus).toHaveLength(2);
    events.emit('library.changed', { courseId: COURSE, reason: 'courses.update' });
    expect(electron.menus).toHaveLength(3);
    // View has no reload or dev tools in a packaged app.
    expect(find(last(), '&View')?.submenu?.map((i) => i.role)).not.toContain('toggleDevTools');

    uninstall();
    changeRecent();
    events.emit('library.changed', { courseId: COURSE, reason: 'courses.update' });
    expect(electron.menus).toHaveLength(3);
  });

  it('Electron deps: the archive dialog filters .cwcourse, imports go through the router, commands become events', async () => {
    const { context, events, dispatch } = fakeContext([]);
    const seen: unknown[] = [];
    events.subscribe((e) => seen.push(e));
    const win = { isMinimized: () => true, restore: vi.fn(), focus: vi.fn() };
    const d = electronDesktopDeps({ context, getWindow: () => win as never, openWindow: vi.fn() });
    expect(await d.chooseArchive()).toBe('/home/a/course.cwcourse');
    const [parent, options] = electron.openDialog.mock.calls[0] as [unknown, { filters: unknown[] }];
    expect(parent).toBe(win);
    expect(options.filters).toEqual([{ name: 'Coursewright course', extensions: ['cwcourse'] }]);
    expect(await d.importArchive('/home/a/course.cwcourse')).toMatchObject({ ok: true });
    expect(dispatch).toHaveBeenCalledWith(
      'courses.importArchive',
      { path: '/home/a/course.cwcourse' },
      { host: 'electron' },
    );
    d.emit({ command: 'showShortcuts' });
    expect(seen).toEqual([{ event: 'app.command', payload: { command: 'showShortcuts' } }]);
    d.focusWindow();
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
    electron.openDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await d.chooseArchive()).toBeNull();
  });
});
