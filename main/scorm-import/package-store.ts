import fsp from 'node:fs/promises';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { AppError } from '../../shared';
import { findStaticFile, type StaticFile } from '../http/static-files';
import { parseManifest } from './manifest-parser';
import type { ScormManifest, ScormVersion } from './manifest-types';
import type { ExtractLimits } from './safe-extract';
import { unpackPackage, type UnpackedRowBase } from './unpack-package';

const PACKAGES_DIR = 'packages';
const MANIFEST = 'imsmanifest.xml';

interface PackageSummary {
  readonly id: string;
  readonly title: string;
  readonly version: ScormVersion;
  readonly scoCount: number;
  readonly sourceName: string;
  readonly size: number;
  readonly fileCount: number;
  readonly importedAt: string;
}

interface StoredPackage extends PackageSummary {
  /** Absolute folder holding imsmanifest.xml. */
  readonly dir: string;
  readonly manifest: ScormManifest;
}

interface PackageRow extends UnpackedRowBase {
  version: ScormVersion;
  manifest: string;
}

/** Imported SCORM packages: unpacked under `<library>/packages/<id>/`, described in `scorm_packages`. */
export class PackageStore {
  constructor(
    private readonly db: Database.Database,
    private readonly libraryDir: string,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  /**
   * Safely unpacks `zipPath`, parses its manifest, checks every launch file exists, and records it. Any
   * refusal (AppError 'IMPORT') or failure removes the folder again, so nothing is left behind.
   */
  async importZip(zipPath: string, limits?: Partial<ExtractLimits>): Promise<StoredPackage> {
    const opts = { libraryDir: this.libraryDir, dir: PACKAGES_DIR, table: 'scorm_packages', zipPath, limits };
    const row = await unpackPackage<PackageRow>(
      this.db,
      { ...opts, now: this.now() },
      async ({ target, files, base }) => {
        const manifestPath = findManifest(files);
        const dir = path.join(target, ...manifestPath.split('/').slice(0, -1));
        const manifest = parseManifest(await fsp.readFile(path.join(target, ...manifestPath.split('/'))));
        for (const sco of manifest.scos) {
          const file = await findStaticFile(dir, `/${sco.launchPath.split('/').map(encodeURIComponent).join('/')}`);
          if (!file.ok) {
            throw new AppError(
              'IMPORT',
              `The manifest launches "${sco.launchPath}" (item "${sco.itemId}"), but the package has no such file.`,
            );
          }
        }
        return {
          ...base,
          title: manifest.title.slice(0, 500),
          version: manifest.version,
          folder: path.relative(this.libraryDir, dir).split(path.sep).join('/'),
          manifest: JSON.stringify(manifest),
        };
      },
    );
    return this.toStored(row);
  }

  list(): PackageSummary[] {
    const rows = this.db
      .prepare(`SELECT * FROM scorm_packages ORDER BY imported_at DESC, seq DESC`)
      .all() as PackageRow[];
    return rows.map((r) => summary(r, JSON.parse(r.manifest) as ScormManifest));
  }

  get(packageId: string): StoredPackage {
    const row = this.db.prepare(`SELECT * FROM scorm_packages WHERE id = ?`).get(packageId) as PackageRow | undefined;
    if (!row) throw new AppError('NOT_FOUND', `No imported package with id ${packageId} exists.`, { id: packageId });
    return this.toStored(row);
  }

  /** Deletes the package, its attempts (cascade) and its folder. */
  async remove(packageId: string): Promise<void> {
    this.get(packageId);
    this.db.prepare(`DELETE FROM scorm_packages WHERE id = ?`).run(packageId);
    await fsp.rm(path.join(this.libraryDir, PACKAGES_DIR, packageId), { recursive: true, force: true });
  }

  /**
   * Removes what an interrupted import left in `packages/`: `.partial-` folders and package folders without a
   * row. Only entries older than `minAgeMs` go, so an import running in another process (CLI) is left alone.
   */
  async removeOrphans(minAgeMs = 60 * 60 * 1000): Promise<string[]> {
    const root = path.join(this.libraryDir, PACKAGES_DIR);
    // Read the rows before any await: the caller may close the library while the file system work runs.
    const known = new Set(
      (this.db.prepare(`SELECT folder FROM scorm_packages`).pluck().all() as string[]).map((f) => f.split('/')[1]),
    );
    let names: string[];
    try {
      names = await fsp.readdir(root);
    } catch {
      return [];
    }
    const removed: string[] = [];
    for (const name of names) {
      if (known.has(name)) continue;
      if (!name.includes('.partial-') && !/^[0-9a-f-]{36}$/.test(name)) continue;
      const full = path.join(root, name);
      const stat = await fsp.lstat(full).catch(() => null);
      if (!stat || Date.now() - stat.mtimeMs < minAgeMs) continue;
      await fsp.rm(full, { recursive: true, force: true });
      removed.push(name);
    }
    return removed;
  }

  /** A file of a package for the browser host / app protocol (`/packages/<id>/<urlPath>`), never outside it. */
  async findFile(packageId: string, urlPath: string): Promise<StaticFile> {
    let dir: string;
    try {
      dir = this.get(packageId).dir;
    } catch {
      return { ok: false, status: 404, reason: 'no such package' };
    }
    return findStaticFile(dir, urlPath);
  }

  private toStored(row: PackageRow): StoredPackage {
    const manifest = JSON.parse(row.manifest) as ScormManifest;
    return { ...summary(row, manifest), dir: path.join(this.libraryDir, ...row.folder.split('/')), manifest };
  }
}

function summary(row: PackageRow, manifest: ScormManifest): PackageSummary {
  return {
    id: row.id,
    title: row.title,
    version: row.version,
    scoCount: manifest.scos.length,
    sourceName: row.source_name,
    size: row.size,
    fileCount: row.file_count,
    importedAt: row.imported_at,
  };
}

/**
 * The manifest belongs at the archive root (any letter case is tolerated); a zip made by compressing the
 * package's folder has it one level down instead, which is tolerated when that folder holds everything.
 */
function findManifest(files: readonly string[]): string {
  const atRoot = files.find((f) => f.toLowerCase() === MANIFEST);
  if (atRoot) return atRoot;
  const tops = new Set(files.map((f) => f.split('/')[0]));
  const only = tops.size === 1 ? [...tops][0] : undefined;
  const inFolder = only ? files.find((f) => f.toLowerCase() === `${only.toLowerCase()}/${MANIFEST}`) : undefined;
  if (inFolder) return inFolder;
  const nested = files.find((f) => f.toLowerCase().endsWith(`/${MANIFEST}`));
  throw new AppError(
    'IMPORT',
    nested
      ? `The package has its manifest at "${nested}"; imsmanifest.xml must be at the root of the zip.`
      : 'The zip has no imsmanifest.xml at its root, so it is not a SCORM package.',
  );
}
