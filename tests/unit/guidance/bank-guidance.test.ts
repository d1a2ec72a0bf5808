import { describe, expect, it } from 'vitest';
import { courseGuidance, newQuestion, type QuestionBank } from '../../../shared';
import { courseLessons } from '../../../shared/scorm/learner-state';
import { sampleCourseTree } from '../../support/player-course-tree';

let n = 0;
const newId = () => `0000c000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

function setup(count: number, tag: string | null) {
  const tree = sampleCourseTree();
  const quiz = courseLessons(tree).find((l) => l.kind === 'quiz')!;
  const bank: QuestionBank = {
    id: newId(),
    courseId: tree.id,
    title: 'Hazards',
    questions: ['a', 'b', 'c'].map((p, i) => ({
      id: newId(),
      bankId: '',
      tags: i === 0 ? ['hard'] : [],
      question: newQuestion('trueFalse', newId, p),
    })),
  };
  quiz.quiz = {
    layout: 'allOnOnePage',
    maxAttempts: 0,
    showAnswers: true,
    retakeAfterReview: false,
    timeLimitMinutes: 0,
    draw: { bankId: bank.id, tag, count, fixedIds: [] },
  };
  return { tree, bank, quiz };
}
const drawItems = (g: ReturnType<typeof courseGuidance>) => g.items.filter((i) => i.code.startsWith('draw-'));

describe('design guidance for question-bank quizzes', () => {
  it('warns when the bank, or the tag, holds fewer questions than the draw, and not otherwise', () => {
    const ok = setup(3, null);
    expect(drawItems(courseGuidance(ok.tree, { banks: [ok.bank] }))).toEqual([]);
    const big = setup(4, null);
    const [item] = drawItems(courseGuidance(big.tree, { banks: [big.bank] }));
    expect(item).toMatchObject({ code: 'draw-larger-than-bank', severity: 'warning', target: { lessonId: big.quiz.id } });
    expect(item!.message).toContain('draws 4 questions but the bank “Hazards” has only 3');
    const tagged = setup(2, 'hard');
    expect(drawItems(courseGuidance(tagged.tree, { banks: [tagged.bank] }))[0]!.message).toContain(
      'tag “hard” of bank “Hazards” has only 1',
    );
  });

  it('warns when the bank is gone', () => {
    const { tree } = setup(1, null);
    expect(drawItems(courseGuidance(tree, { banks: [] })).map((i) => i.code)).toEqual(['draw-bank-missing']);
  });
});
