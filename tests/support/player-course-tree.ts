import { randomUUID } from 'node:crypto';
import { courseTreeSchema, type CourseTree } from '../../shared';
import { sampleCourse } from '../../main/library/sample/index';
import type { SampleAssets } from '../../main/library/sample/build';

/** Invented ids for every asset the sample course refers to. */
export const randomSampleAssets = (): SampleAssets & Record<keyof SampleAssets, string> => ({
  illustration: randomUUID(),
  video: randomUUID(),
  narration: randomUUID(),
  captions: randomUUID(),
  worksheet: randomUUID(),
  forumImage: randomUUID(),
  videoLessonImage: randomUUID(),
  selfCheckImage: randomUUID(),
  ownTimeImage: randomUUID(),
});

/**
 * The sample course as a CourseTree (fresh ids, asset ids invented unless given), for player and SCORM tests.
 * Without its cover page (as every course made before covers existed): these tests start at the first lesson;
 * `tests/e2e/player-themes.spec.ts` turns the cover back on.
 */
export function sampleCourseTree(assets: SampleAssets = randomSampleAssets()): CourseTree {
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

/** Every Continue block of the course, pressed (the state a learner who saw every lesson in full has). */
export function continuesPressed(course: CourseTree): Record<string, number> {
  return Object.fromEntries(
    course.modules.flatMap((m) =>
      m.lessons.flatMap((l) => l.blocks.flatMap((b) => (b.type === 'continue' ? [[b.id, 1] as const] : []))),
    ),
  );
}

/** Opens a lesson and presses its Continue buttons, as a learner who reads it to the end. */
export function viewLesson(
  controller: { goTo(id: string): boolean; setBlockState(id: string, v: number): void },
  lesson: { id: string; blocks: { id: string; type: string }[] },
): boolean {
  const opened = controller.goTo(lesson.id);
  if (opened) for (const b of lesson.blocks) if (b.type === 'continue') controller.setBlockState(b.id, 1);
  return opened;
}
