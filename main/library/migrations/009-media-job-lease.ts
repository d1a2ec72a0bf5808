import type { Migration } from './migration';

/**
 * Media jobs get an owner (issue 13 §2): the process running a job (pid, a random per-process instance id, its
 * host and start time), the attempt it runs (temp files are named after it) and a lease it renews by heartbeat.
 * Another process takes a `running` job over only when its lease expired or, on the same host, its pid is gone.
 * Rows from before this step have no owner, so their `running` jobs count as abandoned (nothing renews them).
 */
export const migration009MediaJobLease: Migration = {
  version: 9,
  name: 'media-job-lease',
  up(db) {
    db.exec(`
      ALTER TABLE media_jobs ADD COLUMN owner_id TEXT;
      ALTER TABLE media_jobs ADD COLUMN owner_pid INTEGER;
      ALTER TABLE media_jobs ADD COLUMN owner_host TEXT;
      ALTER TABLE media_jobs ADD COLUMN owner_started_at TEXT;
      ALTER TABLE media_jobs ADD COLUMN attempt_id TEXT;
      ALTER TABLE media_jobs ADD COLUMN lease_expires_at INTEGER;
      CREATE INDEX media_jobs_lease ON media_jobs (state, lease_expires_at);
    `);
  },
};
