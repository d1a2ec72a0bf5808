import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openDatabase, type Db } from '../../main/library/database';
import { cmi5MasteryScore, cmi5MoveOn } from '../../main/export/manifest/cmi5-manifest';
import { startLmsHost, type LmsHost } from '../../main/lrs/lms-host';
import { LocalLrs } from '../../main/lrs/local-lrs';
import { xapiIds } from '../../shared/package/xapi-ids';
import { courseQuestions } from '../../shared/scorm/learner-state';
import { buildSamplePlayerPackage, findBlock, type PlayerPackage } from './support/player-package';
import { answerCorrectly, lessonQuestions, pressContinues, submitQuiz } from './support/player-keyboard';
import { cw } from './support/cw-class';

// Our cmi5 package played through the app's own cmi5 LMS (main/lrs: launch, fetch URL, LaunchData, local LRS
// that refuses statements breaking the cmi5 rules) in Chromium.
let pkg: PlayerPackage;
let db: Db;
let dir: string;
let lrs: LocalLrs;
let host: LmsHost;
test.beforeAll(async () => {
  pkg = buildSamplePlayerPackage('cmi5');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-cmi5-e2e-'));
  db = (await openDatabase(path.join(dir, 'library.sqlite'))).db;
  lrs = new LocalLrs(db);
  host = await startLmsHost(lrs, pkg.dir);
});
test.afterAll(async () => {
  await host?.close();
  db?.close();
  pkg?.cleanup();
  fs.rmSync(dir, { recursive: true, force: true });
});

