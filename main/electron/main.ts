import path from 'node:path';
import { app, BrowserWindow, dialog, session, shell, type SaveDialogOptions } from 'electron';
import { safeStorageSeal } from './safe-storage-seal';
import { createAppContext, type AppContext } from '../app/app-context';
import { PRODUCT_NAME, resolveLibraryDir } from '../library/library-location';
import { openWithRecovery } from '../library/open-with-recovery';
import { courseArchivesInArgv, createOpenFileQueue } from '../desktop/open-files';
import { openCourseArchive, type DesktopActionDeps } from '../desktop/desktop-actions';
import { electronDesktopDeps, installAppMenu } from './app-menu';
import { registerIpc } from './ipc';
import { registerPrivilegedSchemes, registerProtocolHandlers } from './protocols';
import { installAppSecurity } from './security';
import { createMainWindow } from './window';

// Electron entry (bundled to out/main/index.cjs). Thin on purpose: wiring only; logic lives in
// main/app, main/ipc, main/http and main/security, which are tested without Electron.
const OUT_DIR = path.resolve(__dirname, '..');
const RENDERER_DIR = path.join(OUT_DIR, 'renderer');
const PRELOAD_PATH = path.join(OUT_DIR, 'preload', 'index.cjs');

// Every renderer sandboxed, whatever a future BrowserWindow forgets to set; schemes before `ready`.
app.enableSandbox();
registerPrivilegedSchemes();

let context: AppContext | null = null;
let mainWindow: BrowserWindow | null = null;
// `.cwcourse` files to open: argv of the first launch now, macOS `open-file` events from any moment on.
const openFiles = createOpenFileQueue();
for (const file of courseArchivesInArgv(process.argv.slice(1), process.cwd())) openFiles.push(file);

function openWindow(): BrowserWindow {
  const win = createMainWindow({ preloadPath: PRELOAD_PATH });
  mainWindow = win;
  win.on('closed', () => {
    mainWindow = null;
  });
  return win;
}

async function start(): Promise<void> {
  installAppSecurity(session.defaultSession);
  // appData/Coursewright, not userData: in a dev run userData follows package.json's lower-case name, and
  // the CLI/browser host (defaultUserDataDir) must find the same library as the desktop app.
  const defaultDir = path.join(app.getPath('appData'), PRODUCT_NAME);
  const libraryDir = resolveLibraryDir({ argv: process.argv, env: process.env, defaultDir });
  const nativeBinding = process.env.COURSEWRIGHT_NATIVE_BINDING;
  try {
    context = await openWithRecovery({
      libraryDir,
      nativeBinding,
      open: () =>
        createAppContext({
          libraryDir,
          host: 'electron',
          nativeBinding,
          secretSeal: safeStorageSeal(),
          // Selects the file itself in Explorer/Finder/the Linux file manager (the handler checked it exists).
          desktop: {
            showItemInFolder: (absolutePath) => {
              shell.showItemInFolder(absolutePath);
              return Promise.resolve({ shown: true });
            },
            // Exports and archives: the platform's own Save dialog, attached to the window (sheet on macOS).
            chooseSavePath: async ({ defaultPath, filters }) => {
              const options: SaveDialogOptions = {
                defaultPath: path.isAbsolute(defaultPath)
                  ? defaultPath
                  : path.join(app.getPath('documents'), defaultPath),
                filters,
                properties: ['createDirectory', 'showOverwriteConfirmation'],
              };
              const result = mainWindow
                ? await dialog.showSaveDialog(mainWindow, options)
                : await dialog.showSaveDialog(options);
              return result.canceled || !result.filePath ? null : result.filePath;
            },
          },
        }),
      // A damaged library with a pre-upgrade backup: offer it (the damaged file is kept in backups/).
      askRestore: async (error, backup) => {
        const { response } = await dialog.showMessageBox({
          type: 'error',
          title: 'Coursewright cannot open its library',
          message: 'The library database is damaged.',
          detail: `${libraryDir}\n\n${error.message}`,
          buttons: [`Restore the backup of ${new Date(backup.createdAt).toLocaleString()}`, 'Quit'],
          defaultId: 1,
          cancelId: 1,
        });
        return response === 0;
      },
    });
  } catch (e) {
    dialog.showErrorBox(
      'Coursewright cannot open its library',
      `${libraryDir}\n\n${e instanceof Error ? e.message : String(e)}`,
    );
    app.exit(1);
    return;
  }
  registerProtocolHandlers({
    rendererDir: RENDERER_DIR,
    library: context.library,
    previews: context.previews,
    packages: context.learn?.packages,
    cmi5: context.cmi5,
  });
  registerIpc(context);
  const deps: DesktopActionDeps = electronDesktopDeps({ context, getWindow: () => mainWindow, openWindow });
  installAppMenu({ context, deps, isDev: !app.isPackaged, appName: PRODUCT_NAME });
  const win = openWindow();
  // The renderer subscribes to app.command while it loads: files wait for the page (imports take longer).
  win.webContents.once('did-finish-load', () => openFiles.ready((file) => void openCourseArchive(file, deps)));
}

if (!app.requestSingleInstanceLock()) {
  // Two processes must never write one library; the first instance gets focused instead.
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    for (const file of courseArchivesInArgv(argv, workingDirectory)) openFiles.push(file);
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // macOS: double-clicked files arrive as events, possibly before `ready` (then they are queued).
  app.on('open-file', (event, file) => {
    event.preventDefault();
    openFiles.push(file);
  });
  app.on('window-all-closed', () => app.quit());
  app.on('activate', () => {
    if (context && BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  // Close the library (and stop export/media jobs) before the process goes away, then quit for real.
  app.on('will-quit', (event) => {
    const closing = context;
    if (!closing) return;
    context = null;
    event.preventDefault();
    closing
      .close()
      .catch((e: unknown) => console.error('[main] closing the library failed:', e))
      .finally(() => app.quit());
  });
  app.whenReady().then(start, (e: unknown) => {
    console.error('[main] startup failed:', e);
    app.exit(1);
  });
}
