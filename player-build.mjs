// Builds the learner player once per LMS binding (one runtime per export format family, see
// vite.player.config.ts): every file in renderer/player/entries/ becomes out/player/player-<binding>.js.
import { readdirSync } from 'node:fs';
import { build } from 'vite';

const bindings = readdirSync(new URL('./renderer/player/entries/', import.meta.url))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3))
  .sort();
for (const [i, binding] of bindings.entries()) {
  process.env.PLAYER_BINDING = binding;
  process.env.PLAYER_KEEP_OUT = i === 0 ? '0' : '1';
  await build({ configFile: 'vite.player.config.ts', logLevel: 'warn' });
}
