import type { MediaInfo } from '../probe';

/** The widest the player ever shows an image (full-width block on a large screen). */
const MAX_IMAGE_WIDTH = 1920;

type ImageFormat = 'jpg' | 'png' | 'webp';
export const IMAGE_MIME: Record<ImageFormat, string> = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp' };

interface ImagePlan {
  format: ImageFormat;
  /** True when the source is wider than the player shows; the output is then always kept. */
  scaled: boolean;
  width: number;
  height: number;
  alpha: boolean;
}

export function hasAlpha(pixFmt: string | null): boolean {
  return !!pixFmt && /^(rgba|bgra|argb|abgr|ya|yuva|gbrap)|pal8/.test(pixFmt);
}

/** Pure: what to produce for a still image. JPEG stays JPEG; PNG/WebP stay as they are so alpha survives. */
export function planImage(info: MediaInfo): ImagePlan | null {
  const v = info.video;
  if (!v) return null;
  // By codec: ffprobe names the container "image2" for any still it opened by file extension.
  const byCodec: Record<string, ImageFormat> = { mjpeg: 'jpg', png: 'png', webp: 'webp' };
  const format = info.container.includes('gif') ? null : (byCodec[v.codec] ?? null); // GIF (maybe animated) is kept
  if (!format) return null;
  const scaled = v.displayWidth > MAX_IMAGE_WIDTH;
  const width = scaled ? MAX_IMAGE_WIDTH : v.displayWidth;
  const height = scaled
    ? Math.max(1, Math.round((v.displayHeight * MAX_IMAGE_WIDTH) / v.displayWidth))
    : v.displayHeight;
  return { format, scaled, width, height, alpha: hasAlpha(v.pixFmt) };
}

export function buildImageArgs(input: string, output: string, plan: ImagePlan): string[] {
  const codec: Record<ImageFormat, string[]> = {
    jpg: ['-c:v', 'mjpeg', '-q:v', '3', '-pix_fmt', 'yuvj420p'],
    png: ['-c:v', 'png', '-compression_level', '9', '-pred', 'mixed', ...(plan.alpha ? ['-pix_fmt', 'rgba'] : [])],
    webp: ['-c:v', 'libwebp', '-quality', '82', ...(plan.alpha ? ['-pix_fmt', 'yuva420p'] : [])],
  };
  return [
    '-hide_banner',
    '-loglevel',
    'error',
    '-y',
    '-i',
    input,
    '-frames:v',
    '1',
    '-vf',
    `scale=${plan.width}:${plan.height}:flags=lanczos`,
    ...codec[plan.format],
    '-update',
    '1',
    '-f',
    plan.format === 'webp' ? 'webp' : 'image2',
    output,
  ];
}
