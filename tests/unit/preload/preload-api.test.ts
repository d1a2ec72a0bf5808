import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { createPreloadApi, type PreloadIpc } from '../../../preload/create-api';
import { IPC_EVENT_PREFIX, IPC_INVOKE_CHANNEL } from '../../../shared';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpc() {
  const listeners = new Map<string, Set<Listener>>();
  const ipc = {
    invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, value: 'from-main' })),
    on: vi.fn((channel: string, listener: Listener) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)?.add(listener);
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => {
      listeners.get(channel)?.delete(listener);
    }),
  } satisfies PreloadIpc;
  /** Simulates main's webContents.send: Electron passes its IpcRendererEvent first. */
  const emit = (channel: string, payload: unknown) => {
    const ipcEvent = { sender: { secret: 'ipcRenderer' }, senderId: 0, ports: [] };
    for (const l of listeners.get(channel) ?? []) l(ipcEvent, payload);
  };
  return { ipc, emit, listeners };
}

describe('preload API surface', () => {
  it('exposes exactly invoke, on, mediaUrl and pathForFile, frozen', () => {
    const api = createPreloadApi(fakeIpc().ipc);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'mediaUrl', 'on', 'pathForFile']);
    for (const key of Object.keys(api))
      expect(typeof (api as unknown as Record<string, unknown>)[key]).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('pathForFile returns the dropped file path, and null for files without one or non-files', () => {
    const getPath = vi.fn((file: unknown) => {
      if (!(file instanceof File)) throw new TypeError('not a File');
      return file.name === 'on-disk.mp4' ? '/home/ana/on-disk.mp4' : '';
    });
    const api = createPreloadApi(fakeIpc().ipc, getPath);
    expect(api.pathForFile?.(new File(['x'], 'on-disk.mp4'))).toBe('/home/ana/on-disk.mp4');
    expect(api.pathForFile?.(new File(['x'], 'built-in-js.mp4'))).toBeNull();
    expect(api.pathForFile?.({ name: 'fake', size: 1 })).toBeNull();
    expect(getPath).toHaveBeenCalledTimes(3);
    // Without Electron's webUtils (never in practice) it answers null rather than throwing.
    expect(createPreloadApi(fakeIpc().ipc).pathForFile?.(new File(['x'], 'a.mp4'))).toBeNull();
  });

  it('forwards contract channels over the single invoke channel', async () => {
    const { ipc } = fakeIpc();
    const api = createPreloadApi(ipc);
    const result = await api.invoke('courses.create', { title: 'T' });
    expect(result).toEqual({ ok: true, value: 'from-main' });
    expect(ipc.invoke).toHaveBeenCalledWith(IPC_INVOKE_CHANNEL, 'courses.create', { title: 'T' });
  });

  it.each(['nope', '__proto__', 'toString', '', 'coursewright:invoke', 42, null])(
    'never sends the non-contract channel %j and resolves UNKNOWN_CHANNEL',
    async (channel) => {
      const { ipc } = fakeIpc();
      const api = createPreloadApi(ipc);
      const result = await api.invoke(channel as never, {} as never);
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
      expect(ipc.invoke).not.toHaveBeenCalled();
    },
  );

  it('turns a rejected IPC call into an INTERNAL Result instead of throwing', async () => {
    const { ipc } = fakeIpc();
    ipc.invoke.mockRejectedValueOnce(new Error('window closing'));
    const result = await createPreloadApi(ipc).invoke('courses.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('strips the IPC event object before calling listeners, and unsubscribes', () => {
    const { ipc, emit, listeners } = fakeIpc();
    const api = createPreloadApi(ipc);
    const listener = vi.fn();
    const off = api.on('library.changed', listener);
    const wire = IPC_EVENT_PREFIX + 'library.changed';
    emit(wire, { courseId: null, reason: 'test' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual([{ courseId: null, reason: 'test' }]);
    off();
    off(); // idempotent
    expect(ipc.removeListener).toHaveBeenCalledTimes(1);
    expect(listeners.get(wire)?.size).toBe(0);
    emit(wire, { courseId: null, reason: 'again' });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it.each(['nope', '__proto__', 'coursewright:invoke'])(
    'refuses to subscribe to the non-contract event %j',
    (event) => {
      const { ipc } = fakeIpc();
      const off = createPreloadApi(ipc).on(event as never, () => {});
      expect(ipc.on).not.toHaveBeenCalled();
      expect(typeof off).toBe('function');
      off();
    },
  );

  it('builds media:// URLs and encodes hostile ids', () => {
    const api = createPreloadApi(fakeIpc().ipc);
    expect(api.mediaUrl('0a4c8a36-6e0f-4a47-9d1c-6a4c3f2b1e00')).toBe(
      'media://asset/0a4c8a36-6e0f-4a47-9d1c-6a4c3f2b1e00',
    );
    expect(api.mediaUrl('../../etc/passwd')).toBe('media://asset/..%2F..%2Fetc%2Fpasswd');
  });

  it('keeps zod and electron internals out of create-api (small sandboxed bundle)', () => {
    const source = readFileSync(new URL('../../../preload/create-api.ts', import.meta.url), 'utf8');
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(imports.sort()).toEqual(['../shared/contract/api', '../shared/contract/names']);
    const index = readFileSync(new URL('../../../preload/index.ts', import.meta.url), 'utf8');
    expect(index).toMatch(/exposeInMainWorld\(API_GLOBAL, createPreloadApi\(ipcRenderer, pathOf\)\)/);
    expect(index.match(/exposeInMainWorld/g)).toHaveLength(1);
  });
});

describe('preload bundle', () => {
  it('bundles to a small CommonJS file without zod', async () => {
    const { build } = await import('esbuild');
    const out = await build({
      entryPoints: [new URL('../../../preload/index.ts', import.meta.url).pathname],
      bundle: true,
      write: false,
      platform: 'node',
      format: 'cjs',
      external: ['electron'],
      logLevel: 'silent',
    });
    const code = out.outputFiles[0]?.text ?? '';
    expect(code).toContain('require("electron")');
    expect(code).not.toMatch(/ZodError|zod/);
    expect(code.length).toBeLessThan(8 * 1024);
  });
});
