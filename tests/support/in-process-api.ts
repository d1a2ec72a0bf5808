import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAppContext, type AppContext } from '../../main/app/app-context';
import type { DesktopCapability } from '../../main/desktop/desktop-capability';
import type { CoursewrightApi, EventName, EventPayload, Result } from '../../shared';

export interface InProcessApi {
  api: CoursewrightApi;
  context: AppContext;
  /** The temp library folder (removed by `close`). */
  dir: string;
  /** Number of `invoke` calls made so far, per channel (lets tests check what a store called). */
  calls: Map<string, number>;
  close(): Promise<void>;
}

/**
 * A real `CoursewrightApi` over the real router, handlers and SQLite library in a temp folder, with
 * no transport in between. Inputs and results go through JSON like on the wire (so a store can't
 * depend on something the browser host would drop), and events arrive asynchronously, as they do
 * over IPC and WebSocket.
 */
export async function createInProcessApi(
  options: {
    seedSample?: boolean;
    /** An existing library folder to open (removed by `close` too). */
    dir?: string;
    /** What the host can do on the desktop (e.g. a scripted Save dialog); the system opener by default. */
    desktop?: DesktopCapability;
  } = {},
): Promise<InProcessApi> {
  const dir = options.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'cw-inproc-'));
  const context = await createAppContext({
    libraryDir: dir,
    host: 'browser',
    ...(options.seedSample !== undefined ? { seedSample: options.seedSample } : {}),
    ...(options.desktop ? { desktop: options.desktop } : {}),
  });
  const calls = new Map<string, number>();
  const wire = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

  const api: CoursewrightApi = {
    async invoke(channel, input) {
      calls.set(channel, (calls.get(channel) ?? 0) + 1);
      // Like the browser host, which reports its content origin (packages, previews, LMS pages) through app.info.
      const ctx = { host: 'browser', contentBase: 'http://127.0.0.1:9/c/in-process' } as const;
      const result = await context.router.dispatch(channel, wire(input), ctx);
      return wire(result) as Result<never>;
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) {
      // Nothing is delivered after unsubscribing, not even an event already on its way (a closed test would
      // otherwise refresh a store against a closed library).
      let live = true;
      const off = context.events.subscribe((message) => {
        if (message.event !== event) return;
        const payload = wire(message.payload) as EventPayload<E>;
        setTimeout(() => live && listener(payload), 0);
      });
      return () => {
        live = false;
        off();
      };
    },
    mediaUrl: (assetId) => `/media/${encodeURIComponent(assetId)}`,
  };

  return {
    api,
    context,
    dir,
    calls,
    async close() {
      await context.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
