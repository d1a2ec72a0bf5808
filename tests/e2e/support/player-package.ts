import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Block, BlockOf, BlockType, CoursePackage, CourseTree, ExportFormat } from '../../../shared';
import {
  captionScriptPath,
  renderCaptionScript,
  renderPlayerHtml,
  runtimeFileFor,
  PACKAGE_PATHS,
  PLAYER_CSS_FILE,
} from '../../../shared/package/player-html';
import { buildCoursePackage, writeCourseScript, type ResolvedAsset } from '../../../main/export/build-course-package';
import { SAMPLE_MEDIA } from '../../../main/library/sample/index';
import type { SampleAssets } from '../../../main/library/sample/build';
import { sampleCourseTree } from '../../support/player-course-tree';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const PLAYER_DIR = path.join(REPO_ROOT, 'out/player');
const MIME: Record<string, string> = {
  svg: 'image/svg+xml',
  mp4: 'video/mp4',
  m4a: 'audio/mp4',
  vtt: 'text/vtt',
  pdf: 'application/pdf',
};

export interface PlayerPackage {
  dir: string;
  /** file:// URL of index.html */
  url: string;
  pkg: CoursePackage;
  tree: CourseTree;
  cleanup(): void;
}

/**
 * Writes the sample course as a package folder (the exporter's package builder, the player build of the format's
 * LMS binding from `npm run build:player`, and the sample media from resources/sample) into a temp directory.
 */
export function buildSamplePlayerPackage(
  target: ExportFormat = 'html5',
  mutate?: (tree: CourseTree) => void,
): PlayerPackage {
  const runtime = path.join(PLAYER_DIR, runtimeFileFor(target));
  if (!fs.existsSync(runtime)) throw new Error('out/player is missing: run `npm run build:player` first');
  const ids = Object.fromEntries(Object.keys(SAMPLE_MEDIA).map((k) => [k, randomUUID()])) as unknown as SampleAssets;
  const tree = sampleCourseTree(ids);
  mutate?.(tree);
  const byId = new Map<string, ResolvedAsset>(
    Object.entries(SAMPLE_MEDIA).map(([key, { file, kind }]) => {
      const full = path.join(REPO_ROOT, 'resources/sample', file);
      const ext = file.split('.').pop() ?? '';
      return [
        ids[key as keyof SampleAssets] ?? '',
        { path: full, mime: MIME[ext] ?? 'application/octet-stream', size: fs.statSync(full).size, kind },
      ];
    }),
  );
  const { pkg, files } = buildCoursePackage(tree, target, { resolve: (id) => byId.get(id) ?? null });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-player-'));
  const write = (rel: string, data: string | Buffer) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), data);
  };
  write(PACKAGE_PATHS.index, renderPlayerHtml({ title: tree.title, language: tree.language, target }));
  // The runtime of the format's LMS binding, as the exporter ships it (main/export/runtime-files.ts).
  write(PACKAGE_PATHS.playerJs, fs.readFileSync(runtime));
  write(PACKAGE_PATHS.playerCss, fs.readFileSync(path.join(PLAYER_DIR, PLAYER_CSS_FILE)));
  write(PACKAGE_PATHS.courseJs, writeCourseScript(pkg));
  for (const f of files) write(f.zipPath, fs.readFileSync(f.sourcePath));
  // Caption text as scripts, so tracks work from file:// (see renderCaptionScript).
  for (const [id, asset] of Object.entries(pkg.assets)) {
    if (asset.kind === 'captions')
      write(captionScriptPath(asset.src), renderCaptionScript(id, fs.readFileSync(path.join(dir, asset.src), 'utf8')));
  }
  return {
    dir,
    url: pathToFileURL(path.join(dir, PACKAGE_PATHS.index)).href,
    pkg,
    tree: pkg.course,
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** The first block of `type` in the course, with the title of the lesson that holds it. */
export function findBlock<T extends BlockType>(tree: CourseTree, type: T): { block: BlockOf<T>; lessonTitle: string } {
  for (const m of tree.modules)
    for (const l of m.lessons) {
      const block = l.blocks.find((b: Block): b is BlockOf<T> => b.type === type);
      if (block) return { block, lessonTitle: l.title };
    }
  throw new Error(`the sample has no ${type} block`);
}
