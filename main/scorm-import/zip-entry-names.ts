import { AppError } from '../../shared';

/** Characters Windows refuses in file names (plus control characters): such a name cannot be extracted portably. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARS = /[<>:"|?*\u0000-\u001f\u007f]/;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const MAX_NAME_LENGTH = 1024;
const MAX_DEPTH = 64;

export interface CheckedName {
  /** Forward-slash relative path without a trailing slash. */
  readonly path: string;
  readonly segments: readonly string[];
  readonly isDirectory: boolean;
}

const refuse = (message: string, details?: unknown): AppError => new AppError('IMPORT', message, details);

/**
 * Validates one entry name of an archive and returns its safe relative path. Every rule throws its own
 * `AppError('IMPORT')` so the user learns exactly why a package was refused.
 */
export function checkEntryName(name: string): CheckedName {
  const shown = JSON.stringify(name.length > 200 ? `${name.slice(0, 200)}…` : name);
  if (name.length === 0) throw refuse('The archive contains an entry with an empty name.');
  if (name.length > MAX_NAME_LENGTH) {
    throw refuse(`The archive entry ${shown} has a name longer than ${MAX_NAME_LENGTH} characters.`);
  }
  if (name.includes('\\')) {
    // Zip names must use "/" (APPNOTE 4.4.17); a backslash is either a Windows path trick or a broken archive.
    throw refuse(`The archive entry ${shown} uses a backslash in its path; zip entries must use "/" as separator.`);
  }
  if (name.startsWith('/')) throw refuse(`The archive entry ${shown} has an absolute path.`);
  if (/^[a-zA-Z]:/.test(name)) throw refuse(`The archive entry ${shown} starts with a drive letter.`);
  const isDirectory = name.endsWith('/');
  const segments = (isDirectory ? name.slice(0, -1) : name).split('/');
  if (segments.includes('..'))
    throw refuse(`The archive entry ${shown} contains a ".." segment that leaves the package folder.`);
  if (segments.some((s) => s === '' || s === '.')) {
    throw refuse(`The archive entry ${shown} has an empty or "." path segment.`);
  }
  if (segments.length > MAX_DEPTH)
    throw refuse(`The archive entry ${shown} is nested more than ${MAX_DEPTH} folders deep.`);
  for (const segment of segments) {
    if (FORBIDDEN_CHARS.test(segment)) {
      throw refuse(`The archive entry ${shown} contains characters that are not allowed in file names.`);
    }
    if (WINDOWS_RESERVED.test(segment))
      throw refuse(`The archive entry ${shown} uses the reserved device name "${segment}".`);
    if (/[. ]$/.test(segment)) {
      throw refuse(`The archive entry ${shown} has a path segment ending in a dot or space.`);
    }
  }
  const path = segments.join('/');
  return { path, segments, isDirectory };
}

/** Tracks names already seen, refusing duplicates, case collisions and file/folder clashes. */
export class NameRegistry {
  private readonly exact = new Set<string>();
  /** Folded key → the spelling first seen, for files and folders (explicit or implied by a deeper path). */
  private readonly spelled = new Map<string, { path: string; isDirectory: boolean }>();

  add(entry: CheckedName): void {
    const key = entry.path.normalize('NFC');
    if (this.exact.has(key)) throw refuse(`The archive contains "${entry.path}" more than once.`);
    this.exact.add(key);
    const segments = key.split('/');
    // Each ancestor is a folder: it must not be a file already, nor spelled with another letter case.
    for (let i = 1; i <= segments.length; i++) {
      const isLast = i === segments.length;
      const spelling = segments.slice(0, i).join('/');
      const folded = spelling.toLowerCase();
      const isDirectory = !isLast || entry.isDirectory;
      const seen = this.spelled.get(folded);
      if (!seen) {
        this.spelled.set(folded, { path: spelling, isDirectory });
        continue;
      }
      if (seen.path !== spelling) {
        throw refuse(`The archive entries "${seen.path}" and "${spelling}" differ only in letter case.`);
      }
      if (seen.isDirectory !== isDirectory) {
        throw refuse(`The archive uses "${spelling}" both as a file and as a folder.`);
      }
    }
  }
}
