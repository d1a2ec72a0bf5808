import path from 'node:path';
import { COURSE_ARCHIVE_EXTENSION } from '../../shared';

/**
 * `.cwcourse` files the OS asks us to open (double-click, "Open with"). Windows and Linux pass them in argv, on
 * first launch and again to the running instance (`second-instance`); macOS sends `open-file` events, which can
 * arrive before the app is ready, so they are queued. Electron-free: main/electron/main.ts wires it.
 */
export function courseArchivesInArgv(argv: readonly string[], cwd: string): string[] {
  const out: string[] = [];
  for (const arg of argv) {
    if (typeof arg !== 'string' || arg.startsWith('-') || !isCourseArchivePath(arg)) continue;
    // second-instance argv is relative to the second process's working directory.
    const absolute = path.resolve(cwd, arg);
    if (!out.includes(absolute)) out.push(absolute);
  }
  return out;
}

export function isCourseArchivePath(file: string): boolean {
  return file.length > COURSE_ARCHIVE_EXTENSION.length && file.toLowerCase().endsWith(COURSE_ARCHIVE_EXTENSION);
}

interface OpenFileQueue {
  /** Adds a file (argv or `open-file`); delivered at once when ready, otherwise kept until `ready()`. Dedupes. */
  push(file: string): boolean;
  /** The app can open files now: delivers the queue in arrival order, then every later push directly. */
  ready(deliver: (file: string) => void): void;
  /** Files waiting for `ready` (diagnostics, tests). */
  readonly pending: readonly string[];
}

export function createOpenFileQueue(): OpenFileQueue {
  const pending: string[] = [];
  let deliver: ((file: string) => void) | null = null;
  return {
    push(file) {
      if (!isCourseArchivePath(file)) return false;
      if (deliver) {
        deliver(file);
        return true;
      }
      if (!pending.includes(file)) pending.push(file);
      return true;
    },
    ready(fn) {
      deliver = fn;
      for (const file of pending.splice(0)) fn(file);
    },
    get pending() {
      return [...pending];
    },
  };
}
