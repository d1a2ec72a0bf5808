import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, type MenuItemSpec, type TopMenuSpec } from '../../../main/desktop/menu-template';

const COURSE = '3f1d2c4b-5a6e-4f70-8a9b-0c1d2e3f4a5b';
const recent = [{ courseId: COURSE, title: 'Safety & Health', openedAt: '2026-01-01T00:00:00.000Z' }];
const names = (items: readonly MenuItemSpec[]) =>
  items.map((i) => ('type' in i ? '-' : 'role' in i ? `role:${i.role}` : i.label));
const menu = (menus: TopMenuSpec[], label: string) => {
  const found = menus.find((m) => m.label.replace('&', '') === label);
  if (!found) throw new Error(`no ${label} menu`);
  return found.submenu;
};
const flat = (menus: TopMenuSpec[]): MenuItemSpec[] =>
  menus.flatMap((m) => m.submenu.flatMap((i) => ('submenu' in i ? [i, ...i.submenu] : [i])));

describe('application menu template', () => {
  it('Windows/Linux: File, Edit, View, Help with mnemonics; Quit in File and About in Help', () => {
    const menus = buildMenuTemplate({ platform: 'win32', isDev: false, appName: 'Coursewright', recent });
    expect(menus.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(names(menu(menus, 'File'))).toEqual([
      'New Course',
      'Open Course Archive…',
      'Open Recent',
      '-',
      'Export…',
      '-',
      'role:quit',
    ]);
    expect(names(menu(menus, 'Edit'))).toEqual([
      'role:undo',
      'role:redo',
      '-',
      'role:cut',
      'role:copy',
      'role:paste',
      'role:delete',
      '-',
      'role:selectAll',
    ]);
    expect(names(menu(menus, 'Help'))).toEqual(['Keyboard Shortcuts', '-', 'role:about']);
  });

  it('macOS: an app menu holds About and Quit; File has no Quit; Window menu present', () => {
    const menus = buildMenuTemplate({ platform: 'darwin', isDev: false, appName: 'Coursewright', recent: [] });
    expect(menus.map((m) => m.label)).toEqual(['Coursewright', 'File', 'Edit', 'View', 'Window', 'Help']);
    expect(names(menu(menus, 'Coursewright'))).toEqual(
      expect.arrayContaining(['role:about', 'role:hide', 'role:hideOthers', 'role:quit']),
    );
    expect(names(menu(menus, 'File'))).not.toContain('role:quit');
    expect(names(menu(menus, 'Help'))).toEqual(['Keyboard Shortcuts']);
    expect(names(menu(menus, 'Edit'))).toContain('role:pasteAndMatchStyle');
  });

  it('reload and the developer tools only in development', () => {
    const prod = buildMenuTemplate({ platform: 'linux', isDev: false, appName: 'C', recent: [] });
    const dev = buildMenuTemplate({ platform: 'linux', isDev: true, appName: 'C', recent: [] });
    expect(names(menu(prod, 'View'))).toEqual([
      'role:resetZoom',
      'role:zoomIn',
      'role:zoomOut',
      '-',
      'role:togglefullscreen',
    ]);
    expect(names(menu(dev, 'View'))).toEqual([
      'role:reload',
      'role:forceReload',
      'role:toggleDevTools',
      '-',
      'role:resetZoom',
      'role:zoomIn',
      'role:zoomOut',
      '-',
      'role:togglefullscreen',
    ]);
  });

  it('gives the menu commands CmdOrCtrl accelerators, all distinct', () => {
    const menus = buildMenuTemplate({ platform: 'linux', isDev: false, appName: 'C', recent });
    const accelerators = Object.fromEntries(
      flat(menus).flatMap((i) => ('command' in i && i.accelerator ? [[i.command.kind, i.accelerator]] : [])),
    );
    expect(accelerators).toEqual({
      newCourse: 'CmdOrCtrl+N',
      openArchive: 'CmdOrCtrl+O',
      openExport: 'CmdOrCtrl+Shift+E',
      showShortcuts: 'CmdOrCtrl+/',
    });
  });

  it('lists recent courses as openRecent commands (with & escaped off macOS), disabled when empty', () => {
    const linux = menu(buildMenuTemplate({ platform: 'linux', isDev: false, appName: 'C', recent }), 'File');
    const sub = linux.find((i) => 'label' in i && i.label === 'Open Recent');
    expect(sub).toEqual({
      label: 'Open Recent',
      submenu: [{ label: 'Safety && Health', command: { kind: 'openRecent', courseId: COURSE } }],
    });
    const mac = menu(buildMenuTemplate({ platform: 'darwin', isDev: false, appName: 'C', recent }), 'File');
    expect(mac.find((i) => 'label' in i && i.label === 'Open Recent')).toMatchObject({
      submenu: [{ label: 'Safety & Health' }],
    });
    const empty = menu(buildMenuTemplate({ platform: 'linux', isDev: false, appName: 'C', recent: [] }), 'File');
    expect(empty.find((i) => 'label' in i && i.label === 'Open Recent')).toEqual({
      label: 'Open Recent',
      enabled: false,
      submenu: [],
    });
  });
});
