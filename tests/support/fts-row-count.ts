import type Database from 'better-sqlite3';

/**
 * How many rows the search index holds: the first varint of FTS5's averages record (row 1 of `search_index_data`),
 * which FTS5 keeps current on every insert and delete. The index keeps no per-row sizes (`columnsize=0`, migration
 * 015), so there is no table of one row per indexed row to count.
 */
export function ftsRowCount(db: Database.Database): number {
  const record = db.prepare(`SELECT block FROM search_index_data WHERE id = 1`).pluck().get() as Buffer | undefined;
  if (!record) return 0;
  // SQLite's varint: up to 8 bytes of 7 bits (high bit set: more follow), then a 9th byte of 8 bits.
  let value = 0;
  for (let i = 0; i < 9 && i < record.length; i++) {
    const byte = record[i]!;
    if (i === 8) return value * 256 + byte;
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) return value;
  }
  return value;
}
