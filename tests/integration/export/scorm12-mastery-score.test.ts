import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildScorm12Manifest } from '../../../main/export/manifest/scorm12-manifest';
import type { ManifestInput } from '../../../main/export/manifest/manifest-input';
import { spawnSync } from 'node:child_process';
import { SCHEMAS } from './export-test-kit';

/** The official schemas, copied unchanged into the repository (tests/fixtures/xsd). */
const schema = path.join(SCHEMAS, 'wrappers', 'scorm12.xsd');

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
    const res = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, file], { encoding: 'utf8' });
    expect(res.stderr).toContain('validates');
    expect(res.status).toBe(0);
  });
});
