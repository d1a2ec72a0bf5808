import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Channel handlers live in one place, main/ipc/ (issue 14 §2), and services never import the router or the
 * handlers: only the transports and the composition root (app, cli, electron, host) reach main/ipc/.
 */
const MAIN = path.resolve(__dirname, '../../../main');
const MAY_IMPORT_IPC = new Set(['ipc', 'app', 'cli', 'electron', 'host']);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}
const specifiers = (file: string) =>
  [...fs.readFileSync(file, 'utf8').matchAll(/(?:from|import\()\s*'(\.[^']+)'/g)].map((m) => m[1]!);
const folderOf = (file: string) => path.relative(MAIN, file).split(path.sep)[0]!;

describe('channel handlers and the router', () => {
  it('only transports and the composition root import main/ipc/', () => {
    const offenders = sourceFiles(MAIN)
      .filter((f) => !MAY_IMPORT_IPC.has(folderOf(f)) && path.dirname(f) !== MAIN)
      .flatMap((f) =>
        specifiers(f)
          .filter((s) => folderOf(path.resolve(path.dirname(f), s)) === 'ipc')
          .map((s) => `${path.relative(MAIN, f)} imports ${s}`),
      );
    expect(offenders).toEqual([]);
  });

  it('every channel handler file is in main/ipc/', () => {
    const elsewhere = sourceFiles(MAIN)
      .filter((f) => /-handlers\.ts$/.test(f) && folderOf(f) !== 'ipc')
      .map((f) => path.relative(MAIN, f));
    expect(elsewhere).toEqual([]);
  });
});
