import type { Migration } from './migration';

/**
 * The media pipeline (main/media/): probed metadata per asset, the persisted transcoding queue and the
 * finished renditions. A rendition row is written only after its file is complete and renamed into place,
 * so nothing half-written is ever referenced. Paths are relative to the library folder.
 */
export const migration004MediaPipeline: Migration = {
  version: 4,
  name: 'media-pipeline',
  up(db) {
    db.exec(`
      CREATE TABLE media_meta (
        asset_id TEXT PRIMARY KEY REFERENCES assets(id) ON DELETE CASCADE,
        course_id TEXT,
        media_kind TEXT NOT NULL CHECK (media_kind IN ('video', 'audio', 'image', 'svg', 'captions')),
        container TEXT,
        duration REAL,
        width INTEGER,
        height INTEGER,
        rotation INTEGER NOT NULL DEFAULT 0,
        video_codec TEXT,
        audio_codec TEXT,
        bit_rate INTEGER,
        audio_channels INTEGER,
        probe_error TEXT,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX media_meta_course ON media_meta(course_id);

      CREATE TABLE media_jobs (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        asset_id TEXT NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('video', 'poster', 'audio', 'image', 'svg')),
        state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed', 'cancelled')),
        progress REAL NOT NULL DEFAULT 0 CHECK (progress >= 0 AND progress <= 1),
        error TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        params TEXT NOT NULL DEFAULT '{}',
        method TEXT,
        speed REAL,
        temp_paths TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL,
        started_at TEXT,
        finished_at TEXT,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX media_jobs_state ON media_jobs(state, seq);
      CREATE INDEX media_jobs_asset ON media_jobs(asset_id);

      CREATE TABLE media_renditions (
        asset_id TEXT NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
        purpose TEXT NOT NULL,
        path TEXT NOT NULL,
        mime TEXT NOT NULL,
        size INTEGER NOT NULL CHECK (size >= 0),
        width INTEGER,
        height INTEGER,
        duration REAL,
        job_id TEXT,
        created_at TEXT NOT NULL,
        PRIMARY KEY (asset_id, purpose)
      ) STRICT;
    `);
  },
};
