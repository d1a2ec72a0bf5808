import type { ParseArgsConfig } from 'node:util';
import type { AppContext, HostKind } from '../app/app-context';

export type CliOptionsConfig = NonNullable<ParseArgsConfig['options']>;
export type CliValues = Record<string, string | boolean | undefined>;

/** Where a command writes; the entry point binds these to process streams (tests can capture them). */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface CliRunContext {
  readonly values: CliValues;
  /** Positional arguments after the command words (declared by `CliCommand.args`). */
  readonly args?: readonly string[];
  readonly io: CliIo;
  /** The resolved library folder (global --library, COURSEWRIGHT_LIBRARY, or the default). */
  readonly libraryDir: string;
  readonly env: NodeJS.ProcessEnv;
  /**
   * Opens the library with the shared router, runs `fn`, and always closes it. `host` defaults to 'cli'
   * (one-shot commands); long-running servers pass 'browser' so background jobs resume. `readOnly` commands skip
   * the open-time integrity check of a library that has nothing to migrate (it reads every page).
   */
  withContext<T>(fn: (context: AppContext) => Promise<T>, opts?: { host?: HostKind; readOnly?: boolean }): Promise<T>;
}

/**
 * One CLI command. Commands live in main/cli/commands/ and are listed in one table
 * (commands/index.ts), so adding `export`, `media` or `scorm` means adding a file there.
 */
export interface CliCommand {
  /** Words that select the command, e.g. ['courses', 'list']. */
  readonly path: readonly string[];
  readonly summary: string;
  /** Options after the path, e.g. '--title <title> [--description <text>]'. */
  readonly usage: string;
  readonly options: CliOptionsConfig;
  /** Names of positional arguments after the path, e.g. ['courseId'] for `export <courseId>` (at most this many). */
  readonly args?: readonly string[];
  /** The last positional may repeat (e.g. `media import <file...>`). */
  readonly variadic?: boolean;
  /** Returns the exit code (0 on success). Throw CliError for failures. */
  run(ctx: CliRunContext): Promise<number>;
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** A failure with a message meant for the user: printed to stderr, no stack. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_FAILURE,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export class UsageError extends CliError {
  constructor(message: string) {
    super(message, EXIT_USAGE);
    this.name = 'UsageError';
  }
}
