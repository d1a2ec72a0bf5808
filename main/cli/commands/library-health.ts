import path from 'node:path';
import { BACKUPS_DIR, checkLibraryFile, restoreBackup } from '../../library/library-health';
import { DATABASE_FILE } from '../../library/open-library';
import type { CliCommand } from '../command';
import { formatFields, toJson } from '../format';

export const libraryCheckCommand: CliCommand = {
  path: ['library', 'check'],
  summary: 'Check the library database for damage (integrity_check; --quick for quick_check); exit 1 if damaged',
  usage: '[--quick] [--json]',
  options: { quick: { type: 'boolean' }, json: { type: 'boolean' } },
  run({ values, io, libraryDir, env }) {
    const report = checkLibraryFile(
      path.join(libraryDir, DATABASE_FILE),
      path.join(libraryDir, BACKUPS_DIR),
      values.quick ? 'quick' : 'full',
      env.COURSEWRIGHT_NATIVE_BINDING,
    );
    if (values.json) {
      io.stdout(`${toJson(report)}\n`);
      return Promise.resolve(report.ok ? 0 : 1);
    }
    io.stdout(
      `${formatFields([
        ['Library', libraryDir],
        ['Check', report.check === 'full' ? 'integrity_check' : 'quick_check'],
        ['Result', report.ok ? 'ok' : 'DAMAGED'],
        ['Took', `${report.durationMs} ms`],
        ['Backups', report.backups.length === 0 ? 'none' : report.backups.map((b) => b.path).join('\n')],
      ])}\n`,
    );
    if (!report.ok) {
      io.stdout(`\nProblems found:\n${report.problems.map((p) => `  ${p}`).join('\n')}\n`);
      io.stderr(
        report.backups.length > 0
          ? 'The library is damaged. Close Coursewright and run `coursewright library restore-backup` to go back to ' +
              `the backup of ${report.backups[0]!.createdAt} (the damaged database is kept).\n`
          : 'The library is damaged and has no pre-upgrade backup; restore the library folder from your own backups.\n',
      );
    }
    return Promise.resolve(report.ok ? 0 : 1);
  },
};

export const libraryRestoreCommand: CliCommand = {
  path: ['library', 'restore-backup'],
  summary: 'Replace the library database with its newest pre-upgrade backup (or --from <file>); keeps the old one',
  usage: '[--from <backup file>] [--json]',
  options: { from: { type: 'string' }, json: { type: 'boolean' } },
  run({ values, io, libraryDir, env }) {
    const outcome = restoreBackup(path.join(libraryDir, DATABASE_FILE), path.join(libraryDir, BACKUPS_DIR), {
      backupPath: typeof values.from === 'string' ? values.from : undefined,
      nativeBinding: env.COURSEWRIGHT_NATIVE_BINDING,
    });
    if (values.json) {
      io.stdout(`${toJson(outcome)}\n`);
      return Promise.resolve(0);
    }
    io.stdout(
      `Restored the library from ${outcome.restoredFrom}.\n` +
        (outcome.damagedCopy ? `The database it replaced is kept in ${outcome.damagedCopy}.\n` : '') +
        'Changes made after that backup was taken are not in the restored library.\n',
    );
    return Promise.resolve(0);
  },
};
