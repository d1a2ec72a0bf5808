/**
 * The schema version this build writes (`MIGRATIONS.length`, checked by a test), without loading the migrations:
 * read-only fast paths (the CLI `courses list`) use it to answer only from a library they can read as it is, and
 * leave any other one to the full open, which migrates, restores and repairs.
 */
export const SCHEMA_VERSION = 15;
