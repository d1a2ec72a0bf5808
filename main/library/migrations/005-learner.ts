import type { Migration } from './migration';

/**
 * Offline learner mode (main/learner/, main/scorm-import/): learner profiles, imported SCORM packages, attempts
 * on a package or a library course, the CMI data per SCO and the interactions extracted from it.
 * An attempt's time is the sum of its SCOs' closed sessions plus the open one, so repeated commits of a growing
 * session_time never double-count. Package folders are relative to the library folder.
 */
export const migration005Learner: Migration = {
  version: 5,
  name: 'learner',
  up(db) {
    db.exec(`
      CREATE TABLE learners (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE scorm_packages (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        version TEXT NOT NULL CHECK (version IN ('scorm12', 'scorm2004-3rd', 'scorm2004-4th')),
        folder TEXT NOT NULL UNIQUE,
        manifest TEXT NOT NULL CHECK (json_valid(manifest)),
        source_name TEXT NOT NULL DEFAULT '',
        size INTEGER NOT NULL DEFAULT 0 CHECK (size >= 0),
        file_count INTEGER NOT NULL DEFAULT 0 CHECK (file_count >= 0),
        imported_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE attempts (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        learner_id TEXT NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        package_id TEXT REFERENCES scorm_packages (id) ON DELETE CASCADE,
        course_id TEXT REFERENCES courses (id) ON DELETE CASCADE,
        number INTEGER NOT NULL CHECK (number >= 1),
        format TEXT NOT NULL CHECK (format IN ('scorm12', 'scorm2004-3rd', 'scorm2004-4th')),
        status TEXT NOT NULL DEFAULT 'not attempted',
        score_scaled REAL,
        score_raw REAL,
        total_time_ms INTEGER NOT NULL DEFAULT 0 CHECK (total_time_ms >= 0),
        started_at TEXT NOT NULL,
        last_opened_at TEXT NOT NULL,
        finished_at TEXT,
        CHECK ((package_id IS NULL) <> (course_id IS NULL))
      ) STRICT;
      CREATE UNIQUE INDEX attempts_item ON attempts (learner_id, coalesce(package_id, course_id), number);

      CREATE TABLE cmi (
        attempt_id TEXT NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
        sco_id TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        prior_time_ms INTEGER NOT NULL DEFAULT 0 CHECK (prior_time_ms >= 0),
        session_time_ms INTEGER NOT NULL DEFAULT 0 CHECK (session_time_ms >= 0),
        sessions INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (attempt_id, sco_id)
      ) STRICT;

      CREATE TABLE interactions (
        attempt_id TEXT NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
        sco_id TEXT NOT NULL,
        idx INTEGER NOT NULL CHECK (idx >= 0),
        interaction_id TEXT NOT NULL,
        type TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        learner_response TEXT NOT NULL DEFAULT '',
        correct_responses TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(correct_responses)),
        result TEXT NOT NULL DEFAULT '',
        weighting TEXT NOT NULL DEFAULT '',
        latency TEXT NOT NULL DEFAULT '',
        timestamp TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (attempt_id, sco_id, idx)
      ) STRICT;
    `);
  },
};
