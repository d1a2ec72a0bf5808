import fs from 'node:fs';
import path from 'node:path';
import { defaultUserDataDir, resolveLibraryDir } from '../library/library-location';
import { TEMP_DIR } from '../library/library-temp';
import { readCourseCardsReadOnly } from '../library/read-only-cards';
import type { CliIo } from './command';
import { writeCourseList } from './commands/courses-list-output';

/**
 * Commands answered without loading the app (router, contract, services): `courses list [--json]` reads the cards
 * from the library opened read-only and validates them against the `courses.list` output schema, as the router
 * would (issue 14: the whole CLI bundle costs ~0.1 s of CPU to load, 2.8–3.8× `node -e 0` for a listing).
 * Returns the exit code, or null when the full CLI must run: any other command or option, and any library the
 * read-only path cannot answer for as it is (see `readCourseCardsReadOnly`). Stays small: the entry bundle is
 * this file and what it imports.
 */
export function runFastCommand(args: readonly string[], env: NodeJS.ProcessEnv, io: CliIo): number | null {
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--library') {
      const next = args[i + 1];
      // A missing or odd value is the full parser's to report.
      if (next === undefined || next === '' || next.startsWith('--')) return null;
      i++;
    } else if (!arg.startsWith('--library=')) {
      rest.push(arg);
    }
  }
  const json = rest.length === 3 && rest[2] === '--json';
  if (rest[0] !== 'courses' || rest[1] !== 'list' || !(rest.length === 2 || json)) return null;
  const libraryDir = resolveLibraryDir({ argv: args, env, defaultDir: defaultUserDataDir() });
  // Work a crashed process left behind is swept by a full open (library-temp.ts): let the full CLI do that.
  if (hasLeftovers(path.join(libraryDir, TEMP_DIR))) return null;
  const courses = readCourseCardsReadOnly(libraryDir, env.COURSEWRIGHT_NATIVE_BINDING);
  if (courses === null) return null;
  writeCourseList(io, courses, json);
  return 0;
}

function hasLeftovers(dir: string): boolean {
  try {
    return fs.readdirSync(dir).length > 0;
  } catch {
    return false;
  }
}
