import { BrowserWindow } from 'electron';
import { APP_HOST, APP_SCHEME } from '../../shared/contract/api';

const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** The main window: isolated, sandboxed renderer whose only bridge is the preload's contract API. */
export function createMainWindow(opts: { preloadPath: string; iconPath?: string }): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Coursewright',
    ...(opts.iconPath ? { icon: opts.iconPath } : {}),
    webPreferences: {
      preload: opts.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY_URL);
  return win;
}
