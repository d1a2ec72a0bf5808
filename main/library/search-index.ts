import type { SearchHit } from '../../shared';
import type { Db } from './database';

/**
 * Queries the FTS5 index (external content over `search_source`, kept in sync by triggers, see migration 015).
 * User text is never passed to FTS5 as syntax: every word is quoted, and the last one is a prefix match so results
 * appear while typing. Words are cut as the index's tokenizer (unicode61) cuts them: runs of letters, digits and
 * private-use characters; anything else separates ("e-learning" is two words). The index keeps no positions
 * (`detail=column`), so a quoted string must never hold two of its tokens: FTS5 refuses phrases there.
 */
export function toFtsQuery(input: string): string | null {
  const words = input.match(/[\p{L}\p{N}\p{Co}]+/gu);
  if (!words) return null;
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}

/**
 * SQLite's tokenizer tables are from an older Unicode than JavaScript's: a letter it does not know separates words
 * there, so such a word reaches FTS5 as a phrase. That query finds nothing instead of failing.
 */
const isPhraseRefusal = (e: unknown) => e instanceof Error && /phrase queries are not supported/.test(e.message);

interface HitRow {
  rid: number;
  kind: SearchHit['kind'];
  course_id: string;
  course_title: string;
  lesson_id: string | null;
  block_id: string | null;
  title: string;
  deleted: number;
}

/**
 * How many matches of each part (titles: courses and lessons; block text) are ranked at most. bm25 costs ~8 µs per
 * match (the index keeps no positions, so FTS5 re-reads and re-tokenizes each ranked row: 5,000 took 40 ms of a
 * 55 ms search), so a common word in a large library (170k matching blocks) cannot be ranked whole within a
 * keystroke: past this many matches, the newest ones are ranked (newest rows have the highest block rowids and the
 * most negative title rowids). Below it, ranking is exact.
 */
const RANK_WINDOW = 2000;

export class SearchIndex {
  private readonly rankedTitles;
  private readonly rankedBlocks;
  private readonly resolve;
  private readonly titleSnippets;
  private readonly blockSnippets;

  constructor(
    db: Db,
    private readonly rankWindow = RANK_WINDOW,
  ) {
    // 1. Rank on the index alone (rowids only: no content read, no join), within the window of each part: its
    //    RANK_WINDOW newest matches (titles: the most negative rowids; blocks: the highest). The window is an
    //    ordered LIMIT in a subquery, one pass that FTS5 stops early: bounding the rowids with BETWEEN instead made
    //    FTS5 walk a prefix term's whole merged doclist (issue 14: 98 ms against 36 ms for "pra" on 500k blocks).
    //    bm25() is called explicitly: ORDER BY rank would make FTS5 rank every match before the LIMIT. Equal scores
    //    go in rowid order, as the ascending range scan gave them before (and a hit list does not reshuffle).
    const ranked = (part: string, order: 'ASC' | 'DESC') =>
      db
        .prepare(
          `SELECT rowid, score FROM (SELECT rowid, bm25(search_index, 5.0, 1.0) AS score FROM search_index
           WHERE search_index MATCH @match AND ${part} ORDER BY rowid ${order} LIMIT @window)
           ORDER BY score, rowid LIMIT @take`,
        )
        .raw();
    this.rankedTitles = ranked('rowid < 0', 'ASC');
    this.rankedBlocks = ranked('rowid > 0', 'DESC');
    // 2. Turn one rowid into its hit: a block is its seq, a course -2*seq, a lesson -2*seq-1. Titles come from the
    //    live rows (a renamed lesson shows its new name on its blocks' hits).
    this.resolve = db.prepare(`
      WITH hit (rid, kind) AS (
        SELECT @rid, CASE WHEN @rid > 0 THEN 'block' WHEN @rid % 2 = 0 THEN 'course' ELSE 'lesson' END)
      SELECT hit.rid, hit.kind, c.id AS course_id, c.title AS course_title, l.id AS lesson_id, b.id AS block_id,
             CASE hit.kind WHEN 'course' THEN c.title ELSE l.title END AS title,
             c.deleted_at IS NOT NULL AS deleted
      FROM hit
      LEFT JOIN blocks b ON hit.kind = 'block' AND b.seq = hit.rid
      LEFT JOIN lessons l ON l.seq = CASE hit.kind
        WHEN 'lesson' THEN (-hit.rid - 1) / 2
        WHEN 'block' THEN (SELECT seq FROM lessons WHERE id = b.lesson_id) END
      LEFT JOIN modules m ON m.id = l.module_id
      JOIN courses c ON c.seq = CASE hit.kind WHEN 'course' THEN -hit.rid / 2 END OR c.id = m.course_id`);
    // 3. Snippets for the rows shown only, in one ordered pass per part from its first shown rowid, stopped by the
    //    LIMIT at the last one (`+rowid` keeps the rowid list a filter: as an index constraint FTS5 would re-run the
    //    whole query once per row; a two-sided rowid range walked the whole prefix doclist, as in step 1).
    const snippets = (bound: string, order: 'ASC' | 'DESC') =>
      db
        .prepare(
          `SELECT rowid, snippet(search_index, -1, '«', '»', '…', 12) FROM search_index
           WHERE search_index MATCH ? AND ${bound} AND +rowid IN (SELECT value FROM json_each(?))
           ORDER BY rowid ${order} LIMIT ?`,
        )
        .raw();
    this.titleSnippets = snippets('rowid >= ?', 'ASC');
    this.blockSnippets = snippets('rowid <= ?', 'DESC');
  }

