import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, type Frame, type Page } from '@playwright/test';
import type { CourseTree } from '../../../shared';
import { DATABASE_FILE } from '../../../main/library/open-library';
import { answerCorrectly, lessonQuestions, pressContinues, submitQuiz } from './player-keyboard';
import { cw } from './cw-class';

/** The player helpers take a Page; in the app the course is a frame (one or two levels down). */
const asPage = (page: Page, frame: Frame): Page =>
  ({
    keyboard: page.keyboard,
    locator: (s: string) => frame.locator(s),
    evaluate: (fn: never, arg: never) => frame.evaluate(fn, arg),
  }) as unknown as Page;

/** The frame playing a cmi5 AU (its URL carries the launch parameters), once it is there. */
export async function auFrame(page: Page, pathPart: string): Promise<Frame> {
  const find = () => page.frames().find((f) => f.url().includes(pathPart) && f.url().includes('fetch='));
  await expect.poll(() => !!find()).toBe(true);
  const frame = find() as Frame;
  await expect(frame.locator('#app')).toHaveAttribute('data-state', 'ready');
  return frame;
}

/** Answers and submits every quiz of the package's course and ends on "Course complete". */
export async function playThrough(page: Page, frame: Frame): Promise<void> {
  const tree = await frame.evaluate(
    () => (window as unknown as { __COURSEWRIGHT_PACKAGE__: { course: CourseTree } }).__COURSEWRIGHT_PACKAGE__.course,
  );
  const learner = asPage(page, frame);
  // A course with a cover page opens on it: Start leads to the first lesson.
  if (tree.settings.cover.enabled) await frame.locator(cw('main#cw-main button[data-action=start]')).click();
  for (const lesson of tree.modules.flatMap((m) => m.lessons)) {
    await expect(frame.locator('h1')).toHaveText(lesson.title);
    // Continue buttons hide the rest of a lesson (and count for its completion) until pressed.
    await pressContinues(learner, lesson);
    if (lesson.kind === 'quiz') {
      for (const q of lessonQuestions(lesson)) await answerCorrectly(learner, q);
      await submitQuiz(learner);
    }
    await frame.locator(cw('.cw-pager button.cw-button-primary')).click();
  }
  await expect(frame.locator('h1')).toHaveText('Course complete');
}

interface StoredStatement {
  verb: string;
  session: string | null;
  registration: string;
}

/** The host's local LRS, read from the library file (WAL: reading beside the running host is safe). */
export function statementsInLibrary(libraryDir: string): StoredStatement[] {
  const db = new Database(path.join(libraryDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare('SELECT verb, session_id AS session, registration FROM lrs_statements ORDER BY seq')
      .all() as StoredStatement[];
    return rows.map((r) => ({ ...r, verb: r.verb.replace(/^.*\//, '') }));
  } finally {
    db.close();
  }
}
