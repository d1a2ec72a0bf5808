import path from 'node:path';
import { COURSE_ARCHIVE_EXTENSION } from '../../../shared/contract/authoring-contract';
import type { CliCommand } from '../command';
import { UsageError } from '../command';
import { toJson } from '../format';
import { invokeChannel } from '../invoke';

/** `coursewright archive export <courseId> --out <file.cwcourse>`: hand a course to another designer. */
export const archiveExportCommand: CliCommand = {
  path: ['archive', 'export'],
  args: ['courseId'],
  summary: `Export a course as a ${COURSE_ARCHIVE_EXTENSION} archive (course and its media)`,
  usage: `<courseId> --out <file${COURSE_ARCHIVE_EXTENSION}> [--json]`,
  options: { out: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values, args, io, withContext }) {
    const courseId = args?.[0];
    if (!courseId) throw new UsageError('archive export needs a course id: coursewright archive export <courseId>.');
    if (typeof values.out !== 'string' || values.out.trim() === '') {
      throw new UsageError(`archive export needs --out <file${COURSE_ARCHIVE_EXTENSION}>.`);
    }
    let outPath = path.resolve(values.out);
    if (!outPath.toLowerCase().endsWith(COURSE_ARCHIVE_EXTENSION)) outPath += COURSE_ARCHIVE_EXTENSION;
    const result = await withContext((context) =>
      invokeChannel(context, 'courses.exportArchive', { courseId, outPath }),
    );
    io.stdout(values.json ? `${toJson(result)}\n` : `Wrote ${result.path} (${result.bytes} bytes)\n`);
    return 0;
  },
};

/** `coursewright archive import <file.cwcourse>`: validated first; a bad archive changes nothing. */
export const archiveImportCommand: CliCommand = {
  path: ['archive', 'import'],
  args: ['file'],
  summary: `Import a ${COURSE_ARCHIVE_EXTENSION} archive as a new course`,
  usage: `<file${COURSE_ARCHIVE_EXTENSION}> [--json]`,
  options: { json: { type: 'boolean' } },
  async run({ values, args, io, withContext }) {
    const file = args?.[0];
    if (!file) throw new UsageError(`archive import needs a file: coursewright archive import <file>.`);
    const course = await withContext((context) =>
      invokeChannel(context, 'courses.importArchive', { path: path.resolve(file) }),
    );
    io.stdout(values.json ? `${toJson(course)}\n` : `Imported course ${course.id} "${course.title}"\n`);
    return 0;
  },
};
