import { estimateCourseMinutes, type AssetDurations, type CourseSummary, type CourseTree } from '../../shared';

/** What a library card needs beyond the summary row, derived from the course content. */
interface CardFacts {
  /** The course's `updatedAt` when computed: every write inside a course bumps it, so it keys the cache. */
  updatedAt: string;
  /** Reading and question minutes (media excluded: its durations can change without the course changing). */
  baseMinutes: number;
  /** Video/audio asset ids of the course's media blocks, once per block. */
  timedAssetIds: string[];
  thumbnailAssetId: string | null;
}

export function cardFacts(tree: CourseTree): CardFacts {
  const timedAssetIds: string[] = [];
  let thumbnailAssetId: string | null = null;
  for (const m of tree.modules)
    for (const l of m.lessons)
      for (const b of l.blocks) {
        if ((b.type === 'video' || b.type === 'audio') && b.assetId) timedAssetIds.push(b.assetId);
        if (b.type === 'image' && b.assetId && thumbnailAssetId === null) thumbnailAssetId = b.assetId;
      }
  return {
    updatedAt: tree.updatedAt,
    baseMinutes: estimateCourseMinutes(tree).courseMinutes,
    timedAssetIds,
    thumbnailAssetId,
  };
}

/**
 * Adds `estimatedMinutes` and `thumbnailAssetId` to library summaries. A course's content is read only when it
 * changed since the last call (cached by `updatedAt`); media durations are looked up fresh every time.
 */
export class CourseCards {
  private readonly cache = new Map<string, CardFacts>();

  constructor(
    private readonly load: (courseId: string) => CourseTree,
    private readonly durations: () => AssetDurations,
  ) {}

  decorate<T extends CourseSummary>(summaries: T[]): T[] {
    const durations = summaries.length ? this.durations() : {};
    return summaries.map((summary) => {
      const facts = this.facts(summary);
      if (!facts) return summary;
      const mediaSeconds = facts.timedAssetIds.reduce((sum, id) => {
        const s = durations[id];
        return sum + (typeof s === 'number' && Number.isFinite(s) && s > 0 ? s : 0);
      }, 0);
      return {
        ...summary,
        estimatedMinutes: facts.baseMinutes + mediaSeconds / 60,
        thumbnailAssetId: facts.thumbnailAssetId,
      };
    });
  }

  /** Drops a purged course from the cache. */
  forget(courseId: string): void {
    this.cache.delete(courseId);
  }

  private facts(summary: CourseSummary): CardFacts | null {
    const cached = this.cache.get(summary.id);
    if (cached?.updatedAt === summary.updatedAt) return cached;
    try {
      const facts = cardFacts(this.load(summary.id));
      this.cache.set(summary.id, facts);
      return facts;
    } catch {
      // A course that cannot be read (corrupt row) still gets its card, without the extras.
      return null;
    }
  }
}