  search(input: string, limit = 50): SearchHit[] {
    const match = toFtsQuery(input);
    if (match === null) return [];
    try {
      return this.run(match, limit);
    } catch (e) {
      if (isPhraseRefusal(e)) return [];
      throw e;
    }
  }

  private run(match: string, limit: number): SearchHit[] {
    const want = Math.max(1, Math.min(Math.trunc(limit), 200));
    // Trashed courses keep their index rows (restore is instant) and are skipped here: rank a few more than asked,
    // and widen only while trashed hits crowd out live ones. Both parts share one bm25 scale, so they merge by score.
    for (let take = want + 10; ; take *= 4) {
      const params = { match, window: this.rankWindow, take };
      const rows = [this.rankedTitles, this.rankedBlocks]
        .flatMap((q) => q.all(params) as [number, number][])
        .sort((x, y) => x[1] - y[1]);
      const live: HitRow[] = [];
      for (const [rid] of rows) {
        const row = this.resolve.get({ rid }) as HitRow | undefined;
        if (row && !row.deleted && live.push(row) === want) break;
      }
      if (live.length === want || rows.length < take) return this.withSnippets(match, live);
    }
  }

  private withSnippets(match: string, rows: HitRow[]): SearchHit[] {
    if (rows.length === 0) return [];
    const titles = rows.filter((r) => r.rid < 0).map((r) => r.rid);
    const blocks = rows.filter((r) => r.rid > 0).map((r) => r.rid);
    const snippets = new Map<number, string>();
    for (const [q, rids, start] of [
      [this.titleSnippets, titles, Math.min(...titles)],
      [this.blockSnippets, blocks, Math.max(...blocks)],
    ] as const) {
      if (rids.length === 0) continue;
      for (const [rid, text] of q.all(match, start, JSON.stringify(rids), rids.length) as [number, string][]) {
        snippets.set(rid, text);
      }
    }
    return rows.map((row) => ({
      kind: row.kind,
      courseId: row.course_id,
      courseTitle: row.course_title,
      lessonId: row.kind === 'course' ? null : row.lesson_id,
      blockId: row.kind === 'block' ? row.block_id : null,
      title: row.title,
      snippet: snippets.get(row.rid) ?? '',
    }));
  }

  /** Rebuilds the index from the tables (repair tool; the triggers normally make this unnecessary). */
  static rebuild(db: Db): void {
    db.exec(`INSERT INTO search_index (search_index) VALUES ('rebuild')`);
  }
}
