import fs from 'node:fs';
import path from 'node:path';
import type { Asset } from '../../../shared';
import { resolveResourcesDir } from '../resources-dir';
import { libraryConnection, type SqliteCourseLibrary } from '../sqlite-course-library';
import type { SampleAssets, SampleCourse } from './build';
import { benefitsModule } from './module-benefits';
import { foundationsModule } from './module-foundations';
import { practiceModule } from './module-practice';

export const SAMPLE_COURSE_TITLE = 'Asynchronous Learning 101';

/** Files in `resources/sample/` the sample course uses. */
export const SAMPLE_MEDIA = {
  illustration: { file: 'sync-vs-async.svg', kind: 'image' },
  video: { file: 'welcome.mp4', kind: 'video' },
  narration: { file: 'narration.m4a', kind: 'audio' },
  captions: { file: 'narration.en.vtt', kind: 'captions' },
  worksheet: { file: 'support-plan-worksheet.pdf', kind: 'other' },
  forumImage: { file: 'tool-forum.svg', kind: 'image' },
  videoLessonImage: { file: 'tool-video.svg', kind: 'image' },
  selfCheckImage: { file: 'tool-self-check.svg', kind: 'image' },
  ownTimeImage: { file: 'own-time.svg', kind: 'image' },
} as const satisfies Record<keyof SampleAssets, { file: string; kind: Asset['kind'] }>;

export function sampleCourse(assets: SampleAssets): SampleCourse {
  return {
    title: SAMPLE_COURSE_TITLE,
    description:
      'A short, practical introduction to self-paced learning: what asynchronous learning is, how it differs from ' +
      'live teaching, its benefits and limits, how to design courses that work, and why an LMS delivers them. ' +
      'About 45 minutes, with a knowledge check and a graded final quiz.',
    language: 'en',
    settings: {
      navigation: 'free',
      completion: { rule: 'viewedAndPassed', viewedPercent: 100 },
      passingScore: 80,
      targetModuleMinutes: 20,
      supportContact: 'support@example.com',
      // The default theme (Clean, light) with a cover page: what a new course looks like.
      cover: {
        enabled: true,
        subtitle: 'Design self-paced courses that learners finish',
        imageAssetId: assets.illustration,
        imageAlt: 'Learners gathered in one shared time slot beside learners spread across the hours of a day.',
        imageDecorative: false,
      },
    },
    modules: [foundationsModule(assets), benefitsModule(assets), practiceModule(assets)],
  };
}

/**
 * Seeds the sample course: imports its media (content-addressed, so a retry reuses the files), then writes the
 * whole course and clears the library's "sample pending" flag in ONE transaction. Returns the course id, or null
 * when the media could not be found (the flag stays, so a later start tries again).
 */
export async function seedSampleCourse(library: SqliteCourseLibrary, resourcesDir?: string): Promise<string | null> {
  let assets: SampleAssets;
  try {
    const dir = path.join(resourcesDir ?? resolveResourcesDir(), 'sample');
    const entries = await Promise.all(
      Object.entries(SAMPLE_MEDIA).map(async ([key, { file, kind }]) => {
        const full = path.join(dir, file);
        if (!fs.existsSync(full)) throw new Error(`missing ${full}`);
        const asset = await library.importAsset(full, { kind });
        return [key, asset.id] as const;
      }),
    );
    assets = Object.fromEntries(entries) as unknown as SampleAssets;
  } catch (e) {
    console.warn(`[library] The sample course was not added: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }

  const content = sampleCourse(assets);
  return library.transaction(() => {
    const course = library.createSampleCourse(content);
    for (const module of content.modules) {
      const m = library.createModule(course.id, module.title);
      for (const lesson of module.lessons) {
        const l = library.createLesson(m.id, lesson.title, lesson.kind);
        for (const block of lesson.blocks) library.insertBlock(l.id, block);
      }
    }
    libraryConnection(library).prepare(`DELETE FROM library_meta WHERE key = 'sample_pending'`).run();
    return course.id;
  });
}
