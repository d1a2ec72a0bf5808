import { randomUUID } from 'node:crypto';
import type { BlockOf, Question } from '../../../shared';

/** Builders of the question kinds of issue 11 §3 for the sample quiz (fresh ids on every call). */

type Feedback = [correct: string, incorrect: string];
const common = (prompt: string, [correct, incorrect]: Feedback, points = 1) => ({
  prompt,
  feedback: { correct, incorrect },
  points,
  maxAttempts: 0,
});
const question = (q: Question): BlockOf<'question'> => ({ id: randomUUID(), type: 'question', question: q });

export const numeric = (prompt: string, answer: number, tolerance: number, fb: Feedback): BlockOf<'question'> =>
  question({ kind: 'numeric', ...common(prompt, fb), match: 'tolerance', answer, tolerance, min: 0, max: 0 });

/** `text` marks blanks as `[answer|other accepted answer]`. */
export const fillBlanks = (prompt: string, text: string, fb: Feedback): BlockOf<'question'> =>
  question({ kind: 'fillBlanks', ...common(prompt, fb), text, caseSensitive: false });

/** A survey question: never scored. */
export const likert = (prompt: string, scale: string[]): BlockOf<'question'> =>
  question({
    kind: 'likert',
    ...common(prompt, ['', '']),
    feedback: {},
    points: 0,
    scale: scale.map((text) => ({ id: randomUUID(), text })),
  });

/** `items`: [text, index of its category]. */
export function categorize(prompt: string, categories: string[], items: [string, number][], fb: Feedback) {
  const cats = categories.map((text) => ({ id: randomUUID(), text }));
  return question({
    kind: 'categorize',
    ...common(prompt, fb),
    categories: cats,
    items: items.map(([text, c]) => ({ id: randomUUID(), text, categoryId: cats[c]?.id ?? cats[0]!.id })),
  });
}

/** Regions in percent of the image; `correct` lists the indices of the right ones. */
export function hotspot(
  prompt: string,
  image: { assetId: string | null; alt: string },
  regions: { label: string; x: number; y: number; w: number; h: number }[],
  correct: number[],
  fb: Feedback,
): BlockOf<'question'> {
  const list = regions.map((r) => ({ id: randomUUID(), ...r }));
  return question({
    kind: 'hotspot',
    ...common(prompt, fb),
    assetId: image.assetId,
    alt: image.alt,
    regions: list,
    correctRegionIds: correct.flatMap((i) => (list[i] ? [list[i].id] : [])),
  });
}
