import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { LMS_BINDINGS } from '../../shared/core/export-formats';
import { PLAYER_CSS_FILE, playerRuntimeFile } from '../../shared/package/player-html';

const REPO_ROOT = path.resolve(__dirname, '../..');

/**
 * Builds the learner player if an earlier `npm run build` has not (tests need real runtime files), or fails with
 * the build's output: a test needing the player never skips silently.
 */
export function ensurePlayerBuilt(): string {
  const dir = path.join(REPO_ROOT, 'out', 'player');
  const files = [...LMS_BINDINGS.map(playerRuntimeFile), PLAYER_CSS_FILE];
  if (!files.every((f) => fs.existsSync(path.join(dir, f)))) {
    const res = spawnSync('npm', ['run', 'build:player'], { cwd: REPO_ROOT, encoding: 'utf8' });
    if (res.status !== 0) throw new Error(`npm run build:player failed:\n${res.stdout}\n${res.stderr}`);
  }
  return dir;
}
