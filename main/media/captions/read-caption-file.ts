import fsp from 'node:fs/promises';
import { AppError } from '../../../shared';

/** Longer than any real caption file (a 3-hour film is ~200 KB of SRT): bigger is a wrong file. */
const MAX_CAPTION_FILE_BYTES = 5 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a caption file as strict UTF-8. Refuses (VALIDATION, nothing stored) a file over the size cap or with
 * bytes that are not UTF-8, naming the line of the first bad byte so the author can find it.
 */
export async function readCaptionFile(file: string, name: string): Promise<string> {
  const { size } = await fsp.stat(file);
  if (size > MAX_CAPTION_FILE_BYTES) {
    throw new AppError(
      'VALIDATION',
      `${name} is ${Math.round(size / 1024)} KB: caption files are at most ${MAX_CAPTION_FILE_BYTES / 1024 / 1024} MB. Is it the right file?`,
    );
  }
  const bytes = await fsp.readFile(file);
  try {
    return utf8.decode(bytes);
  } catch {
    const line = firstInvalidUtf8Line(bytes);
    throw new AppError(
      'VALIDATION',
      `${name} is not UTF-8 text (line ${line}): save it as UTF-8 in your caption or text editor and try again.`,
      { issues: [{ line, severity: 'error', code: 'not-utf8', message: 'Not UTF-8 text.' }] },
    );
  }
}

/** 1-based line of the first byte sequence that is not valid UTF-8. */
function firstInvalidUtf8Line(bytes: Uint8Array): number {
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b === 0x0a) line++;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0) return line;
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return line;
    }
    i += len;
  }
  return line;
}
