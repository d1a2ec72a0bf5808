import { dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { COURSE_ARCHIVE_EXTENSION, type AppCommand, type Course, type Result } from '../../shared';
import type { AppContext } from '../app/app-context';
import { runMenuCommand, type DesktopActionDeps } from '../desktop/desktop-actions';
import { buildMenuTemplate, type MenuCommand, type MenuItemSpec, type TopMenuSpec } from '../desktop/menu-template';

/** Turns the electron-free menu description into Electron's template; commands go to `onCommand`. */
export function toElectronTemplate(
  menus: readonly TopMenuSpec[],
  onCommand: (command: MenuCommand) => void,
): MenuItemConstructorOptions[] {
  const item = (spec: MenuItemSpec): MenuItemConstructorOptions => {
    if ('type' in spec) return { type: 'separator' };
    if ('role' in spec) return spec.label ? { role: spec.role, label: spec.label } : { role: spec.role };
    if ('submenu' in spec) {
      return { label: spec.label, enabled: spec.enabled ?? true, submenu: spec.submenu.map(item) };
    }
    const { command } = spec;
    return {
      label: spec.label,
      enabled: spec.enabled ?? true,
      ...(spec.accelerator ? { accelerator: spec.accelerator } : {}),
      click: () => onCommand(command),
    };
  };
  return menus.map((menu) => ({
    label: menu.label,
    ...(menu.role ? { role: menu.role } : {}),
    submenu: menu.submenu.map(item),
  }));
}

/** The Electron side of the menu and file-open actions: events to the renderer, dialogs, the router. */
export function electronDesktopDeps(opts: {
  context: AppContext;
  getWindow: () => BrowserWindow | null;
  openWindow: () => BrowserWindow;
}): DesktopActionDeps {
  const { context } = opts;
  return {
    emit: (command: AppCommand) => {
      context.events.emit('app.command', command);
    },
    chooseArchive: async () => {
      const options = {
        title: 'Open Course Archive',
        properties: ['openFile' as const],
        filters: [{ name: 'Coursewright course', extensions: [COURSE_ARCHIVE_EXTENSION.slice(1)] }],
      };
      const win = opts.getWindow();
      const picked = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return picked.canceled ? null : (picked.filePaths[0] ?? null);
    },
    importArchive: (path) =>
      context.router.dispatch('courses.importArchive', { path }, { host: 'electron' }) as Promise<Result<Course>>,
    showError: (title, message) => dialog.showErrorBox(title, message),
    focusWindow: () => {
      const win = opts.getWindow() ?? opts.openWindow();
      if (win.isMinimized()) win.restore();
      win.focus();
    },
  };
}

/** Sets the application menu and rebuilds it whenever the recent courses change. Returns the uninstaller. */
export function installAppMenu(opts: {
  context: AppContext;
  deps: DesktopActionDeps;
  isDev: boolean;
  appName: string;
  platform?: NodeJS.Platform;
}): () => void {
  const onCommand = (command: MenuCommand) => {
    void runMenuCommand(command, opts.deps);
  };
  const rebuild = () => {
    const menus = buildMenuTemplate({
      platform: opts.platform ?? process.platform,
      isDev: opts.isDev,
      appName: opts.appName,
      recent: opts.context.recent.list(),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(toElectronTemplate(menus, onCommand)));
  };
  rebuild();
  // Restoring, trashing or renaming a course changes what the submenu shows, not only opening one.
  const offRecent = opts.context.recent.onChange(rebuild);
  const offEvents = opts.context.events.subscribe((e) => {
    // Block and lesson edits (autosave) do not change course titles: only course-level writes rebuild.
    if (e.event === 'library.changed' && e.payload.reason.startsWith('courses.')) rebuild();
  });
  return () => {
    offRecent();
    offEvents();
  };
}
