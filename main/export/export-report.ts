import {
  PLAYER_RUNTIME_BUDGET_BYTES,
  type CourseTree,
  type ExportFormat,
  type ExportReport,
  type ExportWarning,
  type PackagedAsset,
} from '../../shared';

/** Media above this size gets a warning: many LMSs cap uploads around 100–500 MB per package. */
export const OVERSIZED_MEDIA_BYTES = 50 * 1024 * 1024;

export type SizeCategory = 'runtime' | 'content' | 'media';

/** Content-quality warnings that do not depend on the package format. */
export function contentWarnings(tree: CourseTree, assets: Readonly<Record<string, PackagedAsset>>): ExportWarning[] {
  const warnings: ExportWarning[] = [];
  const cover = tree.settings.cover;
  if (cover.enabled && cover.imageAssetId && !cover.imageDecorative && cover.imageAlt.trim() === '') {
    warnings.push({
      code: 'MISSING_ALT',
      message: 'The cover image has no alt text (add one, or mark it decorative).',
      assetId: cover.imageAssetId,
    });
  }
  for (const mod of tree.modules) {
    for (const lesson of mod.lessons) {
      const where = `lesson "${lesson.title}"`;
      const header = lesson.header;
      if (header?.imageAssetId && !header.imageDecorative && header.imageAlt.trim() === '') {
        warnings.push({
          code: 'MISSING_ALT',
          message: `The header image of ${where} has no alt text (add one, or mark it decorative).`,
          lessonId: lesson.id,
          assetId: header.imageAssetId,
        });
      }
      for (const block of lesson.blocks) {
        const at = { lessonId: lesson.id, blockId: block.id };
        if ((block.type === 'image' || block.type === 'video' || block.type === 'audio') && !block.assetId) {
          warnings.push({
            code: 'MISSING_MEDIA',
            message: `An ${block.type} block in ${where} has no file yet.`,
            ...at,
          });
        }
        if (block.type === 'image' && block.assetId && !block.decorative && block.alt.trim() === '') {
          warnings.push({
            code: 'MISSING_ALT',
            message: `An image in ${where} has no alt text (add one, or mark it decorative).`,
            ...at,
            assetId: block.assetId,
          });
        }
        if (block.type === 'video' && block.assetId && block.captions.length === 0) {
          warnings.push({
            code: 'MISSING_CAPTIONS',
            message: `A video in ${where} has no captions.`,
            ...at,
            assetId: block.assetId,
          });
        }
      }
    }
  }
  for (const [assetId, asset] of Object.entries(assets)) {
    if (asset.size > OVERSIZED_MEDIA_BYTES) {
      warnings.push({
        code: 'OVERSIZED_MEDIA',
        message: `${asset.src} is ${formatBytes(asset.size)} (over ${formatBytes(OVERSIZED_MEDIA_BYTES)}); consider a lower video quality.`,
        assetId,
      });
    }
  }
  return warnings;
}

/** The suspend_data warning, or null when the worst case fits (or the format has no limit). */
export function suspendDataWarning(
  format: ExportFormat,
  worstCase: number,
  limit: number | null,
): ExportWarning | null {
  if (limit === null || worstCase <= limit) return null;
  return {
    code: 'SUSPEND_DATA_BUDGET',
    message:
      `In the worst case the learner's saved state takes ${worstCase.toLocaleString('en-US')} characters, ` +
      `over the ${limit.toLocaleString('en-US')} that ${format} guarantees; an LMS may cut it and lose progress. ` +
      `Split the course or export as SCORM 2004.`,
  };
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 * 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  return `${(n / (1024 * 1024 * 1024)).toFixed(2)} GB`;
}

/** Human-readable report for the CLI and logs; the runtime size is always shown in KB. */
export function formatExportReport(report: ExportReport): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const lines = [
    `Exported "${report.courseTitle}" as ${report.format} (${report.output}) to ${report.outPath}`,
    `  files:    ${report.fileCount}`,
    `  runtime:  ${kb(report.bytes.runtime)} (player JS + CSS + index.html; budget ${kb(PLAYER_RUNTIME_BUDGET_BYTES)})`,
    `  content:  ${formatBytes(report.bytes.content)} (course data + manifest)`,
    `  media:    ${formatBytes(report.bytes.media)}`,
    `  total:    ${formatBytes(report.bytes.total)} uncompressed, ${formatBytes(report.packageBytes)} on disk`,
    `  suspend_data worst case: ${report.suspendData.worstCase.toLocaleString('en-US')} characters` +
      (report.suspendData.limit === null
        ? ' (no limit: stored locally)'
        : ` of ${report.suspendData.limit.toLocaleString('en-US')}`),
    `  took:     ${(report.durationMs / 1000).toFixed(2)} s`,
  ];
  if (report.warnings.length === 0) {
    lines.push('No warnings.');
  } else {
    lines.push(`${report.warnings.length} warning(s):`);
    for (const w of report.warnings) lines.push(`  - [${w.code}] ${w.message}`);
  }
  return lines.join('\n');
}
