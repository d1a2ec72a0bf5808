import type { Question } from '../../shared';
import type { QuestionResponse } from '../../shared/scorm/learner-state';

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
  }
}
