import type { CliCommand } from '../command';
import { formatFields, toJson } from '../format';
import { invokeChannel } from '../invoke';

export const libraryInfoCommand: CliCommand = {
  path: ['library', 'info'],
  summary: 'Show where the library is, its schema version and counts',
  usage: '[--json]',
  options: { json: { type: 'boolean' } },
  async run({ values, io, withContext }) {
    const info = await withContext((context) => invokeChannel(context, 'library.info', {}));
    if (values.json) {
      io.stdout(`${toJson(info)}\n`);
      return 0;
    }
    const { counts } = info;
    io.stdout(
      `${formatFields([
        ['Library', info.path],
        ['Database', info.databasePath],
        ['Schema version', info.schemaVersion],
        ['App version', info.appVersion],
        ['Courses', counts.courses],
        ['Modules', counts.modules],
        ['Lessons', counts.lessons],
        ['Blocks', counts.blocks],
        ['Assets', counts.assets],
      ])}\n`,
    );
    return 0;
  },
};
