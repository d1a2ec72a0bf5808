import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/run-cli';
import type { Course } from '../../../shared';
import { tempDir } from '../library/helpers';

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    io: { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) },
    env: { ...process.env },
  });
  return { code, stdout, stderr };
}

describe('coursewright archive export / import', () => {
  it('exports a course to a .cwcourse (adding the extension) and imports it back as a new course', async () => {
    const dir = tempDir('cw-archive-cli-');
    const library = path.join(dir, 'library');
    const created = await cli(['courses', 'create', '--title', 'Via CLI', '--json', '--library', library]);
    expect(created.code).toBe(0);
    const course = JSON.parse(created.stdout) as Course;

    const out = await cli(['archive', 'export', course.id, '--out', path.join(dir, 'handover'), '--library', library]);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const file = path.join(dir, 'handover.cwcourse');
    expect(out.stdout).toBe(`Wrote ${file} (${fs.statSync(file).size} bytes)\n`);

    const imported = await cli(['archive', 'import', file, '--json', '--library', library]);
    expect(imported.code).toBe(0);
    const copy = JSON.parse(imported.stdout) as Course;
    expect(copy.title).toBe('Via CLI');
    expect(copy.id).not.toBe(course.id);

    fs.writeFileSync(path.join(dir, 'bad.cwcourse'), 'not a zip');
    const bad = await cli(['archive', 'import', path.join(dir, 'bad.cwcourse'), '--library', library]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/cannot be imported.*\[IMPORT\]/);
    const usage = await cli(['archive', 'export', course.id, '--library', library]);
    expect(usage.code).toBe(2);
  });
});
