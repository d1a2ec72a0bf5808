import fsp from 'node:fs/promises';
import path from 'node:path';
import { AppError, type Asset, type Block } from '../../../shared';
import { makeLibraryTempDir } from '../../library/library-temp';
import type { SqliteCourseLibrary } from '../../library/sqlite-course-library';
import { serializeVtt } from './cues';
import { validateCaptions } from './validate-captions';

export interface SaveCaptionsResult {
  asset: Asset;
  /** Video blocks whose caption track now points at the new asset. */
  repointedBlockIds: string[];
}

type SaveLibrary = Pick<
  SqliteCourseLibrary,
  'getAsset' | 'importAsset' | 'listCourses' | 'getCourse' | 'updateBlock' | 'dir'
>;

/**
 * Stores edited WebVTT as a new (content-addressed) captions asset and re-points every video block that
 * used the old one. The old asset is left alone: other copies (trash, undo) may still need it, and
 * "Clean up unused media" removes it once nothing does.
 */
export async function saveCaptions(
  library: SaveLibrary,
  input: { assetId: string; vtt: string },
): Promise<SaveCaptionsResult> {
  const old = library.getAsset(input.assetId);
  if (!old) throw new AppError('NOT_FOUND', `No asset with id ${input.assetId} exists in the library.`);
  if (old.kind !== 'captions') {
    throw new AppError('CONFLICT', `${old.fileName} is a ${old.kind} asset, not captions.`);
  }
  const report = validateCaptions(input.vtt, 'vtt');
  if (!report.valid) {
    const errors = report.issues.filter((i) => i.severity === 'error');
    const first = errors
      .slice(0, 3)
      .map((i) => `line ${i.line}: ${i.message}`)
      .join('; ');
    throw new AppError('VALIDATION', `The captions have ${errors.length} error(s) — ${first}`, {
      issues: report.issues,
    });
  }
  const base = path.basename(old.fileName, path.extname(old.fileName)) || 'captions';
  const dir = await makeLibraryTempDir(library.dir, 'captions');
  let asset: Asset;
  try {
    const temp = path.join(dir, `${base}.vtt`);
    await fsp.writeFile(temp, serializeVtt(report.cues), 'utf8');
    asset = await library.importAsset(temp, { kind: 'captions' });
  } finally {
    await fsp.rm(dir, { recursive: true, force: true });
  }
  const repointedBlockIds: string[] = [];
  if (asset.id !== old.id) {
    for (const summary of library.listCourses()) {
      const course = library.getCourse(summary.id);
      for (const mod of course.modules) {
        for (const lesson of mod.lessons) {
          for (const block of lesson.blocks) {
            const updated = repoint(block, old.id, asset.id);
            if (!updated) continue;
            library.updateBlock(block.id, updated);
            repointedBlockIds.push(block.id);
          }
        }
      }
    }
  }
  return { asset, repointedBlockIds };
}

function repoint(block: Block, from: string, to: string): Block | null {
  if (block.type !== 'video' || !block.captions.some((c) => c.assetId === from)) return null;
  return { ...block, captions: block.captions.map((c) => (c.assetId === from ? { ...c, assetId: to } : c)) };
}