const learner = { name: 'Ada Lovelace', account: { homePage: 'https://coursewright.test', name: 'ada' } };
const verbs = (statements: Array<Record<string, unknown>>) =>
  statements.map((s) => String((s.verb as { id: string }).id).replace(/^.*\//, ''));

function launch(launchMode: 'Normal' | 'Browse', registration?: string) {
  const tree = pkg.tree;
  const graded = courseQuestions(tree).some((q) => q.graded);
  return host.launch('index.html', {
    activityId: xapiIds(tree.id).au,
    actor: learner,
    moveOn: cmi5MoveOn(tree.settings.completion.rule, graded),
    masteryScore: graded ? Number(cmi5MasteryScore(tree.settings.passingScore)) : null,
    returnURL: `${host.origin}/done`,
    launchMode,
    registration,
  });
}

/** Normal: answers and submits every quiz and ends on "Course complete". Browse: only looks through the lessons. */
async function playThrough(page: Page, mode: 'Normal' | 'Browse' = 'Normal'): Promise<void> {
  const lessons = pkg.tree.modules.flatMap((m) => m.lessons);
  for (const lesson of lessons) {
    await expect(page.locator('h1')).toHaveText(lesson.title);
    if (lesson.kind === 'quiz' && mode === 'Normal') {
      for (const q of lessonQuestions(lesson)) await answerCorrectly(page, q);
      await submitQuiz(page);
    } else if (mode === 'Normal') await pressContinues(page, lesson);
    await page.locator(cw('.cw-pager button.cw-button-primary')).click();
  }
  if (mode === 'Normal') await expect(page.locator('h1')).toHaveText('Course complete');
}

/** Leaving the page fires pagehide: the player sends terminated with fetch keepalive. */
async function leave(page: Page, sessionId: string): Promise<string[]> {
  await page.goto('about:blank');
  await expect
    .poll(() => verbs(lrs.store.listStatements({ sessionId })).at(-1), { timeout: 10_000 })
    .toBe('terminated');
  return verbs(lrs.store.listStatements({ sessionId }));
}

test('launch, initialized first, terminated last, passed once; a relaunch sends no second passed', async ({ page }) => {
  test.setTimeout(120_000);
  const first = launch('Normal');
  await page.goto(first.url);
  await expect(page.locator('#app')).toHaveAttribute('data-state', 'ready');
  expect(
    await page.evaluate(
      () => (window as unknown as { __COURSEWRIGHT_PLAYER__: { lms: string } }).__COURSEWRIGHT_PLAYER__.lms,
    ),
  ).toBe('cmi5');
  await expect(page.locator(cw('.cw-notice'))).toHaveCount(0);
  await playThrough(page);
  const session1 = await leave(page, first.sessionId);
  expect(session1[0]).toBe('initialized');
  expect(session1.at(-1)).toBe('terminated');
  expect(session1.filter((v) => v === 'passed')).toHaveLength(1);
  expect(session1.filter((v) => v === 'completed')).toHaveLength(1);
  expect(session1.filter((v) => v === 'terminated')).toHaveLength(1);
  expect(session1).toContain('answered');

  // Relaunch in the same registration: resumes, and neither completed nor passed is sent again.
  const second = launch('Normal', first.registration);
  await page.goto(second.url);
  await expect(page.locator('#app')).toHaveAttribute('data-state', 'ready');
  await page.locator(cw('.cw-toc-link')).first().click();
  const session2 = await leave(page, second.sessionId);
  expect(session2[0]).toBe('initialized');
  expect(session2.at(-1)).toBe('terminated');
  expect(session2).not.toContain('passed');
  expect(session2).not.toContain('completed');
  const all = verbs(lrs.store.listStatements({ registration: first.registration }));
  expect(all.filter((v) => v === 'passed')).toHaveLength(1);
  expect(all.filter((v) => v === 'launched')).toHaveLength(2);
});

test('Browse mode records nothing graded', async ({ page }) => {
  test.setTimeout(120_000);
  const browse = launch('Browse');
  await page.goto(browse.url);
  await expect(page.locator('#app')).toHaveAttribute('data-state', 'ready');
  // cmi5 Browse is the player's browse mode: the learner is told nothing is recorded.
  await expect(page.locator(cw('.cw-footer'))).toContainText('nothing you do is recorded');
  await playThrough(page, 'Browse');
  const session = await leave(page, browse.sessionId);
  expect(session).toEqual(['initialized', 'terminated']);
  expect(verbs(lrs.store.listStatements({ registration: browse.registration }))).toEqual([
    'launched',
    'initialized',
    'terminated',
  ]);
});

test('Exit course sends terminated, then goes to the LMS returnURL', async ({ page }) => {
  const l = launch('Normal');
  await page.goto(l.url);
  await expect(page.locator('#app')).toHaveAttribute('data-state', 'ready');
  await page.getByRole('button', { name: 'Exit course' }).click();
  await expect(page).toHaveURL(`${host.origin}/done`);
  await expect(page.locator('h1')).toHaveText('Session ended');
  const session = verbs(lrs.store.listStatements({ sessionId: l.sessionId }));
  expect(session).toEqual(['initialized', 'terminated']);
});

test('learner preferences from the LMS: captions in the preferred language, media start muted', async ({ page }) => {
  // The sample's video with a second captions track (French), so the preference has something to choose.
  const prefPkg = buildSamplePlayerPackage('cmi5', (tree) => {
    const { block } = findBlock(tree, 'video');
    const en = block.captions[0]!;
    block.captions.push({ assetId: en.assetId, language: 'fr', label: 'Français' });
  });
  const prefHost = await startLmsHost(lrs, prefPkg.dir);
  try {
    const tree = prefPkg.tree;
    const graded = courseQuestions(tree).some((q) => q.graded);
    const play = async (preferences: { languagePreference: string; audioPreference: 'on' | 'off' }) => {
      const l = prefHost.launch('index.html', {
        activityId: xapiIds(tree.id).au,
        actor: learner,
        moveOn: cmi5MoveOn(tree.settings.completion.rule, graded),
        masteryScore: graded ? Number(cmi5MasteryScore(tree.settings.passingScore)) : null,
        preferences,
      });
      await page.goto(l.url);
      await expect(page.locator('#app')).toHaveAttribute('data-state', 'ready');
      const { lessonTitle } = findBlock(tree, 'video');
      await page.locator(cw('.cw-toc-link'), { hasText: lessonTitle }).first().click();
      await expect(page.locator('h1')).toHaveText(lessonTitle);
      const video = page.locator('video').first();
      return {
        muted: await video.evaluate((v: HTMLVideoElement) => v.muted),
        showing: await video.evaluate((v: HTMLVideoElement) =>
          [...v.textTracks].filter((t) => t.mode === 'showing').map((t) => t.language),
        ),
        audioMuted: await page.locator('audio').evaluateAll((els) => els.map((a) => (a as HTMLAudioElement).muted)),
      };
    };
    const fr = await play({ languagePreference: 'fr-CA,en', audioPreference: 'off' });
    expect(fr.showing).toEqual(['fr']);
    expect(fr.muted).toBe(true);
    expect(fr.audioMuted.every(Boolean)).toBe(true);
    const en = await play({ languagePreference: 'en-US', audioPreference: 'on' });
    expect(en.showing).toEqual(['en']);
    expect(en.muted).toBe(false);
  } finally {
    await page.goto('about:blank');
    await prefHost.close();
    prefPkg.cleanup();
  }
});

test('sends that keep failing show the calm can’t-save notice, cleared once one succeeds', async ({ page }) => {
  const l = launch('Normal');
  await page.goto(l.url);
  await expect(page.locator('#app')).toHaveAttribute('data-state', 'ready');
  let down = true;
  await page.route('**/xapi/activities/state?**', (route) =>
    down && route.request().method() === 'PUT' ? route.abort('internetdisconnected') : route.continue(),
  );
  // Moving on saves the bookmark (State API) a second later, and again a second after each failure.
  await page.locator(cw('.cw-toc-link')).nth(1).click();
  const notice = page.locator(cw('.cw-lms-status .cw-notice'));
  await expect(notice).toHaveAttribute('data-problem', 'commit-failing', { timeout: 10_000 });
  await expect(notice).toContainText('Keep this window open');
  down = false;
  await expect(notice).toHaveCount(0, { timeout: 10_000 });
  await page.unrouteAll();
  await page.goto('about:blank');
});
