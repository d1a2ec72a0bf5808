import type { CourseSummary } from '../../shared/model/course';

/**
 * A zod-free check of the course cards the read-only `courses list` prints (issue 14: the CLI within 2× of
 * `node -e 0`; loading zod and the course model costs ~50 ms of a ~120 ms listing). It accepts a SUBSET of what
 * `courseSummarySchema` accepts, with nothing for zod to transform (tests/unit/library/course-card-guard.test.ts
 * checks that with fast-check): anything else makes the fast path hand over to the full CLI, whose router validates
 * the cards with the contract and reports a violation as it always did.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const LANGUAGE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const isId = (v: unknown): v is string => typeof v === 'string' && UUID.test(v);
const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
/** Only timestamps as the library writes them (`toISOString()`, years 0000–9999). */
const isTimestamp = (v: unknown): boolean =>
  typeof v === 'string' && /^\d{4}-/.test(v) && !Number.isNaN(Date.parse(v)) && new Date(v).toISOString() === v;
const isTitle = (v: unknown): boolean =>
  typeof v === 'string' && v.length >= 1 && v.length <= 200 && v.trim() === v && !/[\r\n]/.test(v);

export function isCourseCard(c: CourseSummary): boolean {
  return (
    isId(c.id) &&
    isTitle(c.title) &&
    typeof c.description === 'string' &&
    c.description.length <= 5000 &&
    typeof c.language === 'string' &&
    LANGUAGE.test(c.language) &&
    isTimestamp(c.createdAt) &&
    isTimestamp(c.updatedAt) &&
    isCount(c.moduleCount) &&
    isCount(c.lessonCount) &&
    typeof c.isSample === 'boolean' &&
    (c.estimatedMinutes === undefined ||
      (typeof c.estimatedMinutes === 'number' && c.estimatedMinutes >= 0 && Number.isFinite(c.estimatedMinutes))) &&
    (c.thumbnailAssetId === undefined || c.thumbnailAssetId === null || isId(c.thumbnailAssetId))
  );
}
