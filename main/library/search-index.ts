import type { SearchHit } from '../../shared';
import type { Db } from './database';

/**
 * Queries the FTS5 index (kept in sync by triggers, see migration 002). User text is never passed to FTS5 as
 * syntax: every term is quoted, and the last one is a prefix match so results appear while typing.
 */
export function toFtsQuery(input: string): string | null {
  const terms = input
    .split(/\s+/)
    .map((t) => t.replace(/"/g, '').trim())
    // A term with no letters or digits would become an empty phrase.
    .filter((t) => /[\p{L}\p{N}]/u.test(t));
  if (terms.length === 0) return null;
  return terms.map((t, i) => `"${t}"${i === terms.length - 1 ? '*' : ''}`).join(' ');
}

interface HitRow {
  kind: SearchHit['kind'];
  course_id: string;
  course_title: string;
  lesson_id: string | null;
  block_id: string | null;
  title: string;
  snippet: string;
}

export class SearchIndex {
  private readonly query;

  constructor(db: Db) {
    // Titles come from the live rows (a renamed lesson shows its new name on its blocks' hits); trashed courses
    // keep their index rows (restore is instant) but are filtered out here.
    this.query = db.prepare(`
      SELECT s.kind AS kind,
             c.id AS course_id,
             c.title AS course_title,
             l.id AS lesson_id,
             b.id AS block_id,
             CASE s.kind WHEN 'course' THEN c.title ELSE l.title END AS title,
             snippet(search_index, -1, '«', '»', '…', 12) AS snippet
      FROM search_index s
      LEFT JOIN blocks b ON s.kind = 'block' AND b.id = s.owner_id
      LEFT JOIN lessons l ON l.id = CASE s.kind WHEN 'lesson' THEN s.owner_id WHEN 'block' THEN b.lesson_id END
      LEFT JOIN modules m ON m.id = l.module_id
      JOIN courses c ON c.id = CASE s.kind WHEN 'course' THEN s.owner_id ELSE m.course_id END
      WHERE search_index MATCH ? AND c.deleted_at IS NULL
      ORDER BY bm25(search_index, 0, 0, 5.0, 1.0)
      LIMIT ?`);
  }

  search(input: string, limit = 50): SearchHit[] {
    const match = toFtsQuery(input);
    if (match === null) return [];
    const rows = this.query.all(match, Math.max(1, Math.min(Math.trunc(limit), 200))) as HitRow[];
    return rows.map((r) => ({
      kind: r.kind,
      courseId: r.course_id,
      courseTitle: r.course_title,
      lessonId: r.kind === 'course' ? null : r.lesson_id,
      blockId: r.kind === 'block' ? r.block_id : null,
      title: r.title,
      snippet: r.snippet,
    }));
  }

  /** Rebuilds the index from the tables (repair tool; the triggers normally make this unnecessary). */
  static rebuild(db: Db): void {
    db.exec(`
      DELETE FROM search_index;
      INSERT INTO search_index (rowid, kind, owner_id, title, body) SELECT seq * 4, 'course', id, title, description FROM courses;
      INSERT INTO search_index (rowid, kind, owner_id, title, body) SELECT seq * 4 + 1, 'lesson', id, title, '' FROM lessons;
      INSERT INTO search_index (rowid, kind, owner_id, title, body) SELECT seq * 4 + 2, 'block', id, '', search_text FROM blocks;
    `);
  }
}
