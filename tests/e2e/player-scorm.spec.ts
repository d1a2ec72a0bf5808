import { expect, test } from '@playwright/test';
import { buildSamplePlayerPackage, type PlayerPackage } from './support/player-package';
import { lessonQuestions } from './support/player-keyboard';
import { answerInFrame, LMS_ORIGIN, readFake, routeStrictLms, submitQuizInFrame } from './support/player-strict-lms';
import { cw } from './support/cw-class';

// The built player inside an LMS frame whose API is the strict fake LMS: every call checked against the standard.
const cases = [
  { target: 'scorm12', version: '1.2', loc: 'cmi.core.lesson_location', exit: 'cmi.core.exit', finishedExit: '' },
  { target: 'scorm2004-4th', version: '2004', loc: 'cmi.location', exit: 'cmi.exit', finishedExit: 'normal' },
] as const;

for (const c of cases) {
  test.describe(c.target, () => {
    let pkg: PlayerPackage;
    test.beforeAll(() => {
      pkg = buildSamplePlayerPackage(c.target);
    });
    test.afterAll(() => pkg.cleanup());

    test('progress, hidden-page commit, single finish on close, resume, completion', async ({ page }) => {
      test.setTimeout(120_000);
      const lessons = pkg.tree.modules.flatMap((m) => m.lessons);
      const frame = page.frameLocator('#sco');
      await routeStrictLms(page, pkg.dir, c.version);
      await page.goto(`${LMS_ORIGIN}/lms.html`);
      await expect(frame.locator('#app')).toHaveAttribute('data-state', 'ready');
      await expect(frame.locator(cw('.cw-notice'))).toHaveCount(0);

      // Session 1: three lessons, one knowledge check answered, then the page is hidden.
      await frame.getByRole('button', { name: /^Next/ }).click();
      const check = lessonQuestions(lessons[1]!)[0]!;
      const commits = async () => (await readFake(page, c.version)).calls.filter((x) => x[0] === 'Commit').length;
      const beforeAnswer = await commits();
      await answerInFrame(frame, check);
      // The answer's own debounced commit goes out first (an event to wait for), so the count below is settled.
      await expect.poll(commits).toBe(beforeAnswer + 1);
      // Next, and the page is hidden before the debounced commit: the change is committed at once.
      const commitsBefore = await commits();
      await page.frames()[1]!.evaluate((next) => {
        document.querySelector<HTMLButtonElement>(next)?.click();
        Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
      }, cw('.cw-pager .cw-button-primary'));
      await expect(frame.locator('h1')).toHaveText(lessons[2]!.title);
      const afterHidden = await readFake(page, c.version);
      expect(afterHidden.calls.filter((x) => x[0] === 'Commit').length).toBe(commitsBefore + 1);
      expect(afterHidden.committed[c.loc]).toBe(lessons[2]!.id);

      // Closing the course (the LMS unloads the frame) fires pagehide: exactly one Terminate, nothing after it.
      await page.evaluate(() => (window as unknown as { closeCourse: () => void }).closeCourse());
      await expect
        .poll(async () => (await readFake(page, c.version)).calls.filter((x) => x[0] === 'Terminate').length)
        .toBe(1);
      const first = await readFake(page, c.version);
      expect(first.violations).toEqual([]);
      expect(first.calls.filter((x) => x[0] === 'Initialize')).toHaveLength(1);
      expect(first.calls.at(-1)?.[0]).toBe('Terminate');
      expect(first.committed[c.exit]).toBe('suspend');
      expect(first.relaunch[c.version === '1.2' ? 'cmi.core.entry' : 'cmi.entry']).toBe('resume');

      // Session 2: resumes at the bookmark with the answer, then completes the course.
      await routeStrictLms(page, pkg.dir, c.version, first.relaunch);
      await page.goto(`${LMS_ORIGIN}/lms.html`);
      await expect(frame.locator('h1')).toHaveText(lessons[2]!.title);
      await frame.getByRole('link', { name: new RegExp(lessons[1]!.title) }).click();
      await expect(frame.locator(`section[data-question-id="${check.id}"] [role=status]`)).toContainText('Correct.');
      for (const lesson of lessons) {
        await frame.getByRole('link', { name: new RegExp(`^${lesson.title.replace(/[?]/g, '\\?')}`) }).click();
        await expect(frame.locator('h1')).toHaveText(lesson.title);
        // Continue buttons hide the rest of their lesson: pressed so the lesson counts as viewed.
        for (const b of lesson.blocks)
          if (b.type === 'continue') await frame.locator(cw('.cw-continue button')).click();
        if (lesson.kind === 'quiz') {
          for (const q of lessonQuestions(lesson)) await answerInFrame(frame, q);
          await submitQuizInFrame(frame);
        }
      }
      await frame.getByRole('button', { name: /^Finish/ }).click();
      await expect(frame.locator('h1')).toHaveText('Course complete');
      // This time the LMS removes the frame altogether: pagehide still fires in it.
      await page.evaluate(() => (window as unknown as { removeCourse: () => void }).removeCourse());
      await expect
        .poll(async () => (await readFake(page, c.version)).calls.filter((x) => x[0] === 'Terminate').length)
        .toBe(1);
      const done = await readFake(page, c.version);
      expect(done.violations).toEqual([]);
      const v = done.committed;
      if (c.version === '1.2') {
        expect(v['cmi.core.lesson_status']).toBe('passed');
        expect(v['cmi.core.score.raw']).toBe('100');
        expect(v['cmi.core.session_time']).toMatch(/^\d{2,4}:\d{2}:\d{2}\.\d{2}$/);
      } else {
        expect(v['cmi.completion_status']).toBe('completed');
        expect(v['cmi.success_status']).toBe('passed');
        expect(v['cmi.score.scaled']).toBe('1');
        expect(v['cmi.session_time']).toMatch(/^PT/);
      }
      expect(v[c.exit]).toBe(c.finishedExit);
      const quiz = lessonQuestions(lessons.at(-1)!);
      const ids = Object.entries(v)
        .filter(([k]) => /^cmi\.interactions\.\d+\.id$/.test(k))
        .map(([, id]) => id);
      expect(ids).toHaveLength(quiz.length);
      expect(new Set(ids).size).toBe(quiz.length);
    });
  });
}
