import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT_REGISTRY, EXPORT_FORMATS, LMS_BINDINGS } from '../../../../shared/core/export-formats';
import { playerRuntimeFile, runtimeFileFor } from '../../../../shared/package/player-html';
import { ensurePlayerBuilt } from '../../../support/player-build';

const ROOT = path.resolve(__dirname, '../../../..');

// Strings only one family of adapters carries.
const MARKERS = {
  scorm12: 'cmi.core.lesson_status',
  scorm2004: 'cmi.completion_status',
  xapi: 'LMS.LaunchData',
} as const;
const expected: Record<(typeof LMS_BINDINGS)[number], ReadonlyArray<keyof typeof MARKERS>> = {
  scorm12: ['scorm12'],
  scorm2004: ['scorm2004'],
  cmi5: ['xapi'],
  xapi: ['xapi'],
  none: [],
};

describe('one player runtime per LMS binding', () => {
  it('every binding has its entry, and every export format names a built runtime', () => {
    for (const b of LMS_BINDINGS)
      expect(fs.existsSync(path.join(ROOT, 'renderer/player/entries', `${b}.ts`))).toBe(true);
    for (const f of EXPORT_FORMATS) expect(runtimeFileFor(f)).toBe(playerRuntimeFile(EXPORT_FORMAT_REGISTRY[f].lms));
  });

  it.each([...LMS_BINDINGS])('player-%s.js bundles its own adapter and no other', (binding) => {
    const js = fs.readFileSync(path.join(ensurePlayerBuilt(), playerRuntimeFile(binding)), 'utf8');
    for (const [family, marker] of Object.entries(MARKERS))
      expect([family, js.includes(marker)]).toEqual([family, expected[binding].includes(family as never)]);
  });
});
