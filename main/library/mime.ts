import type { Asset } from '../../shared';

/** What a media file is: its MIME type and the asset kind the library files it under. */
interface MediaType {
  mime: string;
  kind: Asset['kind'];
}

/**
 * The one table of file types (issue 14 §2): media import reads the `asset` entries, the HTTP hosts serve every entry
 * (`mimeTypeFor`). Only `asset` types are given to imported files: an imported `.html` or `.js` stays a generic
 * binary, never a page or script the content origin would run.
 */
const BY_EXTENSION: Readonly<Record<string, { mime: string; asset?: true }>> = {
  '.png': { mime: 'image/png', asset: true },
  '.jpg': { mime: 'image/jpeg', asset: true },
  '.jpeg': { mime: 'image/jpeg', asset: true },
  '.gif': { mime: 'image/gif', asset: true },
  '.webp': { mime: 'image/webp', asset: true },
  '.avif': { mime: 'image/avif', asset: true },
  '.svg': { mime: 'image/svg+xml', asset: true },
  '.mp4': { mime: 'video/mp4', asset: true },
  '.m4v': { mime: 'video/mp4', asset: true },
  '.mov': { mime: 'video/quicktime', asset: true },
  '.webm': { mime: 'video/webm', asset: true },
  '.mkv': { mime: 'video/x-matroska', asset: true },
  '.mp3': { mime: 'audio/mpeg', asset: true },
  '.m4a': { mime: 'audio/mp4', asset: true },
  '.aac': { mime: 'audio/aac', asset: true },
  '.wav': { mime: 'audio/wav', asset: true },
  '.ogg': { mime: 'audio/ogg', asset: true },
  '.oga': { mime: 'audio/ogg', asset: true },
  '.opus': { mime: 'audio/ogg', asset: true },
  '.flac': { mime: 'audio/flac', asset: true },
  '.vtt': { mime: 'text/vtt', asset: true },
  '.srt': { mime: 'application/x-subrip', asset: true },
  '.pdf': { mime: 'application/pdf', asset: true },
  // Documents learners download from attachment blocks (served with the media CSP: never run as a page).
  '.docx': { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', asset: true },
  '.xlsx': { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', asset: true },
  '.pptx': { mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', asset: true },
  '.odt': { mime: 'application/vnd.oasis.opendocument.text', asset: true },
  '.ods': { mime: 'application/vnd.oasis.opendocument.spreadsheet', asset: true },
  '.odp': { mime: 'application/vnd.oasis.opendocument.presentation', asset: true },
  '.zip': { mime: 'application/zip', asset: true },
  '.csv': { mime: 'text/csv', asset: true },
  '.html': { mime: 'text/html' },
  '.js': { mime: 'text/javascript' },
  '.mjs': { mime: 'text/javascript' },
  '.cjs': { mime: 'text/javascript' },
  '.css': { mime: 'text/css' },
  '.json': { mime: 'application/json' },
  '.map': { mime: 'application/json' },
  '.txt': { mime: 'text/plain', asset: true },
  '.xml': { mime: 'application/xml' },
  '.ico': { mime: 'image/x-icon' },
  '.woff': { mime: 'font/woff' },
  '.woff2': { mime: 'font/woff2' },
  '.ttf': { mime: 'font/ttf' },
  '.otf': { mime: 'font/otf' },
  '.wasm': { mime: 'application/wasm' },
};

export const DEFAULT_MIME = 'application/octet-stream';

/** The extension of the last path segment, lower-cased (`.js`), or null when it has none. */
function extensionOf(filePath: string): string | null {
  const dot = filePath.lastIndexOf('.');
  const slash = Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\'));
  return dot > slash ? filePath.slice(dot).toLowerCase() : null;
}

/** The media type of an imported file from its name; null when it is not a media type the library knows. */
export function mimeFromExtension(fileName: string): string | null {
  const ext = extensionOf(fileName);
  const entry = ext === null ? undefined : BY_EXTENSION[ext];
  return entry?.asset ? entry.mime : null;
}

/** Textual types are served as UTF-8: the files the app serves are UTF-8, and no browser guess is left to make. */
const isText = (mime: string) => mime.startsWith('text/') || mime === 'application/json' || mime === 'application/xml';

/** The Content-Type the HTTP hosts send for a served file (built app, player, media). Unknown → octet-stream. */
export function mimeTypeFor(filePath: string): string {
  const ext = extensionOf(filePath);
  const mime = (ext === null ? undefined : BY_EXTENSION[ext])?.mime;
  if (mime === undefined) return DEFAULT_MIME;
  return isText(mime) ? `${mime}; charset=utf-8` : mime;
}

const ascii = (head: Uint8Array, start: number, end: number) =>
  Buffer.from(head.subarray(start, end)).toString('latin1');
const startsWith = (head: Uint8Array, bytes: number[], at = 0) => bytes.every((b, i) => head[at + i] === b);

/** Recognises a file from its first bytes (at least 64 are useful); null when unknown. */
export function sniffMime(head: Uint8Array): string | null {
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a') return 'image/gif';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'image/webp';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WAVE') return 'audio/wav';
  if (ascii(head, 4, 8) === 'ftyp') {
    const brand = ascii(head, 8, 12);
    if (brand === 'avif' || brand === 'avis') return 'image/avif';
    if (brand === 'M4A ' || brand === 'M4B ') return 'audio/mp4';
    if (brand === 'qt  ') return 'video/quicktime';
    return 'video/mp4';
  }
  if (startsWith(head, [0x1a, 0x45, 0xdf, 0xa3])) {
    return ascii(head, 0, 64).includes('webm') ? 'video/webm' : 'video/x-matroska';
  }
  if (ascii(head, 0, 4) === 'OggS') return 'audio/ogg';
  if (ascii(head, 0, 4) === 'fLaC') return 'audio/flac';
  if (ascii(head, 0, 3) === 'ID3' || (head[0] === 0xff && ((head[1] ?? 0) & 0xe0) === 0xe0)) return 'audio/mpeg';
  if (ascii(head, 0, 5) === '%PDF-') return 'application/pdf';
  const text = ascii(head, 0, Math.min(head.length, 512))
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart();
  if (text.startsWith('WEBVTT')) return 'text/vtt';
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(text)) return 'image/svg+xml';
  return null;
}

export function kindFromMime(mime: string): Asset['kind'] {
  if (mime === 'text/vtt' || mime === 'application/x-subrip') return 'captions';
  if (mime.startsWith('image/')) return 'image';
  if (mime.startsWith('video/')) return 'video';
  if (mime.startsWith('audio/')) return 'audio';
  return 'other';
}

/**
 * Content wins over the file name (a renamed file is still what its bytes say), except that an audio-only
 * MP4 named `.m4a` is audio. Falls back to the extension, then to a generic binary type.
 */
export function detectMediaType(fileName: string, head: Uint8Array): MediaType {
  const byName = mimeFromExtension(fileName);
  let mime = sniffMime(head) ?? byName ?? 'application/octet-stream';
  if (mime === 'video/mp4' && byName === 'audio/mp4') mime = 'audio/mp4';
  return { mime, kind: kindFromMime(mime) };
}
