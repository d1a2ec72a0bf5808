import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildScorm12Manifest } from '../../../main/export/manifest/scorm12-manifest';
import type { ManifestInput } from '../../../main/export/manifest/manifest-input';
import { spawnSync } from 'node:child_process';
import { REPO_ROOT } from './export-test-kit';

/** The official schemas sit next to the repository (../shared); a git worktree is one level deeper. */
const schema = ['../shared', '../../shared']
  .map((d) => path.resolve(REPO_ROOT, d, 'scorm-schemas/wrappers/scorm12.xsd'))
  .find((f) => fs.existsSync(f));

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-mastery-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const input: ManifestInput = {
  courseId: '7b0c8f9e-3a1d-4c2b-9e8f-1a2b3c4d5e6f',
  title: 'Quiz course',
  description: '',
  language: 'en',
  typicalMinutes: 10,
  launchHref: 'index.html',
  files: ['index.html', 'runtime/player.js'],
};

describe('SCORM 1.2 manifest mastery score (a per-course choice)', () => {
  it('is absent by default and, when asked for, carries the passing score and still validates', () => {
    expect(buildScorm12Manifest(input)).not.toContain('masteryscore');
    const xml = buildScorm12Manifest({ ...input, masteryScore: 80 });
    expect(xml).toMatch(/<adlcp:masteryscore>80<\/adlcp:masteryscore>\s*<\/item>/);
    const file = path.join(tmp, 'imsmanifest.xml');
    fs.writeFileSync(file, xml);
    if (!schema) throw new Error('the SCORM 1.2 schemas (../shared/scorm-schemas) are missing');
    const res = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, file], { encoding: 'utf8' });
    expect(res.stderr).toContain('validates');
    expect(res.status).toBe(0);
  });
});
