import { courseQuestions, type CourseTree } from '../../shared';
import type { AttemptRecord } from './records';

/**
 * Question text for each interaction of the records, so a CSV reads "Which rule…?" rather than `q-3f9a12bc`.
 * SCORM 2004 packages send it as the interaction's description; for library courses (SCORM 1.2 has no
 * description) the prompt is looked up by the player's interaction id: `q-` + the first 8 hex digits of the
 * question block id, or the whole id when two questions share that prefix (renderer/player/state/interactions.ts).
 */
export function attachQuestionText(
  records: readonly AttemptRecord[],
  courseTree: (courseId: string) => CourseTree | null,
): AttemptRecord[] {
  const prompts = new Map<string, Map<string, string>>();
  const promptsOf = (courseId: string): Map<string, string> => {
    let map = prompts.get(courseId);
    if (map) return map;
    map = new Map();
    const tree = courseTree(courseId);
    if (tree) {
      for (const { block } of courseQuestions(tree)) {
        const hex = block.id.replace(/-/g, '').toLowerCase();
        map.set(`q-${hex.slice(0, 8)}`, block.question.prompt);
        map.set(`q-${hex}`, block.question.prompt);
      }
    }
    prompts.set(courseId, map);
    return map;
  };
  return records.map((r) => ({
    ...r,
    interactions: r.interactions.map((i) => ({
      ...i,
      description: i.description || (r.kind === 'course' ? (promptsOf(r.itemId).get(i.id) ?? '') : ''),
    })),
  }));
}
