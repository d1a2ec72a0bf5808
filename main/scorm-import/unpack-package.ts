import { randomUUID } from 'node:crypto';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { safeExtractZip, type ExtractLimits } from './safe-extract';

/** The columns every imported-package table (SCORM, cmi5) has besides its own. */
export interface UnpackedRowBase {
  id: string;
  title: string;
  folder: string;
  source_name: string;
  size: number;
  file_count: number;
  imported_at: string;
}

interface Unpacked {
  readonly id: string;
  /** Absolute folder the archive was unpacked into. */
  readonly target: string;
  readonly files: readonly string[];
  /** The base columns, filled in; the caller adds its own (and may override `folder`). */
  readonly base: Omit<UnpackedRowBase, 'title' | 'folder'>;
}

/**
 * One import skeleton for SCORM and cmi5 packages: safely unpacks `zipPath` under `<library>/<dir>/<new id>/`,
 * lets `describe` check the package and build its row, inserts the row into `table`. Any refusal or failure
 * removes the folder again, so a refused package leaves nothing behind.
 */
export async function unpackPackage<R extends UnpackedRowBase>(
  db: Database.Database,
  opts: {
    libraryDir: string;
    dir: string;
    table: string;
    zipPath: string;
    limits?: Partial<ExtractLimits>;
    now: string;
  },
  describe: (u: Unpacked) => Promise<R>,
): Promise<R> {
  const id = randomUUID();
  const target = path.join(opts.libraryDir, opts.dir, id);
  const extracted = await safeExtractZip(opts.zipPath, target, opts.limits);
  try {
    const row = await describe({
      id,
      target,
      files: extracted.files,
      base: {
        id,
        source_name: path.basename(opts.zipPath),
        size: extracted.totalBytes,
        file_count: extracted.files.length,
        imported_at: opts.now,
      },
    });
    const cols = Object.keys(row);
    // Column names come from the caller's typed row, never from the package.
    db.prepare(`INSERT INTO ${opts.table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(
      row,
    );
    return row;
  } catch (e) {
    await fsp.rm(target, { recursive: true, force: true });
    throw e;
  }
}
