import type { MediaInfo, VideoStreamInfo } from '../probe';

type VideoQuality = '1080p' | '720p' | '480p';
/** Per-course trade-off: "quality" keeps more detail, "size" makes smaller files for slow LMS links. */
type VideoPreset = 'quality' | 'size';

const TARGET_HEIGHT: Record<VideoQuality, number> = { '1080p': 1080, '720p': 720, '480p': 480 };
/**
 * x264 constant-rate factors: lower is better quality / bigger files. "quality" with the preset below is the
 * reference of issue 12 (at most 1.1× its size and 1.3× its CPU at equal or better SSIM): measured with
 * bench/video-preset-bench.ts, the old medium/20 made files 1.7–5.3× larger for 1.8–3.4× the CPU for a
 * barely higher SSIM, and no slower preset or other CRF stayed within both limits on every source tried
 * (faster/23 did on grainy footage, but came out 1.11× larger on clean footage).
 */
export const CRF: Record<VideoPreset, number> = { quality: 23, size: 26 };
/** x264 speed preset of every encode. */
export const DEFAULT_X264_PRESET = 'veryfast';
const AUDIO_BITRATE = '128k';

interface VideoOptions {
  quality: VideoQuality;
  preset: VideoPreset;
  /** x264 speed preset; benchmarks and tests may pick a faster one. */
  x264Preset?: string;
}

/**
 * Output size: fits a 16:9 box of the chosen height (turned for portrait video), never larger than the
 * source, and even on both sides (yuv420p needs it). Works on the displayed (rotated) size because
 * ffmpeg applies the rotation while encoding.
 */
export function targetSize(v: Pick<VideoStreamInfo, 'displayWidth' | 'displayHeight'>, quality: VideoQuality) {
  const short = TARGET_HEIGHT[quality];
  const long = Math.ceil((short * 16) / 9 / 2) * 2; // 854 for 480p, like the usual 854×480
  const portrait = v.displayHeight > v.displayWidth;
  const boxW = portrait ? short : long;
  const boxH = portrait ? long : short;
  const scale = Math.min(1, boxW / v.displayWidth, boxH / v.displayHeight);
  if (scale === 1) return { width: even(v.displayWidth), height: even(v.displayHeight) };
  // Nearest even size, so 3840×2160 becomes exactly 854×480 rather than 852×478.
  const near = (n: number, max: number) => Math.min(max, Math.max(2, Math.round(n / 2) * 2));
  return { width: near(v.displayWidth * scale, boxW), height: near(v.displayHeight * scale, boxH) };
}

function even(n: number): number {
  return Math.max(2, Math.floor(n / 2) * 2);
}

interface RemuxDecision {
  remux: boolean;
  /** Why a re-encode is needed (shown in the job details); empty when remuxing. */
  reasons: string[];
}

/** The fast path: H.264 yuv420p (8-bit, not 4:4:4) + AAC (or silent) in MP4/MOV within the size limit. */
export function remuxDecision(info: MediaInfo, quality: VideoQuality): RemuxDecision {
  const reasons: string[] = [];
  const v = info.video;
  if (!v) return { remux: false, reasons: ['no video stream'] };
  if (!/(^|,)(mov|mp4)(,|$)/.test(info.container)) reasons.push(`container ${info.container} is not MP4`);
  if (v.codec !== 'h264') reasons.push(`video codec ${v.codec} is not H.264`);
  if (v.pixFmt !== 'yuv420p' && v.pixFmt !== 'yuvj420p')
    reasons.push(`pixel format ${v.pixFmt ?? 'unknown'} is not yuv420p`);
  if (v.profile && /4:4:4|4:2:2|10|Hi444|Hi422/i.test(v.profile))
    reasons.push(`H.264 profile ${v.profile} is not widely playable`);
  if (v.width % 2 || v.height % 2) reasons.push('odd picture dimensions');
  const target = targetSize(v, quality);
  if (target.width !== v.displayWidth || target.height !== v.displayHeight) {
    reasons.push(`${v.displayWidth}×${v.displayHeight} is larger than ${quality}`);
  }
  if (info.audio && info.audio.codec !== 'aac') reasons.push(`audio codec ${info.audio.codec} is not AAC`);
  return { remux: reasons.length === 0, reasons };
}

