import { IPC_EVENT_PREFIX, IPC_INVOKE_CHANNEL, MEDIA_SCHEME, type CoursewrightApi } from '../shared/contract/api';
import { CHANNEL_NAME_LIST, EVENT_NAME_LIST } from '../shared/contract/names';

/**
 * Builds the one object the preload exposes to the renderer. No electron import here (and no zod:
 * the sandboxed preload bundle stays tiny), so the surface is unit-tested in Node. Main validates
 * everything again; the checks here just keep arbitrary strings from ever reaching ipcRenderer.
 */
export interface PreloadIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

const CHANNELS: ReadonlySet<string> = new Set(CHANNEL_NAME_LIST);
const EVENTS: ReadonlySet<string> = new Set(EVENT_NAME_LIST);

type ErrorResult = { ok: false; error: { code: 'UNKNOWN_CHANNEL' | 'INTERNAL'; message: string } };
const failure = (code: ErrorResult['error']['code'], message: string): ErrorResult => ({
  ok: false,
  error: { code, message },
});

/** Electron's `webUtils.getPathForFile` (throws for non-Files, '' for files not on disk). */
type GetPathForFile = (file: unknown) => string;

export function createPreloadApi(ipc: PreloadIpc, getPathForFile?: GetPathForFile): CoursewrightApi {
  const api: CoursewrightApi = {
    invoke(channel, input) {
      if (typeof channel !== 'string' || !CHANNELS.has(channel)) {
        return Promise.resolve(failure('UNKNOWN_CHANNEL', `Unknown channel: ${String(channel).slice(0, 80)}`)) as never;
      }
      // ipcRenderer.invoke only rejects for transport failures (window closing); keep the Result contract.
      return ipc
        .invoke(IPC_INVOKE_CHANNEL, channel, input)
        .catch((e: unknown) =>
          failure('INTERNAL', `IPC failed: ${e instanceof Error ? e.message : String(e)}`),
        ) as never;
    },
    on(event, listener) {
      if (typeof event !== 'string' || !EVENTS.has(event) || typeof listener !== 'function') {
        return () => undefined;
      }
      // Strip Electron's IpcRendererEvent: it carries `sender` (ipcRenderer itself) into the page.
      const wrapped = (_event: unknown, payload: unknown) => {
        (listener as (payload: unknown) => void)(payload);
      };
      const wire = IPC_EVENT_PREFIX + event;
      ipc.on(wire, wrapped);
      let active = true;
      return () => {
        if (!active) return;
        active = false;
        ipc.removeListener(wire, wrapped);
      };
    },
    mediaUrl(assetId) {
      return `${MEDIA_SCHEME}://asset/${encodeURIComponent(String(assetId))}`;
    },
    // The only way to a dropped file's path with contextIsolation; the page gets the path of a file the
    // user chose to drop, nothing more (main still validates every path it is given).
    pathForFile(file) {
      if (!getPathForFile) return null;
      try {
        const found = getPathForFile(file);
        return typeof found === 'string' && found.length > 0 ? found : null;
      } catch {
        return null;
      }
    },
  };
  return Object.freeze(api);
}
