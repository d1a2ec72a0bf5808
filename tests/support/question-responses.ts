import type { Question } from '../../shared';
import type { QuestionResponse } from '../../shared/scorm/learner-state';
import { blanksOf } from '../../shared/core/question-kinds';

export function correctResponse(q: Question): QuestionResponse {
  switch (q.kind) {
    case 'singleChoice':
      return { kind: q.kind, choiceId: q.correctChoiceId };
    case 'multipleResponse':
      return { kind: q.kind, choiceIds: q.choices.filter((c) => q.correctChoiceIds.includes(c.id)).map((c) => c.id) };
    case 'trueFalse':
      return { kind: q.kind, value: q.correct };
    case 'textEntry':
      return { kind: q.kind, text: q.acceptedAnswers[0] ?? '' };
    case 'matching':
      return { kind: q.kind, matches: q.pairs.map((p) => p.id) };
    case 'ordering':
      return { kind: q.kind, itemIds: q.items.map((i) => i.id) };
    case 'numeric':
      return { kind: q.kind, value: q.match === 'range' ? q.min : q.answer };
    case 'fillBlanks':
      return { kind: q.kind, blanks: blanksOf(q.text).map((b) => b.answers[0] ?? '') };
    case 'likert':
      return { kind: q.kind, optionId: q.scale[0]!.id };
    case 'categorize':
      return { kind: q.kind, placements: q.items.map((i) => i.categoryId) };
    case 'hotspot':
      return { kind: q.kind, regionIds: q.regions.filter((r) => q.correctRegionIds.includes(r.id)).map((r) => r.id) };
  }
}

export function wrongResponse(q: Question): QuestionResponse {
  switch (q.kind) {
    case 'singleChoice':
      return { kind: q.kind, choiceId: q.choices.find((c) => c.id !== q.correctChoiceId)!.id };
    case 'multipleResponse':
      return { kind: q.kind, choiceIds: q.choices.filter((c) => !q.correctChoiceIds.includes(c.id)).map((c) => c.id) };
    case 'trueFalse':
      return { kind: q.kind, value: !q.correct };
    case 'textEntry':
      return { kind: q.kind, text: 'definitely not the answer' };
    case 'matching':
      return { kind: q.kind, matches: q.pairs.map((_, i) => q.pairs[(i + 1) % q.pairs.length]!.id) };
    case 'ordering':
      return { kind: q.kind, itemIds: [...q.items].reverse().map((i) => i.id) };
    case 'numeric':
      return { kind: q.kind, value: (q.match === 'range' ? q.max : q.answer + q.tolerance) + 1 };
    case 'fillBlanks':
      return { kind: q.kind, blanks: blanksOf(q.text).map(() => 'definitely not') };
    case 'likert':
      // A survey has no wrong answer: the last step of the scale.
      return { kind: q.kind, optionId: q.scale.at(-1)!.id };
    case 'categorize':
      return { kind: q.kind, placements: q.items.map((i) => q.categories.find((c) => c.id !== i.categoryId)!.id) };
    case 'hotspot':
      return { kind: q.kind, regionIds: q.regions.filter((r) => !q.correctRegionIds.includes(r.id)).map((r) => r.id) };
  }
}
