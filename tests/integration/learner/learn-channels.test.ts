import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext, type AppContext } from '../../../main/app/app-context';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared';
import { buildFixturePackage } from '../../fixtures/scorm/build-package';
import { buildRawZip } from '../../fixtures/scorm/raw-zip';

let dir: string;
let context: AppContext;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-learn-ipc-'));
  context = await createAppContext({ libraryDir: path.join(dir, 'lib'), host: 'cli', seedSample: false });
});
afterAll(async () => {
  await context.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const r = await context.router.dispatch(channel, input, { host: 'cli' });
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as ChannelOutput<C>;
}

describe('learner-mode channels through the router', () => {
  it('runs import → learner → attempt → cmi.load/cmi.save → list → records', async () => {
    const zip = path.join(dir, 'p.zip');
    fs.writeFileSync(zip, buildFixturePackage({ version: 'scorm2004-3rd', title: 'Via IPC' }));
    const pkg = await call('scorm.import', { path: zip });
    expect(pkg).toMatchObject({ title: 'Via IPC', version: 'scorm2004-3rd' });
    expect(pkg).not.toHaveProperty('dir');
    expect((await call('scorm.list', {})).map((p) => p.id)).toEqual([pkg.id]);

    const learner = await call('learners.create', { name: '  Linus  ' });
    expect(learner.name).toBe('Linus');
    expect(await call('learners.list', {})).toEqual([learner]);

    const launch = await call('attempts.start', { learnerId: learner.id, kind: 'package', itemId: pkg.id });
    const loaded = await call('cmi.load', { attemptId: launch.attemptId, scoId: 'ITEM-1' });
    expect(loaded).toMatchObject({
      entry: 'ab-initio',
      mode: 'normal',
      cmi: { learner_name: 'Linus', launch_data: 'part-1' },
    });
    const saved = await call('cmi.save', {
      attemptId: launch.attemptId,
      scoId: 'ITEM-1',
      cmi: {
        completion_status: 'completed',
        success_status: 'passed',
        score: { scaled: '1' },
        session_time: 'PT3S',
        exit: 'suspend',
      },
    });
    expect(saved).toEqual({ saved: true, status: 'passed', scoreScaled: 1, totalTimeMs: 3000 });
    expect((await call('learn.list', { learnerId: learner.id }))[0]).toMatchObject({
      status: 'passed',
      totalTimeMs: 3000,
    });

    const csv = await call('records.export', { format: 'csv', learnerId: learner.id });
    expect(csv).toMatchObject({ format: 'csv', mime: 'text/csv' });
    expect(csv.content).toContain('Via IPC');
    const xapi = await call('records.export', { format: 'xapi' });
    expect(JSON.parse(xapi.content)).toHaveLength(4);

    const reset = await call('attempts.reset', { learnerId: learner.id, kind: 'package', itemId: pkg.id });
    expect(reset.number).toBe(2);
  });

  it('returns typed errors: IMPORT for a refused zip, VALIDATION for bad input, NOT_FOUND for unknown ids', async () => {
    const bad = path.join(dir, 'bad.zip');
    fs.writeFileSync(bad, buildRawZip([{ name: 'C:/win.txt', data: 'x' }]));
    const refused = await context.router.dispatch('scorm.import', { path: bad }, { host: 'cli' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'IMPORT', message: expect.stringMatching(/drive letter/) },
    });
    const invalid = await context.router.dispatch('learners.create', { name: '' }, { host: 'cli' });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const missing = await context.router.dispatch(
      'cmi.load',
      { attemptId: '00000000-0000-4000-8000-000000000000', scoId: 'x' },
      { host: 'cli' },
    );
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
