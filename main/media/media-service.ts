import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import {
  AppError,
  ATTACHMENT_EXTENSIONS,
  toAppError,
  type Asset,
  type MediaImportResult,
  type MediaItem,
} from '../../shared';
import type { CourseLibrary } from '../library/course-library';
import { libraryConnection } from '../library/sqlite-course-library';
import { resolveFfmpeg, type FfmpegPaths, type ResolveFfmpegOptions } from './ffmpeg/resolve-ffmpeg';
import { processes, type ProcessRegistry } from './ffmpeg/run-ffmpeg';
import { importCaptions, type ImportCaptionsInput, type ImportCaptionsResult } from './captions/captions-service';
import { saveCaptions, type SaveCaptionsResult } from './captions/save-captions';
import { describePlaces, scanAssetUsage } from './media-usage';
import { probeMedia } from './probe';
import { toJobInfo, type JobKind, type JobParams, type MediaJob } from './queue/job-store';
import { MetaStore, type MetaKind } from './queue/meta-store';
import { RENDITIONS_DIR, TranscodeQueue, type QueueEvent } from './queue/transcode-queue';
import { sanitizeSvg } from '../security/svg-sanitize';

export interface MediaServiceOptions {
  library: CourseLibrary;
  /** Explicit ffmpeg/ffprobe paths from settings (env and PATH are the fallbacks). */
  ffmpeg?: ResolveFfmpegOptions | FfmpegPaths;
  concurrency?: number;
  registry?: ProcessRegistry;
  throttleMs?: number;
  x264Preset?: string;
}

const CAPTION_EXTS = new Set(['.vtt', '.srt']);

/**
 * Media use cases over the library and the transcoding queue: import (store + probe + enqueue), list,
 * cancel/retry, delete (refused while used) and clean-up. Transports (IPC, CLI) call only this.
 */
export class MediaService {
  readonly queue: TranscodeQueue;
  private readonly meta: MetaStore;
  private readonly library: CourseLibrary;
  private paths: FfmpegPaths | null = null;
  private closed = false;

  constructor(private readonly opts: MediaServiceOptions) {
    this.library = opts.library;
    // The media pipeline's own tables live in the library file (migration 004).
    const db = libraryConnection(opts.library);
    this.meta = new MetaStore(db);
    this.queue = new TranscodeQueue({
      db,
      libraryDir: opts.library.dir,
      sourceOf: (assetId) => {
        const file = this.library.assetFile(assetId);
        const asset = this.library.getAsset(assetId);
        return file && asset ? { path: file.path, fileName: asset.fileName } : null;
      },
      ffmpeg: () => this.ffmpegPaths(),
      ...(opts.concurrency !== undefined ? { concurrency: opts.concurrency } : {}),
      ...(opts.registry ? { registry: opts.registry } : {}),
      ...(opts.throttleMs !== undefined ? { throttleMs: opts.throttleMs } : {}),
      ...(opts.x264Preset ? { x264Preset: opts.x264Preset } : {}),
    });
  }

  /** Re-queues jobs whose process is gone, starts the queue, and probes stored media that has no metadata yet. */
  async start(): Promise<MediaJob[]> {
    const recovered = await this.queue.start();
    await this.probeUnprobed();
    return recovered;
  }

