import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CourseSummary } from '../../../shared';
import { ensurePlayerBuilt, readZip } from '../export/export-test-kit';

const ROOT = path.resolve(__dirname, '../../..');
const ENTRY = path.join(ROOT, 'main/cli/coursewright.ts');

let tmp: string;
beforeAll(() => {
  ensurePlayerBuilt();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-cmi5-cli-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function cli(args: string[]) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(tmp, 'xdg'),
    HOME: path.join(tmp, 'home'),
  };
  delete env.COURSEWRIGHT_LIBRARY;
  const r = spawnSync(process.execPath, ['--import', 'tsx', ENTRY, '--library', path.join(tmp, 'lib'), ...args], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('coursewright export --format cmi5|xapi', () => {
  it('offers both formats and writes their manifests', async () => {
    const help = cli(['export', '--format', 'nope', '--out', 'x.zip', 'id']);
    expect(help.code).not.toBe(0);
    expect(help.stderr).toContain('cmi5|xapi');
    const list = cli(['courses', 'list', '--json']);
    expect(list.code).toBe(0);
    const sample = (JSON.parse(list.stdout) as CourseSummary[]).find((c) => c.isSample)!;
    const cmi5 = path.join(tmp, 'c.zip');
    const r1 = cli(['export', sample.id, '--format', 'cmi5', '--au-per-module', '--out', cmi5, '--json']);
    expect(r1.stderr).toBe('');
    expect(JSON.parse(r1.stdout).format).toBe('cmi5');
    const xml = (await readZip(cmi5)).find((e) => e.name === 'cmi5.xml')!.data.toString('utf8');
    expect(xml.match(/<au /g)?.length).toBeGreaterThan(1);
    const xapi = path.join(tmp, 'x.zip');
    expect(cli(['export', sample.id, '--format', 'xapi', '--out', xapi]).code).toBe(0);
    expect((await readZip(xapi)).map((e) => e.name)).toContain('tincan.xml');
  });
});
