import { randomUUID } from 'node:crypto';
import { courseTreeSchema, type CourseTree } from '../../shared';
import { sampleCourse } from '../../main/library/sample/index';
import type { SampleAssets } from '../../main/library/sample/build';

/**
 * The sample course as a CourseTree (fresh ids, asset ids invented unless given), for player and SCORM tests.
 * Without its cover page (as every course made before covers existed): these tests start at the first lesson;
 * `tests/e2e/player-themes.spec.ts` turns the cover back on.
 */
export function sampleCourseTree(
  assets: SampleAssets = {
    illustration: randomUUID(),
    video: randomUUID(),
    narration: randomUUID(),
    captions: randomUUID(),
  },
): CourseTree {
  const content = sampleCourse(assets);
  const courseId = randomUUID();
  const now = new Date().toISOString();
  return courseTreeSchema.parse({
    id: courseId,
    title: content.title,
    description: content.description,
    language: content.language,
    settings: { ...content.settings, cover: { enabled: false, subtitle: '', imageAssetId: null } },
    createdAt: now,
    updatedAt: now,
    modules: content.modules.map((m) => {
      const moduleId = randomUUID();
      return {
        id: moduleId,
        courseId,
        title: m.title,
        lessons: m.lessons.map((l) => ({ id: randomUUID(), moduleId, title: l.title, kind: l.kind, blocks: l.blocks })),
      };
    }),
  });
}
