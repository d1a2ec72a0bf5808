import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The built player renames its private class names (tools/player-class-names.ts); the build writes the renaming to
 * out/player-class-map.json. Specs write selectors with the source names and pass them through `cw()`, which
 * matches either name: the exported runtime (built names) and the editor canvas (source names) alike.
 * `cw('.cw-lg-note .cw-button')` -> `:is(.cw-lg-note,.x) :is(.cw-button,.y)`.
 */
const MAP_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../out/player-class-map.json');
let map: Record<string, string> | null = null;

export function cw(selector: string): string {
  map ??= fs.existsSync(MAP_FILE)
    ? (JSON.parse(fs.readFileSync(MAP_FILE, 'utf8')) as Record<string, string>)
    : (() => {
        throw new Error('out/player-class-map.json is missing: run `npm run build:player` first');
      })();
  const names = map;
  return selector.replace(/([.#])(cw-[a-z0-9-]*)(?![\w$-])/g, (token, kind: string, name: string) => {
    const short = names[name];
    return short ? `:is(${kind}${name},${kind}${short})` : token;
  });
}
