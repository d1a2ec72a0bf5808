import type Database from 'better-sqlite3';

/**
 * One schema step. `up` runs inside the single transaction that applies every pending migration,
 * so it must not open transactions of its own or change connection-level pragmas.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Database.Database): void;
}
