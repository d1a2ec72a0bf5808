import type { CourseSummary } from '../../shared';

/**
 * Library card facts (counts, estimated minutes, thumbnail) are stored on the course row and kept current by the
 * write transaction that changes them (see `CardTracker` in sqlite-course-library.ts and migration 007), so the
 * library list is one plain query however large the library grows.
 */

/**
 * Recomputes one course's card facts from its rows (`@id`): counts, reading/question minutes (each block's own
 * `minutes`), the first image in course order and the video/audio asset ids (once per block).
 */
export const REFRESH_CARD_SQL = `
  UPDATE courses SET
    card_modules = (SELECT count(*) FROM modules m WHERE m.course_id = @id),
    card_lessons = (SELECT count(*) FROM lessons l JOIN modules m ON m.id = l.module_id WHERE m.course_id = @id),
    card_minutes = (SELECT coalesce(sum(b.minutes), 0) FROM blocks b
      JOIN lessons l ON l.id = b.lesson_id JOIN modules m ON m.id = l.module_id WHERE m.course_id = @id),
    card_thumbnail = (SELECT json_extract(b.data, '$.assetId') FROM blocks b
      JOIN lessons l ON l.id = b.lesson_id JOIN modules m ON m.id = l.module_id
      WHERE m.course_id = @id AND b.type = 'image' AND json_extract(b.data, '$.assetId') IS NOT NULL
      ORDER BY m.position, m.seq, l.position, l.seq, b.position, b.seq LIMIT 1),
    card_media = (SELECT json_group_array(json_extract(b.data, '$.assetId')) FROM blocks b
      JOIN lessons l ON l.id = b.lesson_id JOIN modules m ON m.id = l.module_id
      WHERE m.course_id = @id AND b.type IN ('video', 'audio') AND json_extract(b.data, '$.assetId') IS NOT NULL)
  WHERE id = @id`;

/**
 * The summary columns of `courses c`. Media minutes are joined at read time: probing finishes after the course was
 * written, and a duration change must show without a course change (bad durations count 0, as in the guidance).
 */
export const SUMMARY_COLUMNS = `c.id, c.title, c.description, c.language, c.is_sample, c.created_at, c.updated_at,
  c.card_modules, c.card_lessons, c.card_thumbnail,
  max(0, c.card_minutes + coalesce((SELECT sum(mm.duration) FROM json_each(c.card_media) j
    JOIN media_meta mm ON mm.asset_id = j.value WHERE mm.duration > 0 AND mm.duration < 1e300), 0) / 60.0) AS minutes`;

/** The live course cards, newest edit first (the library screen, `courses.list`). */
export const LIST_CARDS_SQL = `SELECT ${SUMMARY_COLUMNS} FROM courses c WHERE c.deleted_at IS NULL
  ORDER BY c.updated_at DESC, c.seq DESC`;

export interface SummaryRow {
  id: string;
  title: string;
  description: string;
  language: string;
  is_sample: number;
  created_at: string;
  updated_at: string;
  card_modules: number;
  card_lessons: number;
  card_thumbnail: string | null;
  minutes: number;
}

export const toSummary = (r: SummaryRow): CourseSummary => ({
  id: r.id,
  title: r.title,
  description: r.description,
  language: r.language,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  moduleCount: r.card_modules,
  lessonCount: r.card_lessons,
  isSample: r.is_sample === 1,
  estimatedMinutes: r.minutes,
  thumbnailAssetId: r.card_thumbnail,
});
