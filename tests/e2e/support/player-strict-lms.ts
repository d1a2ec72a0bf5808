import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { expect, type FrameLocator, type Page } from '@playwright/test';
import type { BlockOf } from '../../../shared';
import { blanksOf } from '../../../shared/core/question-kinds';
import { REPO_ROOT } from './player-package';
import { cw } from './cw-class';

export const LMS_ORIGIN = 'http://lms.test';

/** The strict fake LMS (tests/support/strict-fake-lms.ts) bundled for the browser as `window.StrictLms`. */
function strictLmsBundle(): string {
  const out = buildSync({
    entryPoints: [path.join(REPO_ROOT, 'tests/support/strict-fake-lms.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'StrictLms',
    write: false,
    target: 'chrome120',
  });
  return out.outputFiles[0]!.text;
}

/**
 * The parent "LMS" page: installs a strict fake API (1.2 or 2004) on window and frames the package.
 * `initial` is the data model the LMS hands this launch (e.g. from a previous session).
 */
function lmsPage(version: '1.2' | '2004', initial: Record<string, string>): string {
  const create = version === '1.2' ? 'createStrictScorm12Lms' : 'createStrictScorm2004Lms';
  const apiName = version === '1.2' ? 'API' : 'API_1484_11';
  return `<!doctype html><html lang="en"><head><title>LMS</title><script src="/strict-lms.js"></script><script>
    window.fake = StrictLms.${create}(${JSON.stringify(initial)});
    window.${apiName} = window.fake.api;
    window.closeCourse = () => { document.getElementById('sco').src = 'about:blank'; };
    window.removeCourse = () => { document.getElementById('sco').remove(); };
  </script></head><body><iframe id="sco" title="Course" src="/pkg/index.html" style="width:1200px;height:800px"></iframe></body></html>`;
}

export async function routeStrictLms(
  page: Page,
  packageDir: string,
  version: '1.2' | '2004',
  initial: Record<string, string> = {},
): Promise<void> {
  const bundle = strictLmsBundle();
  await page.unroute(`${LMS_ORIGIN}/**`);
  await page.route(`${LMS_ORIGIN}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    if (pathname === '/lms.html') return route.fulfill({ body: lmsPage(version, initial), contentType: 'text/html' });
    if (pathname === '/strict-lms.js') return route.fulfill({ body: bundle, contentType: 'text/javascript' });
    if (pathname.startsWith('/pkg/')) {
      const file = path.join(packageDir, decodeURIComponent(pathname.slice('/pkg/'.length)));
      if (file.startsWith(packageDir) && fs.existsSync(file)) return route.fulfill({ path: file });
    }
    return route.fulfill({ status: 404, body: '' });
  });
}

interface FakeState {
  calls: string[][];
  violations: string[];
  committed: Record<string, string>;
  relaunch: Record<string, string>;
}

export async function readFake(page: Page, version: '1.2' | '2004'): Promise<FakeState> {
  return page.evaluate((v) => {
    const w = window as unknown as {
      fake: { calls: string[][]; violations: string[]; committed: Map<string, string> };
      StrictLms: { relaunchData: (f: unknown, v: string) => Record<string, string> };
    };
    return {
      calls: w.fake.calls,
      violations: w.fake.violations,
      committed: Object.fromEntries(w.fake.committed),
      relaunch: w.StrictLms.relaunchData(w.fake, v),
    };
  }, version);
}

/** Answers a question correctly through the page (used where keyboard-only is not the point). */
export async function answerInFrame(frame: FrameLocator, block: BlockOf<'question'>): Promise<void> {
  const q = block.question;
  const s = frame.locator(`section[data-question-id="${block.id}"]`);
  switch (q.kind) {
    case 'singleChoice':
      await s.locator(`input[value="${q.correctChoiceId}"]`).check();
      break;
    case 'trueFalse':
      await s.locator(`input[value="${String(q.correct)}"]`).check();
      break;
    case 'multipleResponse':
      for (const id of q.correctChoiceIds) await s.locator(`input[value="${id}"]`).check();
      break;
    case 'textEntry':
      await s.getByRole('textbox').fill(q.acceptedAnswers[0] ?? '');
      break;
    case 'matching':
      for (const [i, p] of q.pairs.entries()) await s.locator(`select[id$="-m${i}"]`).selectOption(p.id);
      break;
    case 'ordering':
      for (const [target, item] of q.items.entries()) {
        const texts = await s.locator(cw('.cw-order-text')).allTextContents();
        for (let k = texts.indexOf(item.text); k > target; k--) {
          await s.locator(cw('.cw-order-item')).nth(k).locator('button[data-dir="up"]').click();
        }
      }
      break;
    case 'numeric':
      await s.locator('input[type=text]').fill(String(q.match === 'range' ? q.min : q.answer));
      break;
    case 'fillBlanks': {
      const blanks = blanksOf(q.text);
      for (const [i, blank] of blanks.entries()) {
        await s.locator(`input[aria-label="Blank ${i + 1} of ${blanks.length}"]`).fill(blank.answers[0] ?? '');
      }
      break;
    }
    case 'likert':
      // A survey: any point of the scale is an answer.
      await s.locator('input[type=radio]').first().check();
      break;
    case 'categorize':
      for (const [i, item] of q.items.entries()) await s.locator(`select[id$="-c${i}"]`).selectOption(item.categoryId);
      break;
    case 'hotspot':
      for (const id of q.correctRegionIds) await s.locator(`input[type=checkbox][value="${id}"]`).check();
      break;
  }
  // A graded quiz question has no "Check answer": the quiz is submitted as a whole (submitQuizInFrame).
  if ((await s.getByRole('button', { name: 'Check answer' }).count()) === 0) return;
  await s.getByRole('button', { name: 'Check answer' }).click();
  await expect(s.getByRole('status')).toContainText('Correct.');
}

/** Submits the quiz on screen and waits for its results page. */
export async function submitQuizInFrame(frame: FrameLocator): Promise<void> {
  await frame.locator('button[data-action="submit-quiz"]').click();
  await expect(frame.locator(cw('.cw-quiz-results'))).toBeVisible();
}
