// @vitest-environment happy-dom
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext, type AppContext } from '../../../main/app/app-context';
import type { SecretSeal } from '../../../main/records-sync/lrs-settings';
import type { CoursewrightApi } from '../../../shared';
import { createLrsStore } from '../../../renderer/src/learn/lrs-store';
import { LrsSyncPanel } from '../../../renderer/src/learn/lrs-sync-panel';
import { freePort, startRealLrs } from '../../integration/records-sync/real-lrs';

let dir: string;
let context: AppContext;
let lrs: Awaited<ReturnType<typeof startRealLrs>>;
const seal: SecretSeal = {
  available: true,
  seal: (s) => Buffer.from(s).toString('hex'),
  unseal: (s) => Buffer.from(s, 'hex').toString(),
};
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-lrs-panel-'));
  context = await createAppContext({
    libraryDir: path.join(dir, 'lib'),
    host: 'cli',
    seedSample: false,
    secretSeal: seal,
  });
  lrs = await startRealLrs(await freePort());
}, 60_000);
afterAll(async () => {
  await lrs?.stop();
  await context?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
afterEach(cleanup);

// The panel talks to the real router (the same contract the app's hosts serve).
const api: Pick<CoursewrightApi, 'invoke'> = {
  invoke: (channel, input) => context.router.dispatch(channel, input, { host: 'cli' }) as never,
};

describe('LRS settings panel', () => {
  it('saves the LRS, tests the connection and syncs, never showing the secret', async () => {
    const user = userEvent.setup();
    render(<LrsSyncPanel store={createLrsStore(api)} />);
    await user.type(screen.getByLabelText('LRS endpoint'), lrs.endpoint);
    await user.type(screen.getByLabelText('Key'), 'k');
    await user.type(screen.getByLabelText('Secret'), 'panel-s3cret');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const status = screen.getByRole('status');
    await within(status).findByText('Saved.');
    expect(screen.getByLabelText('Secret')).toHaveProperty('value', '');
    expect(screen.getByLabelText('Secret')).toHaveProperty('placeholder', 'stored');
    expect(document.body.innerHTML).not.toContain('panel-s3cret');
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    await within(status).findByText(/^Connected \(xAPI /);
    await user.click(screen.getByRole('button', { name: 'Sync now' }));
    await within(status).findByText('Sent 0, already there 0, rejected 0, left 0.');
  }, 30_000);

  it('a wrong endpoint says it is not connected', async () => {
    const user = userEvent.setup();
    render(<LrsSyncPanel store={createLrsStore(api)} />);
    const input = screen.getByLabelText('LRS endpoint');
    await user.clear(input);
    await user.type(input, `http://127.0.0.1:${await freePort()}/xAPI/`);
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    await within(screen.getByRole('status')).findByText(/^Not connected: /);
  }, 30_000);
});
