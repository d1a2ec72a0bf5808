import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { IPC_EVENT_PREFIX, IPC_INVOKE_CHANNEL } from '../../shared/contract/api';
import type { AppContext } from '../app/app-context';
import { handleIpcInvoke } from '../ipc/ipc-invoke';
import { isAppUrl, type IpcSender } from '../security/trusted-sender';

/** The only module touching ipcMain: one invoke channel into the router, events out to app windows. */
export function registerIpc(context: AppContext): () => void {
  ipcMain.handle(IPC_INVOKE_CHANNEL, (event, channel: unknown, input: unknown) =>
    handleIpcInvoke(context.router, senderOf(event), channel, input),
  );
  const unsubscribe = context.events.subscribe(({ event, payload }) => {
    for (const win of BrowserWindow.getAllWindows()) {
      if (win.isDestroyed() || !isAppUrl(win.webContents.getURL())) continue;
      win.webContents.send(IPC_EVENT_PREFIX + event, payload);
    }
  });
  return () => {
    ipcMain.removeHandler(IPC_INVOKE_CHANNEL);
    unsubscribe();
  };
}

/** Describes the sending frame; null when it is gone (navigated away or destroyed). */
function senderOf(event: IpcMainInvokeEvent): IpcSender | null {
  try {
    const frame = event.senderFrame;
    if (!frame) return null;
    return { isMainFrame: frame.parent === null && frame === event.sender.mainFrame, url: frame.url };
  } catch {
    return null;
  }
}
