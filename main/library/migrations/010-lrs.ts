import type { Migration } from './migration';

/**
 * The app as a cmi5 LMS with a local LRS (main/lrs/), and learner records that reach an organisation's LRS
 * (main/records-sync/):
 * - `lrs_sessions`: one cmi5 launch (AU session): its one-time fetch secret, auth token and launch rules.
 * - `lrs_statements`: statements the local LRS accepted, per learner (actor) and registration.
 * - `lrs_documents`: State API and Agent Profile documents (LaunchData, the AU's progress, preferences).
 * - `lrs_outbox`: statements waiting for the remote LRS, written in the same transaction as the record.
 * - `cmi5_packages`: imported cmi5 packages (`coursewright cmi5 import`), unpacked under `<library>/cmi5-packages/`.
 */
export const migration010Lrs: Migration = {
  version: 10,
  name: 'lrs',
  up(db) {
    db.exec(`
      CREATE TABLE lrs_sessions (
        id TEXT PRIMARY KEY,
        registration TEXT NOT NULL,
        activity_id TEXT NOT NULL,
        actor TEXT NOT NULL CHECK (json_valid(actor)),
        launch_mode TEXT NOT NULL CHECK (launch_mode IN ('Normal', 'Browse', 'Review')),
        mastery_score REAL CHECK (mastery_score IS NULL OR mastery_score BETWEEN 0 AND 1),
        move_on TEXT NOT NULL,
        fetch_secret TEXT NOT NULL UNIQUE,
        fetched_at TEXT,
        auth_token TEXT NOT NULL UNIQUE,
        state TEXT NOT NULL DEFAULT 'launched' CHECK (state IN ('launched', 'initialized', 'terminated')),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX lrs_sessions_registration ON lrs_sessions (registration, activity_id);

      CREATE TABLE lrs_statements (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        session_id TEXT REFERENCES lrs_sessions (id) ON DELETE SET NULL,
        registration TEXT,
        activity_id TEXT NOT NULL,
        verb TEXT NOT NULL,
        actor_key TEXT NOT NULL,
        body TEXT NOT NULL CHECK (json_valid(body)),
        stored_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX lrs_statements_registration ON lrs_statements (registration, activity_id, verb);

      CREATE TABLE lrs_documents (
        kind TEXT NOT NULL CHECK (kind IN ('state', 'profile')),
        activity_id TEXT NOT NULL DEFAULT '',
        actor_key TEXT NOT NULL,
        registration TEXT NOT NULL DEFAULT '',
        doc_id TEXT NOT NULL,
        body TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (kind, activity_id, actor_key, registration, doc_id)
      ) STRICT;

      CREATE TABLE lrs_outbox (
        seq INTEGER PRIMARY KEY,
        statement_id TEXT NOT NULL UNIQUE,
        body TEXT NOT NULL CHECK (json_valid(body)),
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'duplicate', 'rejected')),
        reason TEXT,
        attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        created_at TEXT NOT NULL,
        done_at TEXT
      ) STRICT;
      CREATE INDEX lrs_outbox_pending ON lrs_outbox (status, seq);

      CREATE TABLE cmi5_packages (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        course_iri TEXT NOT NULL,
        folder TEXT NOT NULL UNIQUE,
        structure TEXT NOT NULL CHECK (json_valid(structure)),
        source_name TEXT NOT NULL DEFAULT '',
        size INTEGER NOT NULL DEFAULT 0 CHECK (size >= 0),
        file_count INTEGER NOT NULL DEFAULT 0 CHECK (file_count >= 0),
        imported_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
