import path from 'node:path';
import type { PackageSummaryInfo } from '../../../shared';
import { UsageError, type CliCommand } from '../command';
import { formatTable, toJson } from '../format';
import { invokeChannel } from '../invoke';

const VERSION_LABELS: Record<PackageSummaryInfo['version'], string> = {
  scorm12: 'SCORM 1.2',
  'scorm2004-3rd': 'SCORM 2004 3rd',
  'scorm2004-4th': 'SCORM 2004 4th',
};

const kib = (bytes: number): string =>
  bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export const scormImportCommand: CliCommand = {
  path: ['scorm', 'import'],
  summary: 'Import a SCORM 1.2 or 2004 package (zip) for offline learner playback',
  usage: '<zip> [--json]',
  options: { json: { type: 'boolean' } },
  args: ['zip'],
  async run({ values, args, io, withContext }) {
    const zip = args?.[0];
    if (!zip) throw new UsageError('scorm import needs the path of a .zip package');
    const pkg = await withContext((context) => invokeChannel(context, 'scorm.import', { path: path.resolve(zip) }));
    if (values.json) {
      io.stdout(`${toJson(pkg)}\n`);
      return 0;
    }
    io.stdout(
      `Imported "${pkg.title}" (${VERSION_LABELS[pkg.version]}, ${pkg.scoCount} launchable item${
        pkg.scoCount === 1 ? '' : 's'
      }, ${pkg.fileCount} files, ${kib(pkg.size)}) as ${pkg.id}\n`,
    );
    return 0;
  },
};

export const scormListCommand: CliCommand = {
  path: ['scorm', 'list'],
  summary: 'List imported SCORM packages',
  usage: '[--json]',
  options: { json: { type: 'boolean' } },
  async run({ values, io, withContext }) {
    const packages = await withContext((context) => invokeChannel(context, 'scorm.list', {}));
    if (values.json) {
      io.stdout(`${toJson(packages)}\n`);
      return 0;
    }
    if (packages.length === 0) {
      io.stdout('No SCORM packages imported yet. Import one with `coursewright scorm import <zip>`.\n');
      return 0;
    }
    io.stdout(
      `${formatTable(
        ['ID', 'Title', 'Version', 'Items', 'Size', 'Imported'],
        packages.map((p) => [p.id, p.title, VERSION_LABELS[p.version], String(p.scoCount), kib(p.size), p.importedAt]),
      )}\n`,
    );
    return 0;
  },
};
