import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PackageSummaryInfo } from '../../../shared';
import { buildFixturePackage } from '../../fixtures/scorm/build-package';
import { buildRawZip } from '../../fixtures/scorm/raw-zip';

/** Runs the real CLI from source, as users run the bundled one. */
const ROOT = path.resolve(__dirname, '../../..');
const ENTRY = path.join(ROOT, 'main/cli/coursewright.ts');

let tmp: string;
let library: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-scorm-cli-'));
  library = path.join(tmp, 'lib');
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(tmp, 'xdg'),
    HOME: path.join(tmp, 'home'),
  };
  delete env.COURSEWRIGHT_LIBRARY;
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', ENTRY, '--library', library, ...args], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    proc.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    proc.once('error', reject);
    proc.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function zip(name: string, bytes: Buffer): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, bytes);
  return file;
}

/** Everything under the temp folder except the library database files and the input zips. */
function strayFiles(): string[] {
  return (fs.readdirSync(tmp, { recursive: true }) as string[])
    .map(String)
    .filter((f) => !f.endsWith('.zip') && !f.startsWith('lib') && !f.startsWith('xdg') && !f.startsWith('home'));
}

describe('coursewright scorm', { timeout: 120_000 }, () => {
  it('imports packages (human and --json output) and lists them', async () => {
    const human = await cli([
      'scorm',
      'import',
      zip('p12.zip', buildFixturePackage({ version: 'scorm12', title: 'CLI 1.2' })),
    ]);
    expect(human.stderr).toBe('');
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(
      /^Imported "CLI 1\.2" \(SCORM 1\.2, 1 launchable item, 3 files, [\d.]+ KB\) as [0-9a-f-]{36}\n$/,
    );

    const json = await cli([
      'scorm',
      'import',
      zip('p2004.zip', buildFixturePackage({ version: 'scorm2004-4th', title: 'CLI 2004', scoCount: 2 })),
      '--json',
    ]);
    expect(json.code).toBe(0);
    const pkg = JSON.parse(json.stdout) as PackageSummaryInfo;
    expect(pkg).toMatchObject({ title: 'CLI 2004', version: 'scorm2004-4th', scoCount: 2, sourceName: 'p2004.zip' });

    const list = await cli(['scorm', 'list', '--json']);
    expect(list.code).toBe(0);
    const listed = JSON.parse(list.stdout) as PackageSummaryInfo[];
    expect(listed.map((p) => p.title).sort()).toEqual(['CLI 1.2', 'CLI 2004']);
    const table = await cli(['scorm', 'list']);
    expect(table.stdout).toMatch(/^ID\s+Title\s+Version\s+Items\s+Size\s+Imported\n/);
    expect(table.stdout).toContain('SCORM 2004 4th');
  });

  it.each([
    ['traversal.zip', [{ name: '../outside.txt', data: 'x' }], /contains a "\.\." segment/],
    ['symlink.zip', [{ name: 'link', data: '/etc/passwd', unixMode: 0o120777 }], /is a symbolic link/],
    ['absolute.zip', [{ name: '/tmp/abs.txt', data: 'x' }], /has an absolute path/],
    ['no-manifest.zip', [{ name: 'index.html', data: 'x' }], /no imsmanifest\.xml/],
  ])('refuses %s with exit 1 and the reason, writing nothing outside', async (name, entries, message) => {
    const before = fs.existsSync(path.join(library, 'packages')) ? fs.readdirSync(path.join(library, 'packages')) : [];
    const r = await cli(['scorm', 'import', zip(name, buildRawZip(entries))]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/\[IMPORT\]/);
    expect(fs.readdirSync(path.join(library, 'packages'))).toEqual(before);
    expect(strayFiles()).toEqual([]);
  });

  it('reports a missing file plainly', async () => {
    const r = await cli(['scorm', 'import', path.join(tmp, 'nope.zip')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Could not read .*nope\.zip/);
  });
});
