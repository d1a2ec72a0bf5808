import type Database from 'better-sqlite3';
import type { MediaInfo } from '../probe';

export type MetaKind = 'video' | 'audio' | 'image' | 'svg' | 'captions';

/** Probed facts about an asset, shown in the media list and used to plan renditions. */
interface MediaMeta {
  assetId: string;
  courseId: string | null;
  mediaKind: MetaKind;
  container: string | null;
  duration: number | null;
  width: number | null;
  height: number | null;
  rotation: number;
  videoCodec: string | null;
  audioCodec: string | null;
  bitRate: number | null;
  audioChannels: number | null;
}

const SELECT = `SELECT asset_id AS assetId, course_id AS courseId, media_kind AS mediaKind, container, duration, width,
  height, rotation, video_codec AS videoCodec, audio_codec AS audioCodec, bit_rate AS bitRate,
  audio_channels AS audioChannels FROM media_meta`;

export class MetaStore {
  constructor(private readonly db: Database.Database) {}

  /** Keeps the first course an asset was imported for: the same file imported again elsewhere is shared. */
  upsert(assetId: string, courseId: string | null, kind: MetaKind, info: MediaInfo | null): void {
    const v = info?.video ?? null;
    this.db
      .prepare(
        `INSERT INTO media_meta (asset_id, course_id, media_kind, container, duration, width, height, rotation,
           video_codec, audio_codec, bit_rate, audio_channels, updated_at)
         VALUES (@assetId, @courseId, @kind, @container, @duration, @width, @height, @rotation, @videoCodec,
           @audioCodec, @bitRate, @channels, @t)
         ON CONFLICT (asset_id) DO UPDATE SET course_id = COALESCE(media_meta.course_id, excluded.course_id),
           updated_at = excluded.updated_at`,
      )
      .run({
        assetId,
        courseId,
        kind,
        container: info?.container ?? null,
        duration: info?.durationSeconds ?? null,
        width: v?.displayWidth ?? null,
        height: v?.displayHeight ?? null,
        rotation: v?.rotation ?? 0,
        videoCodec: v?.codec ?? null,
        audioCodec: info?.audio?.codec ?? null,
        bitRate: info?.bitRate === null || info?.bitRate === undefined ? null : Math.round(info.bitRate),
        channels: info?.audio?.channels ?? null,
        t: new Date().toISOString(),
      });
  }

  get(assetId: string): MediaMeta | null {
    return (this.db.prepare(`${SELECT} WHERE asset_id = ?`).get(assetId) as MediaMeta | undefined) ?? null;
  }

  list(): MediaMeta[] {
    return this.db.prepare(SELECT).all() as MediaMeta[];
  }
}
