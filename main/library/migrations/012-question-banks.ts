import type { Migration } from './migration';

/**
 * Question banks (issue 11 §2): per course, named lists of tagged questions that quiz lessons draw from
 * (`QuizSettings.draw`, kept in `lesson_quiz_settings`). New tables only: existing courses have no bank, and quiz
 * settings without `draw` keep meaning "the lesson's own questions".
 */
export const migration012QuestionBanks: Migration = {
  version: 12,
  name: 'question-banks',
  up(db) {
    db.exec(`
      CREATE TABLE question_banks (
        id TEXT PRIMARY KEY,
        course_id TEXT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        title TEXT NOT NULL
      ) STRICT;
      CREATE INDEX question_banks_course ON question_banks (course_id, position);
      CREATE TABLE bank_questions (
        id TEXT PRIMARY KEY,
        bank_id TEXT NOT NULL REFERENCES question_banks (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        tags TEXT NOT NULL CHECK (json_valid(tags)),
        question TEXT NOT NULL CHECK (json_valid(question))
      ) STRICT;
      CREATE INDEX bank_questions_bank ON bank_questions (bank_id, position);
    `);
  },
};
