import type { Block, GuidanceCode, GuidanceItem } from '../../../../shared';
import { BLOCK_KINDS } from '../../../../shared/core/block-registry';

/** What a group of identical tips is about, said once. */
const GROUP_TITLES: Record<GuidanceCode, string> = {
  'module-over-target': 'Modules longer than the target duration',
  'module-text-only': 'Modules with text only',
  'image-missing-alt': 'Images without alt text (or mark them decorative)',
  'video-missing-captions': 'Videos without captions',
  'question-missing-feedback': 'Questions that give no feedback',
  'media-duration-unknown': 'Media whose length is not known yet (not counted in the estimate)',
  'no-support-contact': 'No support contact',
  'table-missing-caption': 'Tables without a caption',
  'process-missing-summary': 'Processes without a summary card',
  'scenario-unreachable-scene': 'Scenarios with scenes that cannot be reached',
  'scenario-never-ends': 'Scenarios with paths that never reach an ending',
  'scenario-dangling-link': 'Scenarios with choices that lead nowhere',
  'scenario-ending-missing-feedback': 'Scenario endings without feedback',
  'attachment-missing-file': 'Attachments without a file',
  'embed-missing-url': 'Embeds without a web address',
  'embed-missing-title': 'Embeds without a title for screen readers',
  'embed-missing-fallback': 'Embeds without a text for learners offline',
  'marker-missing-text': 'Labeled graphic markers with an empty note',
  'draw-larger-than-bank': 'Quizzes that draw more questions than their bank holds',
  'draw-bank-missing': 'Quizzes that draw from a deleted question bank',
  'brand-colour-adjusted': 'Brand colour adjusted for contrast',
  'cover-image-missing-alt': 'Cover image without alt text (or mark it decorative)',
  'header-image-missing-alt': 'Lesson header images without alt text (or mark them decorative)',
};

/** Block names come from the block descriptors (one place names a kind). */
const kindLabel = (type: Block['type']): string => BLOCK_KINDS[type].label;

interface GuidancePlace {
  /** e.g. `Welcome › Video “Intro” (block 2)`, or the module/course name. */
  name: string;
  lessonId: string | null;
  blockId: string | null;
}

export interface GuidanceGroup {
  code: GuidanceCode;
  severity: GuidanceItem['severity'];
  /** The tip itself: the item's own message when it stands alone, the group title otherwise. */
  title: string;
  places: GuidancePlace[];
}

/** The block's own name where it has one (video/audio title, image alt), else its position in the lesson. */
function blockName(block: Block, index: number): string {
  const kind = kindLabel(block.type);
  const own =
    block.type === 'video' || block.type === 'audio'
      ? block.title
      : block.type === 'image'
        ? (block.caption ?? block.alt)
        : '';
  return own?.trim() ? `${kind} “${own.trim()}” (block ${index + 1})` : `${kind} (block ${index + 1})`;
}

/** What naming needs of the course: its outline (a `CourseTree` or `CourseOutline` will do). */
interface NamedCourse {
  title: string;
  modules: readonly { id: string; title: string; lessons: readonly { id: string; title: string }[] }[];
}
/** The named blocks by id with their place in their lesson (`blocks.find`). */
export type NamedBlocks = Readonly<Record<string, { block: Block; index: number }>>;

/** Names every target from the course outline and the blocks the checklist flagged. */
function placeOf(item: GuidanceItem, tree: NamedCourse, blocks: NamedBlocks): GuidancePlace {
  const { target } = item;
  for (const mod of tree.modules) {
    if (target.kind === 'module' && mod.id === target.moduleId) {
      return { name: `Module “${mod.title}”`, lessonId: mod.lessons[0]?.id ?? null, blockId: null };
    }
    for (const lesson of mod.lessons) {
      if (lesson.id !== target.lessonId) continue;
      const found = target.blockId ? blocks[target.blockId] : undefined;
      return {
        name: found ? `${lesson.title} › ${blockName(found.block, found.index)}` : `Lesson “${lesson.title}”`,
        lessonId: lesson.id,
        blockId: found?.block.id ?? null,
      };
    }
  }
  return { name: `Course “${tree.title}”`, lessonId: null, blockId: null };
}

/** Identical tips (same code) become one group listing each place, in checklist order. */
export function groupGuidance(items: readonly GuidanceItem[], tree: NamedCourse, blocks: NamedBlocks): GuidanceGroup[] {
  const groups = new Map<GuidanceCode, GuidanceGroup & { first: string }>();
  for (const item of items) {
    const group = groups.get(item.code) ?? {
      code: item.code,
      severity: item.severity,
      title: '',
      first: item.message,
      places: [],
    };
    group.places.push(placeOf(item, tree, blocks));
    groups.set(item.code, group);
  }
  return [...groups.values()].map(({ first, ...g }) => ({
    ...g,
    title: g.places.length === 1 ? first : `${GROUP_TITLES[g.code]} (${g.places.length})`,
  }));
}
