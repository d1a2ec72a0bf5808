import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { AppError } from '../../shared';
import type { ExtractLimits } from '../scorm-import/safe-extract';
import { unpackPackage, type UnpackedRowBase } from '../scorm-import/unpack-package';
import { parseCmi5Structure, type Cmi5Structure } from './cmi5-structure';

/** Kept apart from SCORM's `packages/` (whose clean-up removes folders without a SCORM row). */
export const CMI5_PACKAGES_DIR = 'cmi5-packages';

interface Cmi5PackageSummary {
  id: string;
  title: string;
  courseIri: string;
  auCount: number;
  fileCount: number;
  size: number;
  importedAt: string;
}
interface StoredCmi5Package extends Cmi5PackageSummary {
  /** Absolute folder of the unpacked package. */
  dir: string;
  structure: Cmi5Structure;
}

interface Row extends UnpackedRowBase {
  course_iri: string;
  structure: string;
}

/** Imported cmi5 packages (`coursewright cmi5 import`): the same safe extraction as SCORM, cmi5.xml at the root (§14.1). */
export class Cmi5PackageStore {
  constructor(
    private readonly db: Database.Database,
    private readonly libraryDir: string,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  async importZip(zipPath: string, limits?: Partial<ExtractLimits>): Promise<StoredCmi5Package> {
    const opts = { libraryDir: this.libraryDir, dir: CMI5_PACKAGES_DIR, table: 'cmi5_packages', zipPath, limits };
    const row = await unpackPackage<Row>(this.db, { ...opts, now: this.now() }, async ({ id, target, files, base }) => {
      if (!files.includes('cmi5.xml')) {
        throw new AppError('IMPORT', 'The archive has no cmi5.xml at its root: it is not a cmi5 package.');
      }
      const structure = parseCmi5Structure(await fsp.readFile(path.join(target, 'cmi5.xml')));
      for (const au of structure.aus) {
        if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(au.url)) continue; // hosted elsewhere
        const rel = decodeURIComponent(au.url.split(/[?#]/)[0] ?? '');
        const file = path.resolve(target, rel);
        if (!file.startsWith(target + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
          throw new AppError(
            'IMPORT',
            `cmi5.xml launches "${au.url}" (AU ${au.id}), but the package has no such file.`,
          );
        }
      }
      return {
        ...base,
        title: structure.title.slice(0, 500),
        course_iri: structure.courseId,
        folder: `${CMI5_PACKAGES_DIR}/${id}`,
        structure: JSON.stringify(structure),
      };
    });
    return this.toStored(row);
  }

  list(): Cmi5PackageSummary[] {
    return (this.db.prepare(`SELECT * FROM cmi5_packages ORDER BY seq DESC`).all() as Row[]).map((r) =>
      this.summary(r),
    );
  }

  get(id: string): StoredCmi5Package {
    const row = this.db.prepare(`SELECT * FROM cmi5_packages WHERE id = ?`).get(id) as Row | undefined;
    if (!row) throw new AppError('NOT_FOUND', `No imported cmi5 package with id ${id} exists.`, { id });
    return this.toStored(row);
  }

  private summary(r: Row): Cmi5PackageSummary {
    const structure = JSON.parse(r.structure) as Cmi5Structure;
    return {
      id: r.id,
      title: r.title,
      courseIri: r.course_iri,
      auCount: structure.aus.length,
      fileCount: r.file_count,
      size: r.size,
      importedAt: r.imported_at,
    };
  }

  private toStored(r: Row): StoredCmi5Package {
    return {
      ...this.summary(r),
      dir: path.join(this.libraryDir, ...r.folder.split('/')),
      structure: JSON.parse(r.structure) as Cmi5Structure,
    };
  }
}
