import fs from 'node:fs';
import path from 'node:path';
import type { CoursePackage, QuizSettings } from '../../../shared';
import { PLAYER_PACKAGE_GLOBAL } from '../../../renderer/player/runtime-constants';
import { withBankQuiz } from '../../support/bank-course';

/**
 * Gives every quiz lesson of an unzipped package these quiz settings, as an author would in the editor
 * (rewrites content/course.json and content/course.js, which the player reads).
 */
export function setQuizSettings(dir: string, pkg: CoursePackage, quiz: Partial<QuizSettings>): CoursePackage {
  const next: CoursePackage = structuredClone(pkg);
  for (const m of next.course.modules)
    for (const l of m.lessons)
      if (l.kind === 'quiz')
        l.quiz = {
          layout: 'allOnOnePage',
          maxAttempts: 0,
          showAnswers: true,
          retakeAfterReview: false,
          timeLimitMinutes: 0,
          ...quiz,
        };
  const json = JSON.stringify(next);
  fs.writeFileSync(path.join(dir, 'content/course.json'), json);
  fs.writeFileSync(path.join(dir, 'content/course.js'), `window.${PLAYER_PACKAGE_GLOBAL} = ${json};\n`);
  return next;
}

/**
 * Makes the first quiz of an unzipped package a question-bank quiz, as the exporter packages one: its questions
 * become the pool it draws `count` from per attempt (`withBankQuiz`), the first `fixed` always included.
 */
export function setBankDraw(dir: string, pkg: CoursePackage, count: number, fixed = 0): CoursePackage {
  const next: CoursePackage = structuredClone(pkg);
  withBankQuiz(next.course, { count, fixed });
  const json = JSON.stringify(next);
  fs.writeFileSync(path.join(dir, 'content/course.json'), json);
  fs.writeFileSync(path.join(dir, 'content/course.js'), `window.${PLAYER_PACKAGE_GLOBAL} = ${json};\n`);
  return next;
}
