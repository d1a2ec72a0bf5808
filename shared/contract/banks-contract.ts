import { z } from 'zod';
import { idSchema, titleSchema } from '../model/ids';
import { questionSchema } from '../model/questions';
import { blockSchemaByKind } from '../model/blocks';
import { bankQuestionSchema, bankTagSchema, questionBankSchema } from '../model/banks';

/** Question banks of a course (main/banks/): banks, their tagged questions, and moves to and from quiz lessons. */
const tags = z
  .array(bankTagSchema)
  .max(20)
  .refine((t) => new Set(t).size === t.length, 'tags must be unique');
const deleted = z.object({ deleted: z.literal(true) });

export const banksChannels = {
  /** The course's banks in order, each with its questions. */
  'banks.list': { input: z.object({ courseId: idSchema }), output: z.array(questionBankSchema) },
  'banks.create': {
    input: z.object({ courseId: idSchema, title: titleSchema, id: idSchema.optional() }),
    output: questionBankSchema,
  },
  'banks.rename': { input: z.object({ bankId: idSchema, title: titleSchema }), output: questionBankSchema },
  /** Deletes the bank and its questions (quizzes drawing from it then draw nothing; the checklist says so). */
  'banks.delete': { input: z.object({ bankId: idSchema }), output: deleted },
  'banks.questions.create': {
    input: z.object({ bankId: idSchema, question: questionSchema, tags: tags.default([]), id: idSchema.optional() }),
    output: bankQuestionSchema,
  },
  'banks.questions.update': {
    input: z.object({ questionId: idSchema, question: questionSchema.optional(), tags: tags.optional() }),
    output: bankQuestionSchema,
  },
  'banks.questions.delete': { input: z.object({ questionId: idSchema }), output: deleted },
  /** To another bank of the same course (appended). */
  'banks.questions.move': {
    input: z.object({ questionId: idSchema, toBankId: idSchema }),
    output: bankQuestionSchema,
  },
  /** Out of its bank into a lesson of the same course, as a question block with the same id. */
  'banks.questions.toLesson': {
    input: z.object({ questionId: idSchema, lessonId: idSchema, position: z.number().int().min(0).optional() }),
    output: blockSchemaByKind.question,
  },
  /** A lesson's question block into a bank of the same course (same id; the block leaves the lesson). */
  'banks.questions.fromLesson': {
    input: z.object({ blockId: idSchema, bankId: idSchema, tags: tags.default([]) }),
    output: bankQuestionSchema,
  },
} as const;
