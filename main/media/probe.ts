import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared';
import { processes, ProcessError, type ProcessRegistry } from './ffmpeg/run-ffmpeg';

type MediaKind = 'video' | 'audio' | 'image';
type BadInputReason =
  'zero-byte' | 'truncated' | 'not-media' | 'mislabelled' | 'audio-only-video' | 'absurd-dimensions';

export interface VideoStreamInfo {
  codec: string;
  profile: string | null;
  pixFmt: string | null;
  width: number;
  height: number;
  /** Clockwise degrees the player must turn the picture: 0, 90, 180 or 270. */
  rotation: number;
  /** Size as shown, after rotation. */
  displayWidth: number;
  displayHeight: number;
  frameRate: number | null;
  bitRate: number | null;
}
interface AudioStreamInfo {
  codec: string;
  channels: number;
  sampleRate: number | null;
  bitRate: number | null;
}
export interface MediaInfo {
  kind: MediaKind;
  /** ffprobe's format_name, e.g. "mov,mp4,m4a,3gp,3g2,mj2". */
  container: string;
  durationSeconds: number | null;
  bitRate: number | null;
  size: number;
  video: VideoStreamInfo | null;
  audio: AudioStreamInfo | null;
}

const MIN_DIMENSION = 16;
const MAX_DIMENSION = 8192;

const VIDEO_EXTS = new Set(['.mp4', '.m4v', '.mov', '.webm', '.mkv', '.avi', '.ogv']);
/** Extension → a word that must appear in ffprobe's format_name when the name tells the truth. */
const FORMAT_OF_EXT: Record<string, string[]> = {
  '.mp4': ['mp4'],
  '.m4v': ['mp4'],
  '.mov': ['mov'],
  '.m4a': ['m4a', 'mp4'],
  '.webm': ['webm'],
  '.mkv': ['matroska'],
  '.avi': ['avi'],
  '.mp3': ['mp3'],
  '.wav': ['wav'],
  '.ogg': ['ogg'],
  '.oga': ['ogg'],
  '.opus': ['ogg'],
  '.flac': ['flac'],
  '.aac': ['aac'],
  '.png': ['png'],
  '.jpg': ['jpeg'],
  '.jpeg': ['jpeg'],
  '.webp': ['webp'],
  '.gif': ['gif'],
};
/**
 * ffprobe opens a file named .jpg/.png with its "image2" reader whatever the bytes are, so for images the
 * first bytes are what tell a mislabelled file apart.
 */
const IMAGE_MAGIC: Record<string, string> = {
  '.png': 'a PNG image',
  '.jpg': 'a JPEG image',
  '.jpeg': 'a JPEG image',
  '.gif': 'a GIF image',
  '.webp': 'a RIFF (WAV/AVI/WebP) file',
};
const IMAGE_FORMATS = /(^|,)(png_pipe|jpeg_pipe|webp_pipe|gif|image2|bmp_pipe|tiff_pipe|svg_pipe)(,|$)/;

/** Runs ffprobe and interprets its answer; throws AppError('MEDIA') naming the file for every bad input. */
export async function probeMedia(
  file: string,
  ffprobe: string,
  opts: { registry?: ProcessRegistry; signal?: AbortSignal; displayName?: string } = {},
): Promise<MediaInfo> {
  const name = opts.displayName ?? path.basename(file);
  const size = fs.statSync(file).size;
  if (size === 0) throw bad('zero-byte', name, `${name} is empty (0 bytes); there is nothing to import.`);
  const magic = readMagic(file);
  const args = ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', '--', file];
  let stdout: string;
  try {
    ({ stdout } = await (opts.registry ?? processes).run(ffprobe, args, { collectStdout: true, signal: opts.signal }));
  } catch (e) {
    if (e instanceof ProcessError && !e.aborted && e.exitCode !== null) {
      throw magic
        ? bad(
            'truncated',
            name,
            `${name} looks like ${magic} but is damaged or incomplete (was the copy or download cut short?).`,
          )
        : bad('not-media', name, `${name} is not a video, audio or image file Coursewright can read.`);
    }
    throw e;
  }
  return interpretProbe(JSON.parse(stdout) as FfprobeJson, {
    name,
    ext: path.extname(file).toLowerCase(),
    size,
    magic,
    pngSize: magic === 'a PNG image' ? readPngSize(file) : null,
  });
}

