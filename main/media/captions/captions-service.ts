import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { AppError, type Asset, type Block } from '../../../shared';
import { makeLibraryTempDir } from '../../library/library-temp';
import type { SqliteCourseLibrary } from '../../library/sqlite-course-library';
import type { CaptionIssue } from './cues';
import { toWebVtt } from './validate-captions';
import { readCaptionFile } from './read-caption-file';

export interface ImportCaptionsInput {
  path: string;
  videoBlockId?: string | undefined;
  language: string;
  label: string;
}

export interface ImportCaptionsResult {
  asset: Asset;
  cueCount: number;
  /** Warnings only (errors refuse the import). */
  issues: CaptionIssue[];
}

/**
 * Imports a .vtt or .srt file as a WebVTT captions asset (SRT is converted), refusing files with errors,
 * and optionally attaches it to a video block (replacing an earlier track of the same language).
 */
export async function importCaptions(
  library: Pick<SqliteCourseLibrary, 'importAsset' | 'getBlockCourseId' | 'getCourse' | 'updateBlock' | 'dir'>,
  input: ImportCaptionsInput,
): Promise<ImportCaptionsResult> {
  const name = path.basename(input.path);
  const ext = path.extname(name).toLowerCase();
  if (ext !== '.vtt' && ext !== '.srt') {
    throw new AppError('MEDIA', `${name} is not a captions file: use WebVTT (.vtt) or SubRip (.srt).`, { file: name });
  }
  if (!fs.existsSync(input.path)) throw new AppError('NOT_FOUND', `${name} was not found at ${input.path}.`);
  const block = input.videoBlockId ? findVideoBlock(library, input.videoBlockId) : null;
  const { vtt, report } = toWebVtt(await readCaptionFile(input.path, name));
  // Overlapping cues are legal WebVTT, but in a file brought in from elsewhere they are a timing mistake
  // (players stack both lines): refused at import with their line, like reversed cues.
  const refused = (i: CaptionIssue) => i.severity === 'error' || i.code === 'overlap';
  if (report.issues.some(refused)) {
    const errors = report.issues.filter(refused);
    const first = errors
      .slice(0, 3)
      .map((i) => `line ${i.line}: ${i.message}`)
      .join('; ');
    throw new AppError('VALIDATION', `${name} has ${errors.length} caption error(s) — ${first}`, {
      issues: report.issues,
    });
  }
  const dir = await makeLibraryTempDir(library.dir, 'captions');
  try {
    const temp = path.join(dir, `${path.basename(name, ext)}.vtt`);
    await fsp.writeFile(temp, vtt, 'utf8');
    const asset = await library.importAsset(temp, { kind: 'captions' });
    if (block) {
      const captions = block.captions.filter((c) => c.language !== input.language);
      captions.push({ assetId: asset.id, language: input.language, label: input.label });
      library.updateBlock(block.id, { ...block, captions });
    }
    return { asset, cueCount: report.cues.length, issues: report.issues };
  } finally {
    await fsp.rm(dir, { recursive: true, force: true });
  }
}

function findVideoBlock(
  library: Pick<SqliteCourseLibrary, 'getBlockCourseId' | 'getCourse'>,
  blockId: string,
): Extract<Block, { type: 'video' }> {
  const course = library.getCourse(library.getBlockCourseId(blockId));
  for (const mod of course.modules) {
    for (const lesson of mod.lessons) {
      const block = lesson.blocks.find((b) => b.id === blockId);
      if (!block) continue;
      if (block.type !== 'video')
        throw new AppError('CONFLICT', `Captions can only be attached to a video block, not a ${block.type} block.`);
      return block;
    }
  }
  throw new AppError('NOT_FOUND', `No block with id ${blockId} exists in the library.`);
}
