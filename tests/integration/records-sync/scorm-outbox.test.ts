import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLearnModuleFor, type LearnModule } from '../../../main/learner/learn-module';
import { LearnerService } from '../../../main/learner/learner-service';
import { PackageStore } from '../../../main/scorm-import/package-store';
import { openCourseLibrary, type SqliteCourseLibrary } from '../../../main/library/open-library';
import { Outbox } from '../../../main/records-sync/outbox';
import { buildFixturePackage } from '../../fixtures/scorm/build-package';
import { scormAgainSession } from '../learner/scorm-again-session';
import { libraryConnection } from '../../../main/library/sqlite-course-library';

let dir: string;
let library: SqliteCourseLibrary;
let learn: LearnModule;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-scorm-outbox-'));
  library = await openCourseLibrary({ dir: path.join(dir, 'lib'), seedSample: false });
  learn = createLearnModuleFor(library)!;
});
afterEach(() => {
  library.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function startPackage(service = learn.learners) {
  const zip = path.join(dir, `p-${Math.random()}.zip`);
  fs.writeFileSync(zip, buildFixturePackage({ version: 'scorm12', title: 'P12' }));
  const pkg = await learn.packages.importZip(zip);
  const ada = service.createLearner('Ada');
  const launch = service.startAttempt({ learnerId: ada.id, kind: 'package', itemId: pkg.id });
  const session = await scormAgainSession('scorm12', service.loadCmi(launch.attemptId, 'ITEM-1'));
  session.initialize();
  return { launch, session };
}

const outboxVerbs = () =>
  (
    libraryConnection(library).prepare(`SELECT body, status FROM lrs_outbox ORDER BY seq`).all() as Array<{
      body: string;
      status: string;
    }>
  ).map((r) => [String((JSON.parse(r.body) as { verb: { id: string } }).verb.id).replace(/^.*\//, ''), r.status]);

describe('SCORM playback feeds the outbox in the same transaction as the record', () => {
  it('a saved attempt queues its statements once; a later save updates pending ones, never sent ones', async () => {
    const { launch, session } = await startPackage();
    session.set('cmi.core.lesson_status', 'incomplete');
    learn.learners.saveCmi(launch.attemptId, 'ITEM-1', session.rendered());
    expect(outboxVerbs().map(([v]) => v)).toContain('initialized');
    const outbox = new Outbox(libraryConnection(library));
    const first = outbox.pending(100);
    outbox.mark(
      first.map((r) => r.seq),
      'sent',
    );
    session.set('cmi.core.lesson_status', 'passed');
    session.set('cmi.core.score.raw', '90');
    learn.learners.saveCmi(launch.attemptId, 'ITEM-1', session.rendered(true));
    const verbs = outboxVerbs();
    expect(verbs.filter(([v]) => v === 'passed')).toEqual([['passed', 'pending']]);
    expect(verbs.filter(([v]) => v === 'initialized')).toEqual([['initialized', 'sent']]);
    // Sent rows are unchanged: same bodies as when they were sent.
    const after = new Map(
      (
        libraryConnection(library).prepare(`SELECT seq, body FROM lrs_outbox`).all() as Array<{
          seq: number;
          body: string;
        }>
      ).map((r) => [r.seq, r.body]),
    );
    for (const r of first) expect(after.get(r.seq)).toBe(r.body);
  });

  it('if queueing fails, the CMI save is rolled back too', async () => {
    const packages = new PackageStore(libraryConnection(library), library.dir);
    const failing = new LearnerService({
      db: libraryConnection(library),
      library,
      packages,
      onAttemptSaved: () => {
        throw new Error('disk full');
      },
    });
    const { launch, session } = await startPackage(failing);
    session.set('cmi.core.lesson_status', 'passed');
    expect(() => failing.saveCmi(launch.attemptId, 'ITEM-1', session.rendered())).toThrow('disk full');
    expect(failing.getAttempt(launch.attemptId).status).not.toBe('passed');
    expect(outboxVerbs()).toEqual([]);
  });
});
