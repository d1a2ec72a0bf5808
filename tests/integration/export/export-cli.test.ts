import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run-cli';
import { openCourseLibrary } from '../../../main/library/open-library';
import { ensurePlayerBuilt, leftovers, readZip } from './export-test-kit';

let tmp: string;
let libraryDir: string;
let sampleId: string;

beforeAll(async () => {
  ensurePlayerBuilt();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-export-cli-'));
  libraryDir = path.join(tmp, 'library');
  const library = await openCourseLibrary({ dir: libraryDir });
  sampleId = library.listCourses().find((c) => c.isSample)!.id;
  library.close();
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    io: { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
    env: { ...process.env, ...env },
  });
  return { code, stdout, stderr };
}

describe('coursewright export', () => {
  it('exports the sample course and prints the report with the runtime size in KB', async () => {
    const out = path.join(tmp, 'cli.zip');
    const r = await cli(['export', sampleId, '--format', 'scorm12', '--out', out, '--library', libraryDir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/runtime: +\d+\.\d KB/);
    expect(r.stdout).toContain('as scorm12 (zip)');
    expect((await readZip(out)).map((e) => e.name)).toContain('imsmanifest.xml');
  });

  it('writes an html5 folder with --folder and a JSON report with --json', async () => {
    const out = path.join(tmp, 'cli-html5');
    const r = await cli([
      'export',
      sampleId,
      '--format',
      'html5',
      '--out',
      out,
      '--folder',
      '--json',
      '--library',
      libraryDir,
    ]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { output: string; format: string };
    expect(report).toMatchObject({ output: 'folder', format: 'html5' });
    expect(fs.existsSync(path.join(out, 'index.html'))).toBe(true);
  });

  it('fails with a clear message for an unknown course', async () => {
    const out = path.join(tmp, 'unknown.zip');
    const r = await cli([
      'export',
      '00000000-0000-4000-8000-000000000000',
      '--format',
      'html5',
      '--out',
      out,
      '--library',
      libraryDir,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/NOT_FOUND/);
    expect(leftovers(out)).toEqual([]);
  });

  it('fails for an unwritable / missing output folder', async () => {
    const r = await cli([
      'export',
      sampleId,
      '--format',
      'html5',
      '--out',
      path.join(tmp, 'missing', 'x.zip'),
      '--library',
      libraryDir,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/output folder does not exist/);
  });

  it('fails when the player has not been built', async () => {
    const out = path.join(tmp, 'noplayer.zip');
    const empty = fs.mkdtempSync(path.join(tmp, 'empty-'));
    const r = await cli(['export', sampleId, '--format', 'scorm12', '--out', out, '--library', libraryDir], {
      COURSEWRIGHT_PLAYER_DIR: empty,
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('run npm run build');
    expect(leftovers(out)).toEqual([]);
  });

  it('rejects a missing or unknown format and a missing course id as usage errors', async () => {
    expect((await cli(['export', sampleId, '--out', path.join(tmp, 'a.zip'), '--library', libraryDir])).code).toBe(2);
    expect(
      (await cli(['export', sampleId, '--format', 'scorm3', '--out', 'a.zip', '--library', libraryDir])).code,
    ).toBe(2);
    expect((await cli(['export', '--format', 'html5', '--out', 'a.zip', '--library', libraryDir])).code).toBe(2);
    expect((await cli(['export', 'a', 'b', '--format', 'html5', '--out', 'a.zip', '--library', libraryDir])).code).toBe(
      2,
    );
  });
});
