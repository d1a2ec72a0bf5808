import { z } from 'zod';
import { idSchema, titleSchema } from './ids';
import { questionSchema } from './questions';

/**
 * Question banks: per course, named lists of tagged questions that quiz lessons draw from per attempt
 * (`QuizSettings.draw`). Bank questions have the question block's shape (an id and a question), so the
 * editor's question fields and the player's views work on them unchanged.
 */
export const bankTagSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(40, 'must be at most 40 characters')
  .refine((s) => !/[\r\n,]/.test(s), 'must be one line without commas');

export const bankQuestionSchema = z.object({
  id: idSchema,
  bankId: idSchema,
  /** Tags a quiz may draw by (e.g. "module 1", "hard"); unique, in the author's order. */
  tags: z
    .array(bankTagSchema)
    .max(20)
    .refine((t) => new Set(t).size === t.length, 'tags must be unique'),
  question: questionSchema,
});
export type BankQuestion = z.infer<typeof bankQuestionSchema>;

export const questionBankSchema = z.object({
  id: idSchema,
  courseId: idSchema,
  title: titleSchema,
  questions: z.array(bankQuestionSchema),
});
export type QuestionBank = z.infer<typeof questionBankSchema>;

/** How a quiz lesson draws from a bank on each attempt (absent: the lesson's own questions only). */
export const quizDrawSchema = z.object({
  bankId: idSchema,
  /** Only the bank's questions with this tag; null: the whole bank. */
  tag: bankTagSchema.nullable(),
  /** Questions per attempt, the fixed ones included. */
  count: z.number().int().min(1).max(100),
  /** Bank questions every attempt includes (the rest is drawn at random). */
  fixedIds: z
    .array(idSchema)
    .max(100)
    .refine((t) => new Set(t).size === t.length, 'fixed questions must be unique'),
});
export type QuizDraw = z.infer<typeof quizDrawSchema>;

/** The bank questions a draw may pick from: the tag's (or the whole bank's) plus the fixed ones, in bank order. */
export function drawCandidates(bank: QuestionBank | undefined, draw: QuizDraw): BankQuestion[] {
  if (!bank) return [];
  return bank.questions.filter(
    (q) => draw.tag === null || q.tags.includes(draw.tag) || draw.fixedIds.includes(q.id),
  );
}
