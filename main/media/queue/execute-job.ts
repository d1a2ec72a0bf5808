import fsp from 'node:fs/promises';
import path from 'node:path';
import { assertNever } from '../../../shared';
import type { FfmpegPaths } from '../ffmpeg/resolve-ffmpeg';
import { createProgressReader } from '../ffmpeg/progress-parser';
import type { ProcessRegistry } from '../ffmpeg/run-ffmpeg';
import { probeMedia, type MediaInfo } from '../probe';
import { buildAudioArgs, buildLoudnessMeasureArgs, parseLoudnessMeasurement } from '../transcode/audio-args';
import { buildImageArgs, IMAGE_MIME, planImage } from '../transcode/image-args';
import { tempPathFor } from '../transcode/output-file';
import { sanitizeSvg } from '../../security/svg-sanitize';
import {
  buildPosterArgs,
  buildRemuxArgs,
  buildVideoArgs,
  posterTime,
  remuxDecision,
  targetSize,
  THUMBNAIL_WIDTH,
} from '../transcode/video-args';
import type { JobMethod, MediaJob, RenditionRecord } from './job-store';

interface JobContext {
  job: MediaJob;
  /** Absolute path of the stored original. */
  source: string;
  fileName: string;
  libraryDir: string;
  /** Absolute folder for this asset's renditions (exists). */
  outDir: string;
  ffmpeg: FfmpegPaths;
  registry: ProcessRegistry;
  signal: AbortSignal;
  x264Preset?: string | undefined;
  onProgress(fraction: number, speed: number | null): void;
  /** Must be called before anything is written to these paths (crash recovery deletes them). */
  recordTemps(paths: string[]): void;
}

/** A finished output still under its temporary name; the queue renames it and records it. */
type PendingRendition = Omit<RenditionRecord, 'assetId' | 'jobId' | 'size'> & {
  tempPath: string | null;
  finalPath: string;
};

interface JobOutput {
  method: JobMethod;
  speed: number | null;
  renditions: PendingRendition[];
}

/** Does the work of one job. Pure of database writes: the queue commits files and rows afterwards. */
export async function executeJob(ctx: JobContext): Promise<JobOutput> {
  const kind = ctx.job.kind;
  switch (kind) {
    case 'video':
      return videoJob(ctx, await probe(ctx));
    case 'poster':
      return posterJob(ctx, await probe(ctx));
    case 'audio':
      return audioJob(ctx, await probe(ctx));
    case 'image':
      return imageJob(ctx, await probe(ctx));
    case 'svg':
      return svgJob(ctx);
    default:
      return assertNever(kind, 'job kind');
  }
}

async function probe(ctx: JobContext): Promise<MediaInfo> {
  // The probe taken at import travels in the job's params (saves an ffprobe run); probed afresh otherwise.
  if (ctx.job.params.probe) return ctx.job.params.probe;
  return probeMedia(ctx.source, ctx.ffmpeg.ffprobe, {
    registry: ctx.registry,
    signal: ctx.signal,
    displayName: ctx.fileName,
  });
}

function planOutput(ctx: JobContext, name: string) {
  const finalPath = path.join(ctx.outDir, name);
  return {
    finalPath,
    tempPath: tempPathFor(finalPath, ctx.job.attemptId ?? ctx.job.id),
    path: relative(ctx, finalPath),
  };
}

function relative(ctx: JobContext, abs: string): string {
  return path.relative(ctx.libraryDir, abs).split(path.sep).join('/');
}

/** Runs ffmpeg with `-progress pipe:1`, mapping its 0..1 into [from, to] of the job; returns the last speed. */
async function runWithProgress(ctx: JobContext, args: string[], duration: number | null, from = 0, to = 1) {
  const reader = createProgressReader(duration, (u) => ctx.onProgress(from + (to - from) * u.fraction, u.speed));
  const result = await ctx.registry.run(ctx.ffmpeg.ffmpeg, args, {
    signal: ctx.signal,
    onStdoutLine: (l) => reader.push(l),
  });
  return { speed: reader.last?.speed ?? null, stderrTail: result.stderrTail };
}

async function videoJob(ctx: JobContext, info: MediaInfo): Promise<JobOutput> {
  const quality = ctx.job.params.quality ?? '720p';
  const out = planOutput(ctx, `video-${quality}.mp4`);
  ctx.recordTemps([out.tempPath]);
  const decision = remuxDecision(info, quality);
  const args = decision.remux
    ? buildRemuxArgs(ctx.source, out.tempPath)
    : buildVideoArgs(ctx.source, out.tempPath, info, {
        quality,
        preset: ctx.job.params.preset ?? 'quality',
        x264Preset: ctx.x264Preset,
      });
  const { speed } = await runWithProgress(ctx, args, info.durationSeconds);
  // Sizes follow from the plan (ffmpeg exited 0); no second ffprobe run on the output.
  const size = decision.remux
    ? { width: info.video?.displayWidth ?? null, height: info.video?.displayHeight ?? null }
    : info.video
      ? targetSize(info.video, quality)
      : { width: null, height: null };
  return {
    method: decision.remux ? 'remux' : 'encode',
    speed,
    renditions: [{ ...out, purpose: `video-${quality}`, mime: 'video/mp4', ...size, duration: info.durationSeconds }],
  };
}

