import path from 'node:path';
import type { CourseLibrary } from '../../library/course-library';
import { libraryConnection } from '../../library/sqlite-course-library';
import { Cmi5PackageStore } from '../../lrs/cmi5-package-store';
import { startLmsHost } from '../../lrs/lms-host';
import { LocalLrs } from '../../lrs/local-lrs';
import { UsageError, type CliCommand, type CliRunContext } from '../command';
import { formatTable, toJson } from '../format';

const kib = (bytes: number): string =>
  bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Imported cmi5 packages live in the library file and under its folder. */
const packageStore = (library: CourseLibrary) => new Cmi5PackageStore(libraryConnection(library), library.dir);

export const cmi5ImportCommand: CliCommand = {
  path: ['cmi5', 'import'],
  summary: 'Import a cmi5 package (zip with cmi5.xml) to play it with the app as the LMS',
  usage: '<zip> [--json]',
  options: { json: { type: 'boolean' } },
  args: ['zip'],
  async run({ values, args, io, withContext }) {
    const zip = args?.[0];
    if (!zip) throw new UsageError('cmi5 import needs the path of a .zip package');
    const pkg = await withContext(async (context) => {
      return packageStore(context.library).importZip(path.resolve(zip));
    });
    const { dir: _dir, ...shown } = pkg;
    if (values.json) io.stdout(`${toJson(shown)}\n`);
    else
      io.stdout(
        `Imported "${pkg.title}" (cmi5, ${pkg.auCount} AU${pkg.auCount === 1 ? '' : 's'}, ${pkg.fileCount} files, ${kib(pkg.size)}) as ${pkg.id}\n`,
      );
    return 0;
  },
};

export const cmi5ListCommand: CliCommand = {
  path: ['cmi5', 'list'],
  summary: 'List imported cmi5 packages',
  usage: '[--json]',
  options: { json: { type: 'boolean' } },
  async run({ values, io, withContext }) {
    const list = await withContext(async (context) => {
      return packageStore(context.library).list();
    });
    if (values.json) io.stdout(`${toJson(list)}\n`);
    else if (list.length === 0)
      io.stdout('No cmi5 packages imported yet. Import one with `coursewright cmi5 import <zip>`.\n');
    else
      io.stdout(
        `${formatTable(
          ['ID', 'Title', 'AUs', 'Size', 'Imported'],
          list.map((p) => [p.id, p.title, String(p.auCount), kib(p.size), p.importedAt]),
        )}\n`,
      );
    return 0;
  },
};

/** Serves an imported package with the app as its cmi5 LMS until interrupted; prints the AU launch URL. */
export const cmi5PlayCommand: CliCommand = {
  path: ['cmi5', 'play'],
  summary: 'Play an imported cmi5 package in your browser with Coursewright as the LMS',
  usage: '<packageId> [--au <n>] [--learner <name>] [--mode Normal|Browse|Review] [--registration <uuid>]',
  options: {
    au: { type: 'string' },
    learner: { type: 'string' },
    mode: { type: 'string' },
    registration: { type: 'string' },
  },
  args: ['packageId'],
  async run(ctx: CliRunContext) {
    const { values, args, io, withContext } = ctx;
    const id = args?.[0];
    if (!id) throw new UsageError('cmi5 play needs a package id (see `coursewright cmi5 list`).');
    const mode = (values.mode ?? 'Normal') as string;
    if (!['Normal', 'Browse', 'Review'].includes(mode)) throw new UsageError('--mode is Normal, Browse or Review.');
    return withContext(async (context) => {
      const pkg = packageStore(context.library).get(id);
      const au = pkg.structure.aus[Number(values.au ?? 1) - 1];
      if (!au) throw new UsageError(`the package has ${pkg.structure.aus.length} AU(s).`);
      const host = await startLmsHost(new LocalLrs(libraryConnection(context.library)), pkg.dir);
      const learner = typeof values.learner === 'string' && values.learner ? values.learner : 'Learner';
      const launch = host.launch(au.url, {
        activityId: au.id,
        actor: { name: learner, account: { homePage: 'https://coursewright.local/learners', name: learner } },
        moveOn: au.moveOn,
        masteryScore: au.masteryScore,
        launchParameters: au.launchParameters,
        launchMode: mode as 'Normal' | 'Browse' | 'Review',
        registration: typeof values.registration === 'string' ? values.registration : undefined,
        returnURL: `${host.origin}/done`,
      });
      io.stdout(`Registration ${launch.registration}\nOpen ${launch.url}\nPress Ctrl+C to stop.\n`);
      await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
      await host.close();
      return 0;
    });
  },
};
