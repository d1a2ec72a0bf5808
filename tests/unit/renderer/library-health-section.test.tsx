import { libraryConnection } from '../../../main/library/sqlite-course-library';
// @vitest-environment happy-dom
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/library/database';
import { MIGRATIONS } from '../../../main/library/migrations';
import type { SqliteCourseLibrary } from '../../../main/library/open-library';
import { createAppStores } from '../../../renderer/src/stores/app-stores';
import { StoresProvider } from '../../../renderer/src/stores/stores-context';
import { LibraryHealthSection } from '../../../renderer/src/screens/library/library-health-section';
import { ToastRegion } from '../../../renderer/src/components/ui/toast-region';
import { App } from '../../../renderer/src/app';
import { createInProcessApi, type InProcessApi } from '../../support/in-process-api';

let env: InProcessApi | undefined;
afterEach(async () => {
  cleanup();
  await env?.close();
  env = undefined;
});

/** A library folder at the previous schema version: opening it upgrades it and keeps a backup. */
async function oldLibrary(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-health-ui-'));
  const { db } = await openDatabase(path.join(dir, 'library.sqlite'), { migrations: MIGRATIONS.slice(0, -1) });
  db.close();
  return dir;
}

/** Garbage over the header of the `courses` table's root page, behind the open connection's back. */
function damageCourses(library: SqliteCourseLibrary): void {
  libraryConnection(library).pragma('wal_checkpoint(TRUNCATE)');
  const pageSize = libraryConnection(library).pragma('page_size', { simple: true }) as number;
  const root = libraryConnection(library).prepare(`SELECT rootpage FROM sqlite_schema WHERE name = 'courses'`).pluck().get() as number;
  const fd = fs.openSync(library.databasePath, 'r+');
  fs.writeSync(fd, Buffer.alloc(16, 0xa5), 0, 16, (root - 1) * pageSize);
  fs.closeSync(fd);
  libraryConnection(library).pragma('shrink_memory');
}

function renderSection(api: InProcessApi['api']) {
  const stores = createAppStores(api);
  render(
    <StoresProvider stores={stores}>
      <ToastRegion />
      <LibraryHealthSection />
    </StoresProvider>,
  );
}

describe('library health in the app', () => {
  it('"Check library" reports a healthy library', async () => {
    env = await createInProcessApi({ seedSample: false });
    renderSection(env.api);
    await userEvent.click(screen.getByRole('button', { name: 'Check library' }));
    expect(await screen.findByText(/No problems found/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Restore the backup/ })).toBeNull();
  });

  it('finds damage, offers the pre-upgrade backup, and the next start restores it and says so once', async () => {
    const dir = await oldLibrary();
    env = await createInProcessApi({ seedSample: false, dir });
    const library = env.context.library as SqliteCourseLibrary;
    damageCourses(library);
    renderSection(env.api);
    await userEvent.click(screen.getByRole('button', { name: 'Check library' }));
    expect(await screen.findByText(/The library database is damaged/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: /Restore the backup of/ }));
    expect(await screen.findByText(/start it again: the library is then replaced by the backup/)).toBeTruthy();
    cleanup();

    // "Restart": the app closes the library; the next open carries out the restore.
    await env.context.close();
    env = await createInProcessApi({ seedSample: false, dir });
    const reopened = env.context.library as SqliteCourseLibrary;
    expect(libraryConnection(reopened).pragma('integrity_check', { simple: true })).toBe('ok');
    const stores = createAppStores(env.api);
    render(
      <StoresProvider stores={stores}>
        <App />
      </StoresProvider>,
    );
    await waitFor(() => expect(screen.getByText(/The library was restored from the backup/)).toBeTruthy());
    expect(fs.readdirSync(path.join(dir, 'backups')).some((n) => n.startsWith('replaced-'))).toBe(true);
    // Once: another window asking again gets nothing.
    const again = await env.api.invoke('library.openNotice', {});
    expect(again.ok && again.value.notice).toBeNull();
  });
});
