import { blockAssetIds, questionAssetIds, type CourseTree, type MediaUsePlace } from '../../shared';
import { BankStore } from '../banks/bank-store';
import type { CourseLibrary } from '../library/course-library';

/** One place an asset is used: the contract's shape, so the IN_USE details and the media list share it. */
type UsePlace = MediaUsePlace;

/** Every asset reference in the library: blocks (media, posters, captions), course logos and cover images. */
export function scanAssetUsage(
  library: Pick<CourseLibrary, 'listCourses' | 'getCourse'> & Partial<Pick<CourseLibrary, 'listTrashedCourses'>>,
): Map<string, UsePlace[]> {
  const uses = new Map<string, UsePlace[]>();
  const add = (assetId: string, place: UsePlace) => {
    const list = uses.get(assetId) ?? [];
    list.push(place);
    uses.set(assetId, list);
  };
  // Question banks (hotspot images) live in their own tables; a library without SQLite has none.
  let banks: BankStore | null = null;
  try {
    banks = new BankStore(library as CourseLibrary);
  } catch {
    banks = null;
  }
  // Courses in the trash still hold their media: they can be restored (main/authoring).
  for (const summary of [...library.listCourses(), ...(library.listTrashedCourses?.() ?? [])]) {
    const course: CourseTree = library.getCourse(summary.id, { includeTrashed: true });
    const base = { courseId: course.id, courseTitle: course.title };
    const logo = course.settings.theme.logoAssetId;
    if (logo) add(logo, { ...base, lessonId: null, lessonTitle: null, blockId: null, blockType: null });
    const cover = course.settings.cover.imageAssetId;
    if (cover && cover !== logo)
      add(cover, { ...base, lessonId: null, lessonTitle: null, blockId: null, blockType: null });
    for (const mod of course.modules) {
      for (const lesson of mod.lessons) {
        const header = lesson.header?.imageAssetId;
        if (header)
          add(header, { ...base, lessonId: lesson.id, lessonTitle: lesson.title, blockId: null, blockType: null });
        for (const block of lesson.blocks) {
          for (const id of new Set(blockAssetIds(block))) {
            add(id, {
              ...base,
              lessonId: lesson.id,
              lessonTitle: lesson.title,
              blockId: block.id,
              blockType: block.type,
            });
          }
        }
      }
    }
    for (const bank of banks?.banksOf(course.id) ?? [])
      for (const q of bank.questions)
        for (const id of new Set(questionAssetIds(q.question)))
          add(id, {
            ...base,
            lessonId: null,
            lessonTitle: `bank “${bank.title}”`,
            blockId: q.id,
            blockType: 'question',
          });
  }
  return uses;
}

/** "Course › Lesson (video block)" lines for the IN_USE message. */
export function describePlaces(places: readonly UsePlace[]): string {
  return places
    .map((p) =>
      p.lessonTitle
        ? `“${p.courseTitle}” › “${p.lessonTitle}” (${p.blockType ? `${p.blockType} block` : 'lesson header'})`
        : `“${p.courseTitle}” (course logo or cover)`,
    )
    .join('; ');
}