const PROGRESS_ARGS = ['-progress', 'pipe:1', '-nostats', '-hide_banner', '-loglevel', 'error'];

/** Read `input`, keep its first video and (if any) first audio stream; drop subtitles and data streams. */
const firstVideoAndAudio = (input: string): string[] => [
  ...PROGRESS_ARGS,
  '-y',
  '-i',
  input,
  '-map',
  '0:v:0',
  '-map',
  '0:a:0?',
  '-sn',
  '-dn',
];

/** Full re-encode to H.264 High / yuv420p + AAC in MP4 with the index at the front. */
export function buildVideoArgs(input: string, output: string, info: MediaInfo, opts: VideoOptions): string[] {
  if (!info.video) throw new Error('buildVideoArgs needs a video stream');
  const { width, height } = targetSize(info.video, opts.quality);
  return [
    ...firstVideoAndAudio(input),
    '-vf',
    `scale=${width}:${height}:flags=lanczos,format=yuv420p`,
    '-c:v',
    'libx264',
    '-profile:v',
    'high',
    '-preset',
    opts.x264Preset ?? DEFAULT_X264_PRESET,
    '-crf',
    String(CRF[opts.preset]),
    '-pix_fmt',
    'yuv420p',
    '-c:a',
    'aac',
    '-b:a',
    AUDIO_BITRATE,
    '-movflags',
    '+faststart',
    '-f',
    'mp4',
    output,
  ];
}

/** Stream copy into MP4 with `+faststart`: seconds instead of minutes, and no quality loss. */
export function buildRemuxArgs(input: string, output: string): string[] {
  return [...firstVideoAndAudio(input), '-c', 'copy', '-movflags', '+faststart', '-f', 'mp4', output];
}

/** Where the poster is taken: 10 % in, but not before 1 s unless the clip is shorter than 2 s. */
export function posterTime(durationSeconds: number | null): number {
  if (!durationSeconds || durationSeconds <= 0) return 0;
  const t = durationSeconds * 0.1 >= 1 ? durationSeconds * 0.1 : Math.min(1, durationSeconds / 2);
  return Math.round(t * 1000) / 1000;
}

export const THUMBNAIL_WIDTH = 320;

/**
 * Poster (JPEG, `posterWidth` wide at most) and thumbnail (WebP, THUMBNAIL_WIDTH at most) from ONE seek and ONE
 * decode of the frame at `atSeconds`: the frame is split and scaled twice, each to its own output.
 */
export function buildPosterArgs(
  input: string,
  out: { poster: string; thumbnail: string },
  atSeconds: number,
  posterWidth: number,
): string[] {
  const scale = (w: number) => `scale='min(${w},iw)':-2:flags=lanczos`;
  return [
    '-hide_banner',
    '-loglevel',
    'error',
    '-y',
    '-ss',
    atSeconds.toFixed(3),
    '-i',
    input,
    '-filter_complex',
    `[0:v:0]split=2[p][t];[p]${scale(posterWidth)}[poster];[t]${scale(THUMBNAIL_WIDTH)}[thumb]`,
    '-map',
    '[poster]',
    '-frames:v',
    '1',
    '-c:v',
    'mjpeg',
    '-q:v',
    '3',
    '-update',
    '1',
    '-f',
    'image2',
    out.poster,
    '-map',
    '[thumb]',
    '-frames:v',
    '1',
    '-c:v',
    'libwebp',
    '-quality',
    '75',
    '-f',
    'webp',
    out.thumbnail,
  ];
}
