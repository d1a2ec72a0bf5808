import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLearnModuleFor, type LearnModule } from '../../../main/learner/learn-module';
import { LearnerService } from '../../../main/learner/learner-service';
import { openCourseLibrary, type SqliteCourseLibrary } from '../../../main/library/open-library';
import { buildFixturePackage } from '../../fixtures/scorm/build-package';
import { buildRawZip } from '../../fixtures/scorm/raw-zip';
import { scormAgainSession } from './scorm-again-session';
import { libraryConnection } from '../../../main/library/sqlite-course-library';

let dir: string;
let library: SqliteCourseLibrary;
let learn: LearnModule;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-learn-'));
  library = await openCourseLibrary({ dir: path.join(dir, 'lib'), seedSample: false });
  const module = createLearnModuleFor(library);
  if (!module) throw new Error('expected a SQLite library');
  learn = module;
});
afterEach(() => {
  library.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function writeZip(name: string, bytes: Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

const packagesDir = () => path.join(dir, 'lib', 'packages');
const listPackagesDir = () => (fs.existsSync(packagesDir()) ? fs.readdirSync(packagesDir()) : []);

describe('SCORM package import', () => {
  it('imports a 1.2 package: folder, row and manifest', async () => {
    const pkg = await learn.packages.importZip(
      writeZip('p12.zip', buildFixturePackage({ version: 'scorm12', title: 'Fire safety', scoCount: 2 })),
    );
    expect(pkg).toMatchObject({
      title: 'Fire safety',
      version: 'scorm12',
      scoCount: 2,
      sourceName: 'p12.zip',
      fileCount: 3,
    });
    expect(fs.existsSync(path.join(pkg.dir, 'imsmanifest.xml'))).toBe(true);
    expect(pkg.manifest.scos.map((s) => s.launchUrl)).toEqual(['index.html?sco=1', 'index.html?sco=2']);
    expect(learn.packages.list().map((p) => p.id)).toEqual([pkg.id]);
    const file = await learn.packages.findFile(pkg.id, '/sco.js');
    expect(file.ok).toBe(true);
    expect((await learn.packages.findFile(pkg.id, '/../../library.sqlite')).ok).toBe(false);
  });

  it('accepts a zip of the package folder (manifest one level down)', async () => {
    const pkg = await learn.packages.importZip(
      writeZip('nested.zip', buildFixturePackage({ version: 'scorm2004-3rd', folder: 'my-course' })),
    );
    expect(pkg.version).toBe('scorm2004-3rd');
    expect(fs.existsSync(path.join(pkg.dir, 'index.html'))).toBe(true);
  });

  it.each([
    ['hostile.zip', buildRawZip([{ name: '../../escape.txt', data: 'x' }]), /"\.\." segment/],
    ['nomanifest.zip', buildRawZip([{ name: 'index.html', data: 'x' }]), /no imsmanifest\.xml at its root/],
    [
      'missing-launch.zip',
      buildRawZip([
        {
          name: 'imsmanifest.xml',
          data: '<manifest><organizations default="o"><organization identifier="o"><item identifier="i" identifierref="r"><title>t</title></item></organization></organizations><resources><resource identifier="r" href="gone.html"/></resources></manifest>',
        },
      ]),
      /launches "gone\.html" \(item "i"\), but the package has no such file/,
    ],
    ['bad-xml.zip', buildRawZip([{ name: 'imsmanifest.xml', data: '<manifest><resources>' }]), /not well-formed XML/],
  ])('refuses %s and leaves nothing behind', async (name, bytes, message) => {
    await expect(learn.packages.importZip(writeZip(name, bytes))).rejects.toThrow(message);
    expect(listPackagesDir()).toEqual([]);
    expect(learn.packages.list()).toEqual([]);
    expect(fs.existsSync(path.join(dir, 'escape.txt'))).toBe(false);
  });
});

describe('learner attempts and CMI', () => {
  it('stores a 1.2 attempt, resumes with location and suspend_data exactly as stored, and accumulates time', async () => {
    const pkg = await learn.packages.importZip(
      writeZip('p.zip', buildFixturePackage({ version: 'scorm12', title: 'P12' })),
    );
    const course = library.createCourse({ title: 'Own course' });
    const ada = learn.learners.createLearner('Ada Lovelace');
    expect(learn.learners.listLearners().map((l) => l.name)).toEqual(['Ada Lovelace']);

    const before = learn.learners.listPlayable(ada.id);
    expect(before.map((i) => [i.kind, i.title, i.status, i.attemptId])).toEqual([
      ['course', 'Own course', 'not attempted', null],
      ['package', 'P12', 'not attempted', null],
    ]);

    const launch = learn.learners.startAttempt({ learnerId: ada.id, kind: 'package', itemId: pkg.id });
    expect(launch).toMatchObject({
      number: 1,
      mode: 'normal',
      format: 'scorm12',
      scos: [{ id: 'ITEM-1', launchUrl: 'index.html?sco=1' }],
    });

    // Session 1: two commits with a growing session_time (must count once), then suspend.
    const first = learn.learners.loadCmi(launch.attemptId, 'ITEM-1');
    expect(first.entry).toBe('ab-initio');
    const s1 = await scormAgainSession('scorm12', first);
    expect(s1.initialize()).toBe('true');
    expect(s1.get('cmi.core.student_name')).toBe('Ada Lovelace');
    expect(s1.get('cmi.student_data.mastery_score')).toBe('70');
    expect(s1.get('cmi.launch_data')).toBe('part-1');
    const suspend = '{"v":1,"a":[1,2,3],"t":"comma, quote \\" and ünïcode ✓"}  ';
    s1.set('cmi.core.lesson_location', 'page-2');
    s1.set('cmi.suspend_data', suspend);
    s1.set('cmi.core.lesson_status', 'incomplete');
    s1.set('cmi.core.session_time', '00:05:00');
    expect(learn.learners.saveCmi(launch.attemptId, 'ITEM-1', s1.rendered())).toMatchObject({
      status: 'incomplete',
      totalTimeMs: 300_000,
    });
    s1.set('cmi.core.session_time', '00:10:00');
    s1.set('cmi.core.exit', 'suspend');
    expect(learn.learners.saveCmi(launch.attemptId, 'ITEM-1', s1.rendered(true))).toMatchObject({
      totalTimeMs: 600_000,
    });

    // Session 2: resume.
    const again = learn.learners.startAttempt({ learnerId: ada.id, kind: 'package', itemId: pkg.id });
    expect(again.attemptId).toBe(launch.attemptId);
    const second = learn.learners.loadCmi(launch.attemptId, 'ITEM-1');
    expect(second.entry).toBe('resume');
    const s2 = await scormAgainSession('scorm12', second);
    s2.initialize();
    expect(s2.get('cmi.core.entry')).toBe('resume');
    expect(s2.get('cmi.core.lesson_location')).toBe('page-2');
    expect(s2.get('cmi.suspend_data')).toBe(suspend);
    expect(s2.get('cmi.core.total_time')).toBe('00:10:00');
    s2.set('cmi.core.score.raw', '85');
    s2.set('cmi.core.lesson_status', 'passed');
    s2.set('cmi.interactions.0.id', 'q1');
    s2.set('cmi.interactions.0.type', 'choice');
    s2.set('cmi.interactions.0.student_response', 'b');
    s2.set('cmi.interactions.0.result', 'correct');
    s2.set('cmi.core.session_time', '00:02:30');
    expect(learn.learners.saveCmi(launch.attemptId, 'ITEM-1', s2.rendered(true))).toEqual({
      saved: true,
      status: 'passed',
      scoreScaled: 0.85,
      totalTimeMs: 750_000,
    });

    const item = learn.learners.listPlayable(ada.id).find((i) => i.id === pkg.id);
    expect(item).toMatchObject({ status: 'passed', scoreScaled: 0.85, totalTimeMs: 750_000, attemptNumber: 1 });
    expect(item?.lastOpenedAt).toEqual(expect.any(String));
    // The course is untouched.
    expect(learn.learners.listPlayable(ada.id).find((i) => i.id === course.id)?.status).toBe('not attempted');

    // Durable: a fresh library open sees the same data.
    library.close();
    library = await openCourseLibrary({ dir: path.join(dir, 'lib'), seedSample: false });
    learn = createLearnModuleFor(library) as LearnModule;
    const third = learn.learners.loadCmi(launch.attemptId, 'ITEM-1');
    expect(third.cmi.suspend_data).toBe(suspend);
    expect((third.cmi.core as { total_time: string }).total_time).toBe('00:12:30.00');
    const csv = learn.exportRecords('csv', ada.id).content;
    // SCORM 1.2 sends no description and a package has no course to look the question up in: question_text is empty.
    expect(csv).toContain('q1,,choice,b,,correct');
  });

  it('stores a 2004 attempt with scaled score and success status; review never writes; reset starts attempt 2', async () => {
    const pkg = await learn.packages.importZip(writeZip('p.zip', buildFixturePackage({ version: 'scorm2004-4th' })));
    const bob = learn.learners.createLearner('Bob');
    const launch = learn.learners.startAttempt({ learnerId: bob.id, kind: 'package', itemId: pkg.id });
    const s = await scormAgainSession('scorm2004-4th', learn.learners.loadCmi(launch.attemptId, 'ITEM-1'));
    s.initialize();
    expect(s.get('cmi.learner_id')).toBe(bob.id);
    expect(s.get('cmi.mode')).toBe('normal');
    s.set('cmi.location', 'page-3');
    s.set('cmi.score.scaled', '0.4');
    s.set('cmi.completion_status', 'completed');
    s.set('cmi.success_status', 'failed');
    s.set('cmi.session_time', 'PT1M30.5S');
    s.set('cmi.exit', 'normal');
    expect(learn.learners.saveCmi(launch.attemptId, 'ITEM-1', s.rendered(true))).toEqual({
      saved: true,
      status: 'failed',
      scoreScaled: 0.4,
      totalTimeMs: 90_500,
    });

    // Review: read-only launch data, and a save from it is ignored.
    const review = learn.learners.startAttempt({ learnerId: bob.id, kind: 'package', itemId: pkg.id, mode: 'review' });
    expect(review.mode).toBe('review');
    const rl = learn.learners.loadCmi(review.attemptId, 'ITEM-1', { review: true });
    expect(rl).toMatchObject({
      entry: '',
      mode: 'review',
      cmi: { mode: 'review', credit: 'no-credit', location: 'page-3' },
    });
    const r = await scormAgainSession('scorm2004-4th', rl);
    r.initialize();
    r.set('cmi.location', 'page-1');
    expect(learn.learners.saveCmi(review.attemptId, 'ITEM-1', r.rendered())).toMatchObject({
      saved: false,
      status: 'failed',
    });
    expect(learn.learners.loadCmi(review.attemptId, 'ITEM-1', { review: true }).cmi.location).toBe('page-3');

    const reset = learn.learners.resetAttempt({ learnerId: bob.id, kind: 'package', itemId: pkg.id });
    expect(reset.number).toBe(2);
    expect(learn.learners.loadCmi(reset.attemptId, 'ITEM-1').entry).toBe('ab-initio');
    expect(learn.learners.listPlayable(bob.id)[0]).toMatchObject({ attemptNumber: 2, status: 'not attempted' });
    const xapi = JSON.parse(learn.exportRecords('xapi').content) as Array<{ verb: { id: string } }>;
    expect(xapi.map((st) => st.verb.id.split('/').at(-1))).toEqual([
      'initialized',
      'completed',
      'failed',
      'terminated',
      'initialized',
      'terminated',
    ]);
  });

  it('rolls a multi-SCO attempt up only when every SCO is done, and plays library courses the same way', async () => {
    const pkg = await learn.packages.importZip(
      writeZip('p.zip', buildFixturePackage({ version: 'scorm12', scoCount: 2 })),
    );
    const course = library.createCourse({ title: 'Own course' });
    const eve = learn.learners.createLearner('Eve');
    const a = learn.learners.startAttempt({ learnerId: eve.id, kind: 'package', itemId: pkg.id });
    const passed = { core: { lesson_status: 'passed', score: { raw: '100' }, session_time: '00:00:10' } };
    expect(learn.learners.saveCmi(a.attemptId, 'ITEM-1', passed).status).toBe('incomplete');
    expect(learn.learners.saveCmi(a.attemptId, 'ITEM-2', passed)).toMatchObject({
      status: 'passed',
      totalTimeMs: 20_000,
    });
    expect(() => learn.learners.saveCmi(a.attemptId, 'NOPE', passed)).toThrow(/no SCO with id NOPE/);
    // A 1.2 review session (lesson_mode=review) never changes the record.
    const review = { core: { lesson_mode: 'review', lesson_status: 'failed', session_time: '01:00:00' } };
    expect(learn.learners.saveCmi(a.attemptId, 'ITEM-1', review)).toMatchObject({ saved: false, status: 'passed' });
    expect(learn.learners.listPlayable(eve.id).find((i) => i.id === pkg.id)?.totalTimeMs).toBe(20_000);

    const c = learn.learners.startAttempt({ learnerId: eve.id, kind: 'course', itemId: course.id });
    expect(c).toMatchObject({ format: 'scorm2004-4th', scos: [{ id: 'course', launchUrl: 'index.html' }] });
    const cl = learn.learners.loadCmi(c.attemptId, 'course');
    expect(cl.cmi).toMatchObject({ learner_name: 'Eve', entry: 'ab-initio', credit: 'credit' });
    expect(cl.entry).toBe('ab-initio');
    learn.learners.saveCmi(c.attemptId, 'course', {
      completion_status: 'completed',
      success_status: 'unknown',
      session_time: 'PT2S',
    });
    expect(learn.learners.listPlayable(eve.id).find((i) => i.id === course.id)).toMatchObject({
      status: 'completed',
      totalTimeMs: 2000,
    });
  });
});

describe('interrupted imports', () => {
  it('removes stale partial folders and folders without a row, keeping imported and fresh ones', async () => {
    const pkg = await learn.packages.importZip(writeZip('p.zip', buildFixturePackage({ version: 'scorm12' })));
    const root = packagesDir();
    const stale = ['.abc.partial-x1y2z3', '11111111-2222-4333-8444-555555555555'];
    for (const name of [...stale, '.fresh.partial-aaaa'])
      fs.mkdirSync(path.join(root, name, 'sub'), { recursive: true });
    const old = new Date(Date.now() - 2 * 60 * 60 * 1000);
    for (const name of stale) fs.utimesSync(path.join(root, name), old, old);
    fs.utimesSync(path.join(root, pkg.id), old, old);
    expect((await learn.packages.removeOrphans()).sort()).toEqual([...stale].sort());
    expect(fs.readdirSync(root).sort()).toEqual(['.fresh.partial-aaaa', pkg.id].sort());
  });
});

describe('time without session_time', () => {
  it('times content that never reports session_time by the wall clock between launch and save', async () => {
    let clock = Date.parse('2026-01-01T10:00:00Z');
    const timed = new LearnerService({
      db: libraryConnection(library),
      library,
      packages: learn.packages,
      now: () => new Date(clock).toISOString(),
    });
    const pkg = await learn.packages.importZip(writeZip('p.zip', buildFixturePackage({ version: 'scorm2004-4th' })));
    const who = timed.createLearner('Quiet');
    const a = timed.startAttempt({ learnerId: who.id, kind: 'package', itemId: pkg.id });
    timed.loadCmi(a.attemptId, 'ITEM-1');
    clock += 42_000;
    // scorm-again renders an unset session_time as zero.
    expect(timed.saveCmi(a.attemptId, 'ITEM-1', { session_time: 'PT0H0M0S', exit: 'suspend' }).totalTimeMs).toBe(
      42_000,
    );
    clock += 8_000;
    expect(timed.saveCmi(a.attemptId, 'ITEM-1', { session_time: 'PT0H0M0S' }).totalTimeMs).toBe(50_000);
    timed.loadCmi(a.attemptId, 'ITEM-1');
    clock += 10_000;
    expect(timed.saveCmi(a.attemptId, 'ITEM-1', { session_time: 'PT0H0M0S' }).totalTimeMs).toBe(60_000);
  });
});
