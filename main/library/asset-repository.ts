import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Asset } from '../../shared';
import type { RepoContext } from './internals';

interface AssetRow {
  id: string;
  kind: Asset['kind'];
  sha256: string;
  mime: string;
  file_name: string;
  size: number;
  stored_path: string;
  created_at: string;
}

const toAsset = (r: AssetRow): Asset => ({
  id: r.id,
  kind: r.kind,
  sha256: r.sha256,
  mime: r.mime,
  fileName: r.file_name,
  size: r.size,
  createdAt: r.created_at,
});

interface NewAssetRecord {
  kind: Asset['kind'];
  sha256: string;
  mime: string;
  fileName: string;
  size: number;
  /** Relative to the library folder, forward slashes. */
  storedPath: string;
}

export class AssetRepository {
  private readonly q;

  constructor(
    private readonly ctx: RepoContext,
    private readonly libraryDir: string,
  ) {
    const { db } = ctx;
    const columns = `id, kind, sha256, mime, file_name, size, stored_path, created_at`;
    this.q = {
      list: db.prepare(`SELECT ${columns} FROM assets ORDER BY created_at DESC, seq DESC`),
      get: db.prepare(`SELECT ${columns} FROM assets WHERE id = ?`),
      bySha: db.prepare(`SELECT ${columns} FROM assets WHERE sha256 = ?`),
      delete: db.prepare(`DELETE FROM assets WHERE id = ?`),
      durations: db
        .prepare(`SELECT asset_id, duration FROM media_meta WHERE duration IS NOT NULL AND duration >= 0`)
        .raw(),
      insert: db.prepare(
        `INSERT INTO assets (${columns}) VALUES (@id, @kind, @sha256, @mime, @file_name, @size, @stored_path, @created_at)`,
      ),
    };
  }

  list(): Asset[] {
    return (this.q.list.all() as AssetRow[]).map(toAsset);
  }

  get(assetId: string): Asset | null {
    const row = this.q.get.get(assetId) as AssetRow | undefined;
    return row ? toAsset(row) : null;
  }

  findBySha256(sha256: string): Asset | null {
    const row = this.q.bySha.get(sha256) as AssetRow | undefined;
    return row ? toAsset(row) : null;
  }

  /** Records a stored original, or returns the asset that already holds this content. */
  insertOrGet(record: NewAssetRecord): Asset {
    const existing = this.findBySha256(record.sha256);
    if (existing) return existing;
    const row: AssetRow = {
      id: randomUUID(),
      kind: record.kind,
      sha256: record.sha256,
      mime: record.mime,
      file_name: record.fileName,
      size: record.size,
      stored_path: record.storedPath,
      created_at: this.ctx.now(),
    };
    this.q.insert.run(row);
    return toAsset(row);
  }

  delete(assetId: string): void {
    this.q.delete.run(assetId);
  }

  /** Probed media durations (seconds) by asset id. */
  durations(): Record<string, number> {
    return Object.fromEntries(this.q.durations.all() as [string, number][]);
  }

  /** The stored file of an asset, resolved from the database record only. */
  file(assetId: string): { path: string; mime: string; size: number } | null {
    const row = this.q.get.get(assetId) as AssetRow | undefined;
    if (!row) return null;
    return { path: path.join(this.libraryDir, ...row.stored_path.split('/')), mime: row.mime, size: row.size };
  }
}