  /**
   * Media stored without going through import (the sample course, seeded when the library is created) gets the
   * same probe as imported media, so it shows duration, size and codecs. A file that cannot be probed keeps no
   * metadata; that is reported, never thrown.
   */
  async probeUnprobed(): Promise<number> {
    const known = new Set(this.meta.list().map((m) => m.assetId));
    let probed = 0;
    for (const asset of this.library.listAssets()) {
      // Closing the app while the sample is probed: stop quietly, the next start probes the rest.
      if (this.closed) break;
      if (known.has(asset.id)) continue;
      const file = this.library.assetFile(asset.id);
      if (!file) continue;
      try {
        if (asset.kind === 'captions') this.meta.upsert(asset.id, null, 'captions', null);
        else if (asset.mime === 'image/svg+xml' || /\.svg$/i.test(asset.fileName))
          this.meta.upsert(asset.id, null, 'svg', null);
        else if (asset.kind !== 'other') {
          const info = await probeMedia(file.path, this.ffmpegPaths().ffprobe, { displayName: asset.fileName });
          this.meta.upsert(asset.id, null, info.kind, info);
        } else continue;
        probed++;
      } catch (e) {
        if (this.closed) break;
        console.warn(`[media] ${asset.fileName} could not be probed: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    return probed;
  }

  /** Stops running ffmpeg children (jobs resume at the next start) and any ffprobe still probing an import. */
  async close(): Promise<void> {
    this.closed = true;
    await this.queue.stop();
    (this.opts.registry ?? processes).stopAll();
  }

  onProgress(listener: (e: QueueEvent) => void): () => void {
    return this.queue.onEvent(listener);
  }

  ffmpegPaths(): FfmpegPaths {
    if (!this.paths) {
      const f = this.opts.ffmpeg;
      this.paths = f && 'source' in f ? f : resolveFfmpeg(f);
    }
    return this.paths;
  }

  /** Imports each file on its own: a bad file yields an error naming it, and the others go on. */
  async importMedia(
    files: readonly string[],
    opts: { courseId?: string | undefined } = {},
  ): Promise<MediaImportResult[]> {
    const params = opts.courseId ? this.courseParams(opts.courseId) : {};
    const results: MediaImportResult[] = [];
    for (const file of files) {
      try {
        results.push(await this.importOne(path.resolve(file), opts.courseId ?? null, params));
      } catch (e) {
        results.push({ file, asset: null, deduplicated: false, jobs: [], error: toAppError(e) });
      }
    }
    return results;
  }

  private async importOne(file: string, courseId: string | null, params: JobParams): Promise<MediaImportResult> {
    const name = path.basename(file);
    if (!fs.existsSync(file) || !fs.statSync(file).isFile())
      throw new AppError('NOT_FOUND', `${name} was not found at ${file}.`);
    const ext = path.extname(file).toLowerCase();
    if (CAPTION_EXTS.has(ext)) {
      throw new AppError('MEDIA', `${name} is a captions file; attach it to a video with captions import.`, {
        file: name,
      });
    }
    if (ATTACHMENT_EXTENSIONS.includes(ext)) return this.importDocument(file, name);
    let kind: MetaKind;
    let info = null;
    if (ext === '.svg') {
      if (fs.statSync(file).size === 0)
        throw new AppError('MEDIA', `${name} is empty (0 bytes); there is nothing to import.`, {
          reason: 'zero-byte',
          file: name,
        });
      sanitizeSvg(await fsp.readFile(file, 'utf8'), name); // refuse unreadable SVG before storing it
      kind = 'svg';
    } else {
      // Probed BEFORE storing: bad input never enters the library.
      info = await probeMedia(file, this.ffmpegPaths().ffprobe, { displayName: name });
      kind = info.kind;
    }
    const known = new Set(this.library.listAssets().map((a) => a.id));
    const asset = await this.library.importAsset(file, { kind: kind === 'svg' ? 'image' : kind });
    const deduplicated = known.has(asset.id);
    this.meta.upsert(asset.id, courseId, kind, info);
    const jobs = this.jobKinds(kind).flatMap((k) => {
      const p = k === 'video' || k === 'poster' ? params : {};
      if (this.hasLiveJob(asset.id, k, p)) return [];
      return [this.queue.enqueue(asset.id, k, info ? { ...p, probe: info } : p)];
    });
    return { file, asset, deduplicated, jobs: jobs.map(toJobInfo), error: null };
  }

  /** A document for attachment blocks: stored as it is (kind `other`), nothing to probe or transcode. */
  private async importDocument(file: string, name: string): Promise<MediaImportResult> {
    if (fs.statSync(file).size === 0)
      throw new AppError('MEDIA', `${name} is empty (0 bytes); there is nothing to import.`, {
        reason: 'zero-byte',
        file: name,
      });
    const known = new Set(this.library.listAssets().map((a) => a.id));
    const asset = await this.library.importAsset(file, { kind: 'other' });
    return { file, asset, deduplicated: known.has(asset.id), jobs: [], error: null };
  }

  private jobKinds(kind: MetaKind): JobKind[] {
    if (kind === 'video') return ['video', 'poster'];
    if (kind === 'audio') return ['audio'];
    if (kind === 'image') return ['image'];
    if (kind === 'svg') return ['svg'];
    return [];
  }

  /** Same content imported again: no second job unless the earlier one failed or asked for other settings. */
  private hasLiveJob(assetId: string, kind: JobKind, params: JobParams): boolean {
    return this.queue.store
      .list({ assetId })
      .some((j) => j.kind === kind && j.state !== 'failed' && j.state !== 'cancelled' && sameParams(j.params, params));
  }

  private courseParams(courseId: string): JobParams {
    const { videoQuality, videoPreset } = this.library.getCourse(courseId).settings;
    return { quality: videoQuality, preset: videoPreset };
  }

  listMedia(opts: { courseId?: string | undefined } = {}): MediaItem[] {
    const usage = opts.courseId ? scanAssetUsage(this.library) : null;
    const metas = new Map(this.meta.list().map((m) => [m.assetId, m]));
    this.queue.recoverOrphans(); // a job whose process died shows as queued, not running
    const jobs = this.queue.store.list();
    const renditions = this.queue.store.renditions();
    return this.library
      .listAssets()
      .filter(
        (a) =>
          !opts.courseId ||
          metas.get(a.id)?.courseId === opts.courseId ||
          usage?.get(a.id)?.some((p) => p.courseId === opts.courseId),
      )
      .map((a) => {
        const m = metas.get(a.id) ?? null;
        const own = jobs.filter((j) => j.assetId === a.id);
        const { assetId: _a, courseId, ...meta } = m ?? { assetId: '', courseId: null };
        return {
          ...a,
          status: statusOf(own),
          courseId,
          meta: m ? (meta as MediaItem['meta']) : null,
          renditions: renditions.filter((r) => r.assetId === a.id).map(({ assetId: _x, jobId: _j, ...r }) => r),
          jobs: own.map(toJobInfo),
        };
      });
  }

  /** Imports .vtt/.srt as WebVTT and optionally attaches it to a video block. */
  importCaptions(input: ImportCaptionsInput): Promise<ImportCaptionsResult> {
    return importCaptions(this.library, input);
  }

  /** Stores edited WebVTT as a new captions asset and re-points the video blocks that used the old one. */
  saveCaptions(input: { assetId: string; vtt: string }): Promise<SaveCaptionsResult> {
    return saveCaptions(this.library, input);
  }

  cancel(jobId: string): MediaJob {
    return this.queue.cancel(jobId);
  }

  retry(jobId: string): MediaJob {
    return this.queue.retry(jobId);
  }

  /** Refused with IN_USE (and the places) while any block or course logo references the asset. */
  async deleteAsset(assetId: string): Promise<void> {
    const asset = this.library.getAsset(assetId);
    if (!asset)
      throw new AppError('NOT_FOUND', `No asset with id ${assetId} exists in the library.`, {
        kind: 'asset',
        id: assetId,
      });
    const places = scanAssetUsage(this.library).get(assetId) ?? [];
    if (places.length) {
      throw new AppError(
        'IN_USE',
        `${asset.fileName} is still used in ${describePlaces(places)}. Remove it there first.`,
        { places },
      );
    }
    await this.removeAsset(asset);
  }

  /** Deletes every asset no block or course uses, and rendition folders whose asset is gone. */
  async cleanupUnused(): Promise<{ deletedAssetIds: string[]; freedBytes: number }> {
    const used = scanAssetUsage(this.library);
    const deletedAssetIds: string[] = [];
    let freedBytes = 0;
    for (const asset of this.library.listAssets()) {
      if (used.has(asset.id)) continue;
      freedBytes += await this.removeAsset(asset);
      deletedAssetIds.push(asset.id);
    }
    const root = path.join(this.library.dir, RENDITIONS_DIR);
    const live = new Set(this.library.listAssets().map((a) => a.id));
    for (const dir of fs.existsSync(root) ? fs.readdirSync(root) : []) {
      if (!live.has(dir)) freedBytes += await removeTree(path.join(root, dir));
    }
    return { deletedAssetIds, freedBytes };
  }

  /** Row first (cascades to meta, jobs, renditions), files second: nothing recorded points at a deleted file. */
  private async removeAsset(asset: Asset): Promise<number> {
    for (const job of this.queue.store.list({ assetId: asset.id })) {
      if (job.state === 'queued' || job.state === 'running') this.queue.cancel(job.id);
    }
    await this.queue.whenSettled(asset.id);
    const original = this.library.assetFile(asset.id);
    this.library.deleteAsset(asset.id);
    let freed = await removeTree(path.join(this.library.dir, RENDITIONS_DIR, asset.id));
    if (original) freed += await removeTree(original.path);
    return freed;
  }
}

function statusOf(jobs: readonly MediaJob[]): MediaItem['status'] {
  if (jobs.some((j) => j.state === 'queued' || j.state === 'running')) return 'processing';
  const latest = new Map<string, MediaJob>();
  for (const j of jobs) latest.set(j.kind, j);
  return [...latest.values()].some((j) => j.state === 'failed' || j.state === 'cancelled') ? 'failed' : 'ready';
}

function sameParams(a: JobParams, b: JobParams): boolean {
  return (a.quality ?? null) === (b.quality ?? null) && (a.preset ?? null) === (b.preset ?? null);
}

async function removeTree(p: string): Promise<number> {
  let size = 0;
  try {
    const st = await fsp.stat(p);
    if (st.isDirectory()) for (const name of await fsp.readdir(p)) size += await removeTree(path.join(p, name));
    else size = st.size;
    await fsp.rm(p, { recursive: true, force: true });
  } catch {
    /* already gone */
  }
  return size;
}

/**
 * The app's media service for `library`. `autoStart` re-queues crash-interrupted jobs and starts transcoding;
 * start errors are logged, not thrown.
 */
export function createMediaServiceFor(
  library: CourseLibrary,
  opts: { autoStart?: boolean; onProgress?: (e: QueueEvent) => void } & Omit<MediaServiceOptions, 'library'> = {},
): MediaService {
  const { autoStart, onProgress, ...rest } = opts;
  // COURSEWRIGHT_MEDIA_CONCURRENCY overrides the default of half the cores (e.g. 1 on a busy laptop).
  const fromEnv = Number.parseInt(process.env.COURSEWRIGHT_MEDIA_CONCURRENCY ?? '', 10);
  const concurrency = rest.concurrency ?? (fromEnv > 0 ? fromEnv : undefined);
  const service = new MediaService({ library, ...rest, ...(concurrency ? { concurrency } : {}) });
  if (onProgress) service.onProgress(onProgress);
  if (autoStart) service.start().catch((e: unknown) => console.error('[media] could not start the queue', e));
  return service;
}
