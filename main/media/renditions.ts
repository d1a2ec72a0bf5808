import path from 'node:path';
import type { CourseLibrary } from '../library/course-library';
import { libraryConnection } from '../library/sqlite-course-library';
import { JobStore } from './queue/job-store';

export interface RenditionFile {
  /** video-720p (or -1080p/-480p), poster, thumbnail, audio-normalized, image-web */
  purpose: string;
  /** Absolute path of the complete file. */
  path: string;
  mime: string;
  size: number;
  width: number | null;
  height: number | null;
  duration: number | null;
}

/**
 * The finished renditions of an asset, for the player's media protocol and the exporters: use the
 * `video-*` file instead of the original, `poster` for the poster, `audio-normalized` for narration,
 * `image-web` for images. Empty while jobs are still running (only complete files are ever recorded).
 */
export function renditionFiles(library: CourseLibrary, assetId: string): RenditionFile[] {
  return new JobStore(libraryConnection(library)).renditions(assetId).map((r) => ({
    purpose: r.purpose,
    path: path.join(library.dir, ...r.path.split('/')),
    mime: r.mime,
    size: r.size,
    width: r.width,
    height: r.height,
    duration: r.duration,
  }));
}

/** The best playable video rendition (highest quality recorded), or null. */
export function videoRendition(files: readonly RenditionFile[]): RenditionFile | null {
  const videos = files.filter((f) => f.purpose.startsWith('video-'));
  return videos.sort((a, b) => (b.height ?? 0) - (a.height ?? 0))[0] ?? null;
}