interface FfprobeStream {
  codec_type?: string;
  codec_name?: string;
  profile?: string;
  pix_fmt?: string;
  width?: number;
  height?: number;
  channels?: number;
  sample_rate?: string;
  bit_rate?: string;
  avg_frame_rate?: string;
  tags?: Record<string, string>;
  side_data_list?: { side_data_type?: string; rotation?: number }[];
  disposition?: { attached_pic?: number };
}
export interface FfprobeJson {
  streams?: FfprobeStream[];
  format?: { format_name?: string; duration?: string; bit_rate?: string; size?: string };
}

/** Pure: ffprobe JSON → MediaInfo, or a specific AppError for bad input. */
export function interpretProbe(
  json: FfprobeJson,
  file: {
    name: string;
    ext: string;
    size: number;
    magic: string | null;
    /** Width and height from the PNG's own header, for when ffprobe refuses the size and reports 0×0. */
    pngSize?: { width: number; height: number } | null;
  },
): MediaInfo {
  const { name, ext } = file;
  const container = json.format?.format_name ?? '';
  const streams = json.streams ?? [];
  const v = streams.find((s) => s.codec_type === 'video' && !s.disposition?.attached_pic);
  const a = streams.find((s) => s.codec_type === 'audio');
  if (!container || (!v && !a)) throw bad('not-media', name, `${name} contains no video, audio or picture.`);

  const expected = FORMAT_OF_EXT[ext];
  const imageByExt = container.split(',').includes('image2') && IMAGE_MAGIC[ext];
  const claimed = imageByExt
    ? file.magic && file.magic !== imageByExt
      ? file.magic
      : null
    : expected && !expected.some((f) => container.split(',').some((c) => c.includes(f)))
      ? describeFormat(container)
      : null;
  if (claimed) {
    throw bad(
      'mislabelled',
      name,
      `${name} is named "${ext}" but actually contains ${claimed}. Rename it with the right extension and import it again.`,
    );
  }
  const isImage = IMAGE_FORMATS.test(container);
  if (!v && VIDEO_EXTS.has(ext)) {
    throw bad(
      'audio-only-video',
      name,
      `${name} has sound but no picture; import it as audio (e.g. .m4a or .mp3) instead of video.`,
    );
  }
  const durationSeconds = num(json.format?.duration);
  const bitRate = num(json.format?.bit_rate);
  const video = v ? videoInfo(v, name, file.pngSize ?? null) : null;
  const audio = a
    ? {
        codec: a.codec_name ?? 'unknown',
        channels: a.channels ?? 0,
        sampleRate: num(a.sample_rate),
        bitRate: num(a.bit_rate),
      }
    : null;

  // A cut-off MP4 whose index sits at the front still probes; its streams then claim far more data than the file holds.
  const claimedBits = (video?.bitRate ?? 0) + (audio?.bitRate ?? 0);
  if (!isImage && durationSeconds && claimedBits > 0 && file.size < (claimedBits * durationSeconds) / 8 / 2) {
    throw bad(
      'truncated',
      name,
      `${name} is incomplete: it holds only part of its ${durationSeconds.toFixed(1)} s (was the copy or download cut short?).`,
    );
  }
  return {
    kind: isImage ? 'image' : video ? 'video' : 'audio',
    container,
    durationSeconds,
    bitRate,
    size: file.size,
    video,
    audio,
  };
}

