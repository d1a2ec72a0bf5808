import { parseArgs } from 'node:util';
import type { AppContext, HostKind } from '../app/app-context';
import { APP_VERSION } from '../version';
import { defaultUserDataDir, resolveLibraryDir } from '../library/library-location';
import { CliError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError, type CliCommand, type CliIo } from './command';
import type { CliOptionsConfig, CliValues } from './command';
import { COMMANDS } from './commands/index';

const GLOBAL_OPTIONS: CliOptionsConfig = {
  library: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
};

export interface RunCliOptions {
  io?: CliIo;
  env?: NodeJS.ProcessEnv;
  commands?: readonly CliCommand[];
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Runs `coursewright <args>` and returns the exit code: 0 ok, 1 failure, 2 usage error. Never throws. */
export async function runCli(args: readonly string[], opts: RunCliOptions = {}): Promise<number> {
  const io = opts.io ?? processIo;
  const env = opts.env ?? process.env;
  const commands = opts.commands ?? COMMANDS;
  try {
    const command = findCommand(commands, args);
    const { values, positionals } = parseFor(command, args);
    if (values.version) {
      io.stdout(`${APP_VERSION}\n`);
      return EXIT_OK;
    }
    if (values.help || !command) {
      io.stdout(helpText(commands, command));
      if (command || values.help) return EXIT_OK;
      return EXIT_USAGE;
    }
    const libraryDir = resolveLibraryDir({
      argv: typeof values.library === 'string' ? ['--library', values.library] : [],
      env,
      defaultDir: defaultUserDataDir(),
    });
    return await command.run({
      values,
      args: positionals.slice(command.path.length),
      io,
      env,
      libraryDir,
      withContext: async <T>(
        fn: (context: AppContext) => Promise<T>,
        withOpts: { host?: HostKind; readOnly?: boolean } = {},
      ) => {
        // Loaded on use: --help, --version and usage errors never open the library nor load the services.
        const { createAppContext } = await import('../app/app-context');
        const context = await createAppContext({
          libraryDir,
          host: withOpts.host ?? 'cli',
          nativeBinding: env.COURSEWRIGHT_NATIVE_BINDING,
          playerDir: env.COURSEWRIGHT_PLAYER_DIR || undefined,
          ...(withOpts.readOnly ? { quickCheck: false } : {}),
        });
        // An upgrade (and where its backup is), a restore: said once, on stderr so --json output stays clean.
        const { openNotice, openReport } = await import('../library/open-library');
        const report = openReport(context.library);
        const notice = report ? openNotice(report) : null;
        if (notice) io.stderr(`${notice}\n`);
        try {
          return await fn(context);
        } finally {
          await context.close();
        }
      },
    });
  } catch (e) {
    if (e instanceof CliError) {
      io.stderr(`coursewright: ${e.message}\n`);
      if (e instanceof UsageError) io.stderr('Run `coursewright --help` for usage.\n');
      return e.exitCode;
    }
    const appError = e as { code?: unknown; message?: unknown };
    const message = e instanceof Error ? e.message : String(e);
    io.stderr(`coursewright: ${message}${typeof appError.code === 'string' ? ` [${appError.code}]` : ''}\n`);
    return EXIT_FAILURE;
  }
}

/** Finds the command whose words are the leading positionals (options can sit anywhere). */
function findCommand(commands: readonly CliCommand[], args: readonly string[]): CliCommand | null {
  const union: CliOptionsConfig = { ...GLOBAL_OPTIONS };
  for (const c of commands) Object.assign(union, c.options);
  let positionals: string[];
  try {
    ({ positionals } = parseArgs({ args: [...args], options: union, strict: false, allowPositionals: true }));
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  if (positionals.length === 0) return null;
  const matches = commands.filter((c) => c.path.every((word, i) => positionals[i] === word));
  const best = matches.sort((a, b) => b.path.length - a.path.length)[0];
  if (!best) throw new UsageError(`Unknown command: ${positionals.slice(0, 2).join(' ')}`);
  const maxPositionals = best.path.length + (best.args?.length ?? 0);
  if (!best.variadic && positionals.length > maxPositionals) {
    throw new UsageError(`Unexpected argument for ${best.path.join(' ')}: ${positionals[maxPositionals]}`);
  }
  return best;
}

/** Strict parse with the global options plus the command's own: unknown options are usage errors. */
function parseFor(command: CliCommand | null, args: readonly string[]): { values: CliValues; positionals: string[] } {
  const options = { ...GLOBAL_OPTIONS, ...(command?.options ?? {}) };
  try {
    const parsed = parseArgs({ args: [...args], options, strict: true, allowPositionals: true });
    return { values: parsed.values as CliValues, positionals: parsed.positionals };
  } catch (e) {
    throw new UsageError(e instanceof Error ? (e.message.split('\n')[0] ?? e.message) : String(e));
  }
}

export function helpText(commands: readonly CliCommand[], command: CliCommand | null = null): string {
  if (command) {
    return [
      `Usage: coursewright [--library <dir>] ${command.path.join(' ')} ${command.usage}`.trimEnd(),
      '',
      command.summary,
      '',
    ].join('\n');
  }
  const lines = commands.map((c) => [`${c.path.join(' ')} ${c.usage}`.trimEnd(), c.summary] as const);
  const width = Math.max(...lines.map(([u]) => u.length)) + 2;
  return [
    'Usage: coursewright [--library <dir>] <command> [options]',
    '',
    'Author, preview, play and export self-paced e-learning courses.',
    '',
    'Commands:',
    ...lines.map(([u, s]) => `  ${u.padEnd(width)}${s}`),
    '',
    'Global options:',
    '  --library <dir>   Use this library folder (default: COURSEWRIGHT_LIBRARY, else your user-data folder)',
    '  -h, --help        Show help (also after a command)',
    '  -v, --version     Print the version',
    '',
  ].join('\n');
}
