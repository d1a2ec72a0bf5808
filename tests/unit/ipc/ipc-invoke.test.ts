import { describe, expect, it, vi } from 'vitest';
import { handleIpcInvoke } from '../../../main/ipc/ipc-invoke';
import type { Router } from '../../../main/ipc/router';

const okRouter = (): Router & { dispatch: ReturnType<typeof vi.fn> } => ({
  dispatch: vi.fn(async () => ({ ok: true as const, value: 'routed' })),
});

const APP = 'app://coursewright/index.html';

describe('handleIpcInvoke (Electron IPC decision logic)', () => {
  it('dispatches trusted calls with host electron', async () => {
    const router = okRouter();
    const result = await handleIpcInvoke(router, { isMainFrame: true, url: APP }, 'courses.list', {});
    expect(result).toEqual({ ok: true, value: 'routed' });
    expect(router.dispatch).toHaveBeenCalledWith(
      'courses.list',
      {},
      { host: 'electron', contentBase: 'cwcontent://coursewright' },
    );
  });

  it.each([
    ['no sender frame', null],
    ['a subframe of the app', { isMainFrame: false, url: APP }],
    ['a web page', { isMainFrame: true, url: 'https://example.com/' }],
    ['a file URL', { isMainFrame: true, url: 'file:///tmp/x.html' }],
    ['another app host', { isMainFrame: true, url: 'app://evil/index.html' }],
    ['the media scheme', { isMainFrame: true, url: 'media://asset/x' }],
    ['a garbage URL', { isMainFrame: true, url: 'not a url' }],
  ])('refuses %s with FORBIDDEN without dispatching', async (_name, sender) => {
    const router = okRouter();
    const result = await handleIpcInvoke(router, sender, 'courses.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(router.dispatch).not.toHaveBeenCalled();
  });

  it('never throws, even when the router or sender misbehave', async () => {
    const throwing: Router = {
      dispatch: () => {
        throw new Error('router bug');
      },
    };
    expect(await handleIpcInvoke(throwing, { isMainFrame: true, url: APP }, 'x', 1)).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
    const hostile = Object.defineProperty({}, 'isMainFrame', {
      get: () => {
        throw new Error('getter');
      },
    }) as { isMainFrame: boolean; url: string };
    expect(await handleIpcInvoke(okRouter(), hostile, 'x', 1)).toMatchObject({ ok: false });
  });
});
