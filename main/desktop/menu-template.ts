import type { RecentCourse } from '../../shared';

/**
 * The application menu as plain data (no Electron here, so it is unit-tested in Node);
 * main/electron/app-menu.ts turns it into a Menu. Items either use an Electron role (native behaviour:
 * clipboard, zoom, full screen…) or carry a `command` that app-menu routes to main or to the renderer.
 */
export type MenuCommand =
  | { kind: 'newCourse' }
  | { kind: 'openArchive' }
  | { kind: 'openExport' }
  | { kind: 'openRecent'; courseId: string }
  | { kind: 'showShortcuts' };

/** The Electron roles this menu uses (a subset of Electron's `MenuItemConstructorOptions['role']`). */
type MenuRole =
  | 'about'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'pasteAndMatchStyle'
  | 'delete'
  | 'selectAll'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'minimize'
  | 'zoom'
  | 'front'
  | 'close';

export type MenuItemSpec =
  | { readonly type: 'separator' }
  | { readonly role: MenuRole; readonly label?: string }
  | {
      readonly label: string;
      readonly command: MenuCommand;
      readonly accelerator?: string;
      readonly enabled?: boolean;
    }
  | { readonly label: string; readonly submenu: readonly MenuItemSpec[]; readonly enabled?: boolean };

export interface TopMenuSpec {
  readonly label: string;
  /** macOS gives the Window and Help menus their native behaviour from these roles. */
  readonly role?: 'windowMenu' | 'help';
  readonly submenu: readonly MenuItemSpec[];
}

interface MenuTemplateOptions {
  platform: NodeJS.Platform;
  /** Development run (not packaged): adds Reload and the developer tools to View. */
  isDev: boolean;
  appName: string;
  recent: readonly RecentCourse[];
}

/** Accelerators of the menu's own commands (Electron syntax). */
const MENU_ACCELERATORS = {
  newCourse: 'CmdOrCtrl+N',
  openArchive: 'CmdOrCtrl+O',
  // Not CmdOrCtrl+E: that is inline code in the rich-text editor.
  openExport: 'CmdOrCtrl+Shift+E',
  showShortcuts: 'CmdOrCtrl+/',
} as const;

const SEPARATOR = { type: 'separator' } as const;

export function buildMenuTemplate(opts: MenuTemplateOptions): TopMenuSpec[] {
  const mac = opts.platform === 'darwin';
  const menus: TopMenuSpec[] = [];
  if (mac) {
    // macOS puts About and Quit in the menu named after the app.
    menus.push({
      label: opts.appName,
      submenu: [
        { role: 'about', label: `About ${opts.appName}` },
        SEPARATOR,
        { role: 'services' },
        SEPARATOR,
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        SEPARATOR,
        { role: 'quit', label: `Quit ${opts.appName}` },
      ],
    });
  }
  menus.push({
    label: mac ? 'File' : '&File',
    submenu: [
      { label: 'New Course', command: { kind: 'newCourse' }, accelerator: MENU_ACCELERATORS.newCourse },
      { label: 'Open Course Archive…', command: { kind: 'openArchive' }, accelerator: MENU_ACCELERATORS.openArchive },
      recentSubmenu(opts.recent, mac),
      SEPARATOR,
      { label: 'Export…', command: { kind: 'openExport' }, accelerator: MENU_ACCELERATORS.openExport },
      ...(mac ? [] : [SEPARATOR, { role: 'quit', label: 'Quit' } as const]),
    ],
  });
  menus.push({
    label: mac ? 'Edit' : '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      SEPARATOR,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'delete' },
      SEPARATOR,
      { role: 'selectAll' },
    ],
  });
  menus.push({
    label: mac ? 'View' : '&View',
    submenu: [
      // Reloading would drop unsaved editor state and the dev tools are for developers: dev runs only.
      ...(opts.isDev ? [{ role: 'reload' } as const, { role: 'forceReload' } as const] : []),
      ...(opts.isDev ? [{ role: 'toggleDevTools' } as const, SEPARATOR] : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      SEPARATOR,
      { role: 'togglefullscreen' },
    ],
  });
  if (mac) {
    menus.push({
      label: 'Window',
      role: 'windowMenu',
      submenu: [{ role: 'minimize' }, { role: 'zoom' }, SEPARATOR, { role: 'front' }],
    });
  }
  menus.push({
    label: mac ? 'Help' : '&Help',
    role: 'help',
    submenu: [
      { label: 'Keyboard Shortcuts', command: { kind: 'showShortcuts' }, accelerator: MENU_ACCELERATORS.showShortcuts },
      ...(mac ? [] : [SEPARATOR, { role: 'about', label: `About ${opts.appName}` } as const]),
    ],
  });
  return menus;
}

function recentSubmenu(recent: readonly RecentCourse[], mac: boolean): MenuItemSpec {
  if (recent.length === 0) {
    return { label: 'Open Recent', enabled: false, submenu: [] };
  }
  return {
    label: 'Open Recent',
    submenu: recent.map((r) => ({
      // `&` marks a mnemonic on Windows/Linux; a title containing one must show it literally.
      label: mac ? r.title : r.title.replace(/&/g, '&&'),
      command: { kind: 'openRecent', courseId: r.courseId } as const,
    })),
  };
}
