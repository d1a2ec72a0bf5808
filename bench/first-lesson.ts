import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium';
import { docFromParagraphs, type CourseTree } from '../shared';
import { exportCourse } from '../main/export/export-course';
import type { SqliteCourseLibrary } from '../main/library/open-library';
import { median } from './bench-util';

export interface FirstLessonResult {
  lessons: number;
  playerMs: number[];
  staticMs: number[];
  medianPlayerMs: number;
  medianStaticMs: number;
}

const MARKER = 'The first lesson of this benchmark course starts with this sentence.';
const LOREM =
  'Self-paced learners move through short lessons at their own speed, pausing and returning when it suits them. ' +
  'Each lesson states its goal, explains one idea with an example, and ends with a short summary to review later.';

/** A course of `count` text lessons (10 per module): heading plus three paragraphs each. */
function buildTextCourse(library: SqliteCourseLibrary, count: number): string {
  const course = library.createCourse({ title: `Benchmark: ${count} lessons` });
  let mod = library.createModule(course.id, 'Module 1');
  for (let i = 1; i <= count; i++) {
    if (i > 1 && (i - 1) % 10 === 0) mod = library.createModule(course.id, `Module ${(i - 1) / 10 + 1}`);
    const lesson = library.createLesson(mod.id, `Lesson ${i}`);
    library.createBlock(lesson.id, { type: 'heading', level: 2, text: `Key idea ${i}` });
    const first = i === 1 ? MARKER : `Lesson ${i} builds on the one before.`;
    library.createBlock(lesson.id, { type: 'richText', doc: docFromParagraphs(first, LOREM, LOREM) });
  }
  return course.id;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The same text as one static HTML page: every lesson as a section, no script. */
function staticPage(tree: CourseTree): string {
  const sections = tree.modules.flatMap((m) =>
    m.lessons.map((l) => {
      const blocks = l.blocks.map((b) => {
        if (b.type === 'heading') return `<h2>${escapeHtml(b.text)}</h2>`;
        if (b.type === 'richText') {
          return b.doc.content
            .map((n) =>
              n.type === 'paragraph'
                ? `<p>${escapeHtml((n.content ?? []).map((t) => (t.type === 'text' ? t.text : ' ')).join(''))}</p>`
                : '',
            )
            .join('');
        }
        return '';
      });
      return `<section><h1>${escapeHtml(l.title)}</h1>${blocks.join('')}</section>`;
    }),
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(tree.title)}</title></head><body><main>${sections.join('\n')}</main></body></html>\n`;
}

/**
 * Runs in the page before any of its scripts: each animation frame, looks for the marker sentence and
 * records `performance.now()` (ms since navigation start) the first frame it is laid out, visible
 * (not hidden, not transparent) and inside the viewport. A string, not a function: tsx/esbuild would
 * add helpers (`__name`) to a serialised function that do not exist in the page.
 */
const probeScript = (marker: string) => `(() => {
  const marker = ${JSON.stringify(marker)};
  const visible = () => {
    if (!document.body) return false;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.nodeValue || !n.nodeValue.includes(marker)) continue;
      const el = n.parentElement;
      if (!el || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0 && r.top < window.innerHeight && r.bottom > 0) return true;
    }
    return false;
  };
  const tick = () => {
    if (visible()) window.__cwVisibleAt = performance.now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

async function timeToMarker(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } }); // fresh storage: starts at lesson 1
  try {
    const page = await context.newPage();
    page.on('crash', () => console.error(`renderer crashed on ${url}`));
    page.on('pageerror', (e) => console.error(`page error on ${url}: ${e.message}`));
    await page.addInitScript({ content: probeScript(MARKER) });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(
      () => (window as unknown as { __cwVisibleAt?: number }).__cwVisibleAt !== undefined,
      null,
      {
        timeout: 30_000,
      },
    );
    return await page.evaluate(() => (window as unknown as { __cwVisibleAt: number }).__cwVisibleAt);
  } finally {
    await context.close();
  }
}

/** Time to the first lesson visible: the html5 export of a `lessons`-lesson course vs a static page of the same text. */
export async function runFirstLesson(opts: {
  library: SqliteCourseLibrary;
  workDir: string;
  lessons: number;
  reps: number;
}): Promise<FirstLessonResult> {
  const courseId = buildTextCourse(opts.library, opts.lessons);
  const folder = path.join(opts.workDir, 'html5-text-course');
  await exportCourse({ library: opts.library, courseId, format: 'html5', outPath: folder, zip: false });
  const staticFile = path.join(opts.workDir, 'static-text-course.html');
  fs.writeFileSync(staticFile, staticPage(opts.library.getCourse(courseId)));
  const playerUrl = pathToFileURL(path.join(folder, 'index.html')).href;
  const staticUrl = pathToFileURL(staticFile).href;

  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: CHROMIUM_ARGS,
  });
  try {
    await timeToMarker(browser, playerUrl); // warm-up (disk cache, first-launch costs)
    await timeToMarker(browser, staticUrl);
    const playerMs: number[] = [];
    const staticMs: number[] = [];
    for (let i = 0; i < opts.reps; i++) {
      playerMs.push(await timeToMarker(browser, playerUrl));
      staticMs.push(await timeToMarker(browser, staticUrl));
    }
    return {
      lessons: opts.lessons,
      playerMs,
      staticMs,
      medianPlayerMs: median(playerMs),
      medianStaticMs: median(staticMs),
    };
  } finally {
    await browser.close();
  }
}