async function posterJob(ctx: JobContext, info: MediaInfo): Promise<JobOutput> {
  if (!info.video) throw new Error(`${ctx.fileName} has no picture to take a poster from.`);
  const size = targetSize(info.video, ctx.job.params.quality ?? '720p');
  const poster = planOutput(ctx, 'poster.jpg');
  const thumb = planOutput(ctx, 'thumbnail.webp');
  ctx.recordTemps([poster.tempPath, thumb.tempPath]);
  const at = posterTime(info.durationSeconds);
  // One run, one decode, two outputs (two runs cost 6.5× the remux itself).
  const args = buildPosterArgs(ctx.source, { poster: poster.tempPath, thumbnail: thumb.tempPath }, at, size.width);
  await ctx.registry.run(ctx.ffmpeg.ffmpeg, args, { signal: ctx.signal });
  const thumbH = Math.round((Math.min(THUMBNAIL_WIDTH, size.width) * size.height) / size.width / 2) * 2;
  return {
    method: 'frames',
    speed: null,
    renditions: [
      { ...poster, purpose: 'poster', mime: 'image/jpeg', width: size.width, height: size.height, duration: null },
      {
        ...thumb,
        purpose: 'thumbnail',
        mime: 'image/webp',
        width: Math.min(THUMBNAIL_WIDTH, size.width),
        height: thumbH,
        duration: null,
      },
    ],
  };
}

async function audioJob(ctx: JobContext, info: MediaInfo): Promise<JobOutput> {
  if (!info.audio) throw new Error(`${ctx.fileName} has no sound to normalise.`);
  const out = planOutput(ctx, 'audio-normalized.m4a');
  ctx.recordTemps([out.tempPath]);
  const measure = await runWithProgress(ctx, buildLoudnessMeasureArgs(ctx.source), info.durationSeconds, 0, 0.5);
  const m = parseLoudnessMeasurement(measure.stderrTail);
  const { speed } = await runWithProgress(
    ctx,
    buildAudioArgs(ctx.source, out.tempPath, m),
    info.durationSeconds,
    0.5,
    1,
  );
  return {
    method: m ? 'loudnorm-2pass' : 'loudnorm-1pass',
    speed,
    renditions: [
      {
        ...out,
        purpose: 'audio-normalized',
        mime: 'audio/mp4',
        width: null,
        height: null,
        duration: info.durationSeconds,
      },
    ],
  };
}

async function imageJob(ctx: JobContext, info: MediaInfo): Promise<JobOutput> {
  const plan = planImage(info);
  const original: PendingRendition = {
    purpose: 'image-web',
    tempPath: null,
    finalPath: ctx.source,
    path: relative(ctx, ctx.source),
    mime: plan ? IMAGE_MIME[plan.format] : info.video?.codec === 'gif' ? 'image/gif' : 'application/octet-stream',
    width: info.video?.displayWidth ?? null,
    height: info.video?.displayHeight ?? null,
    duration: null,
  };
  if (!plan) return { method: 'original', speed: null, renditions: [original] };
  const out = planOutput(ctx, `image-web.${plan.format}`);
  ctx.recordTemps([out.tempPath]);
  await ctx.registry.run(ctx.ffmpeg.ffmpeg, buildImageArgs(ctx.source, out.tempPath, plan), { signal: ctx.signal });
  const [encoded, source] = await Promise.all([fsp.stat(out.tempPath), fsp.stat(ctx.source)]);
  // Re-encoding an already small image often makes it bigger: keep the original then.
  if (!plan.scaled && encoded.size >= source.size) {
    await fsp.rm(out.tempPath, { force: true });
    return { method: 'original', speed: null, renditions: [original] };
  }
  return {
    method: 'reencode',
    speed: null,
    renditions: [
      {
        ...out,
        purpose: 'image-web',
        mime: IMAGE_MIME[plan.format],
        width: plan.width,
        height: plan.height,
        duration: null,
      },
    ],
  };
}

async function svgJob(ctx: JobContext): Promise<JobOutput> {
  const out = planOutput(ctx, 'image-web.svg');
  ctx.recordTemps([out.tempPath]);
  const clean = sanitizeSvg(await fsp.readFile(ctx.source, 'utf8'), ctx.fileName);
  await fsp.writeFile(out.tempPath, clean, { signal: ctx.signal });
  return {
    method: 'sanitize',
    speed: null,
    renditions: [{ ...out, purpose: 'image-web', mime: 'image/svg+xml', width: null, height: null, duration: null }],
  };
}