function videoInfo(s: FfprobeStream, name: string, header: { width: number; height: number } | null): VideoStreamInfo {
  // ffmpeg refuses pictures beyond its own limits and then reports 0×0: the file's header has the real size.
  const unknown = !s.width || !s.height;
  const width = unknown && header ? header.width : (s.width ?? 0);
  const height = unknown && header ? header.height : (s.height ?? 0);
  const range = `Coursewright accepts pictures from ${MIN_DIMENSION} to ${MAX_DIMENSION} pixels on each side.`;
  if (width > MAX_DIMENSION || height > MAX_DIMENSION) {
    throw bad('absurd-dimensions', name, `${name} is too large (${width}×${height} pixels); ${range}`);
  }
  if (width === 0 || height === 0) {
    throw bad('absurd-dimensions', name, `The size of the picture in ${name} could not be read; ${range}`);
  }
  if (width < MIN_DIMENSION || height < MIN_DIMENSION) {
    throw bad('absurd-dimensions', name, `${name} is too small (${width}×${height} pixels); ${range}`);
  }
  const rotation = rotationOf(s);
  const sideways = rotation === 90 || rotation === 270;
  return {
    codec: s.codec_name ?? 'unknown',
    profile: s.profile ?? null,
    pixFmt: s.pix_fmt ?? null,
    width,
    height,
    rotation,
    displayWidth: sideways ? height : width,
    displayHeight: sideways ? width : height,
    frameRate: rate(s.avg_frame_rate),
    bitRate: num(s.bit_rate),
  };
}

/** Display-matrix rotation is counter-clockwise (ffprobe prints -90 for a phone's portrait clip); tags are clockwise. */
export function rotationOf(s: Pick<FfprobeStream, 'side_data_list' | 'tags'>): number {
  const matrix = s.side_data_list?.find((d) => typeof d.rotation === 'number');
  const degrees = matrix ? -(matrix.rotation ?? 0) : Number(s.tags?.rotate ?? 0);
  const r = (((Math.round(degrees / 90) * 90) % 360) + 360) % 360;
  return Number.isFinite(r) ? r : 0;
}

const MAGIC: [string, (b: Buffer) => boolean][] = [
  ['an MP4/QuickTime file', (b) => b.toString('latin1', 4, 8) === 'ftyp'],
  ['a Matroska/WebM file', (b) => b.readUInt32BE(0) === 0x1a45dfa3],
  ['a RIFF (WAV/AVI/WebP) file', (b) => b.toString('latin1', 0, 4) === 'RIFF'],
  ['an MP3 file', (b) => b.toString('latin1', 0, 3) === 'ID3' || (b[0] === 0xff && ((b[1] ?? 0) & 0xe0) === 0xe0)],
  ['an Ogg file', (b) => b.toString('latin1', 0, 4) === 'OggS'],
  ['a FLAC file', (b) => b.toString('latin1', 0, 4) === 'fLaC'],
  ['a PNG image', (b) => b.readUInt32BE(0) === 0x89504e47],
  ['a JPEG image', (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
  ['a GIF image', (b) => b.toString('latin1', 0, 4) === 'GIF8'],
];

/** Names the kind of file its first bytes announce, or null. Tells "damaged media" from "not media". */
function readMagic(file: string): string | null {
  const buf = Buffer.alloc(16);
  const fd = fs.openSync(file, 'r');
  try {
    const n = fs.readSync(fd, buf, 0, 16, 0);
    if (n < 8) return null;
  } finally {
    fs.closeSync(fd);
  }
  return MAGIC.find(([, test]) => test(buf))?.[0] ?? null;
}

function describeFormat(container: string): string {
  if (/png|jpeg|webp|gif/.test(container)) return `a ${container.replace('_pipe', '').toUpperCase()} image`;
  if (container.includes('mp4')) return 'MP4/QuickTime data';
  return `${container.split(',')[0]?.toUpperCase() ?? 'other'} data`;
}

function bad(reason: BadInputReason, file: string, message: string): AppError {
  return new AppError('MEDIA', message, { reason, file });
}

function num(v: string | undefined): number | null {
  if (v === undefined || v === 'N/A') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

function rate(v: string | undefined): number | null {
  const m = v?.match(/^(\d+)\/(\d+)$/);
  if (!m || Number(m[2]) === 0) return null;
  return Number(m[1]) / Number(m[2]);
}

/** Width and height from a PNG's IHDR chunk (bytes 16–24), or null when the file does not start with one. */
function readPngSize(file: string): { width: number; height: number } | null {
  const buf = Buffer.alloc(24);
  const fd = fs.openSync(file, 'r');
  try {
    if (fs.readSync(fd, buf, 0, 24, 0) < 24) return null;
  } finally {
    fs.closeSync(fd);
  }
  if (buf.readUInt32BE(0) !== 0x89504e47 || buf.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}
