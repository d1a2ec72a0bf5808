import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Short class names in the built player (vite.player.config.ts): the runtime's stylesheet and scripts name ~130
 * `cw-…` classes some 500 times, about a twentieth of the runtime. The build renames the private ones to one or two
 * letters, the same in player.css and every player-<binding>.js. Kept as they are:
 * - public names: any `cw-…` that the main process, preload, shared or the integration tests name — they write,
 *   query or style the runtime's DOM by it; the editor (renderer/src, whose canvas renders the same views with the
 *   same stylesheet from source) and unit tests use the source names, never the built ones; e2e specs pass their
 *   selectors through `cw()` (tests/e2e/support/cw-class.ts), which matches the source or the built name by the
 *   renaming the build writes to out/player-class-map.json (not in out/player/: everything there ships);
 * - names composed at run time: a prefix before `${…}` in the player's source (`cw-callout-${variant}` keeps the
 *   whole `cw-callout-…` family; `cw-flip${back ? ' is-back' : ''}` keeps `cw-flip`, so add classes with a space);
 * - custom properties (`--cw-…`, the theme API) and `data-cw-…` attributes: a name preceded by `-` is never a class.
 */

/** A class-like token: `cw-` and lowercase words, not part of a longer identifier or `--cw-` property. */
const TOKEN = /(?<![\w$-])cw-[a-z0-9-]*/g;
const SOURCE_EXT = /\.(ts|tsx|mts|mjs|js|css|html)$/;

function* files(dir: string, skip: (p: string) => boolean): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (skip(p) || entry.name === 'node_modules') continue;
    if (entry.isDirectory()) yield* files(p, skip);
    else if (SOURCE_EXT.test(entry.name)) yield p;
  }
}

/** Every `cw-…` token that code outside the player names (see above). */
export function publicClassNames(root: string): Set<string> {
  // Unit tests and the editor (renderer/src) render the views from source, unrenamed: no users of the built names.
  // E2E specs select through `cw()` (tests/e2e/support/cw-class.ts), which reads the renaming the build writes.
  const skip = new Set([path.join(root, 'tests', 'unit'), path.join(root, 'tests', 'e2e')]);
  const names = new Set<string>();
  for (const dir of ['main', 'preload', 'shared', 'tests'])
    for (const file of files(path.join(root, dir), (p) => skip.has(p)))
      for (const m of readFileSync(file, 'utf8').matchAll(TOKEN))
        // A prefix (`cw-e2e-` of a temporary folder) counts only where a name is composed from it (`${…}` follows).
        if (!m[0].endsWith('-') || m.input.startsWith('${', m.index + m[0].length)) names.add(m[0]);
  return names;
}

/** Names composed at run time in some code: `prefixes` (a family, `cw-x-${…}`) and `exact` (`cw-x${…}`). */
export function composedClassNames(code: string): { prefixes: Set<string>; exact: Set<string> } {
  const prefixes = new Set<string>();
  const exact = new Set<string>();
  for (const m of code.matchAll(/(?<![\w$-])(cw-[a-z0-9-]*)\$\{/g)) {
    const name = m[1] ?? '';
    (name.endsWith('-') ? prefixes : exact).add(name);
  }
  return { prefixes, exact };
}

/** What the player's own source composes at run time (renderer/player and shared). */
export function playerComposedClassNames(root: string): { prefixes: Set<string>; exact: Set<string> } {
  const prefixes = new Set<string>();
  const exact = new Set<string>();
  for (const dir of ['renderer/player', 'shared'])
    for (const file of files(path.join(root, dir), () => false)) {
      const found = composedClassNames(readFileSync(file, 'utf8'));
      found.prefixes.forEach((p) => prefixes.add(p));
      found.exact.forEach((e) => exact.add(e));
    }
  return { prefixes, exact };
}

/** a…z, A…Z, then two characters (the second may be a digit): never a `cw-` name nor an `is-` state. */
function shortName(i: number): string {
  const first = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const rest = `${first}0123456789`;
  if (i < first.length) return first[i] ?? '';
  const j = i - first.length;
  return `${first[Math.floor(j / rest.length) % first.length] ?? ''}${rest[j % rest.length] ?? ''}`;
}

/**
 * The renaming for one stylesheet: every `.cw-…` class selector of `css` not kept (public, composed), most used
 * first so the shortest names go furthest. Depends on the stylesheet only, so every binding's build agrees.
 */
export function classNameMap(
  css: string,
  keep: { public: Set<string>; prefixes: Set<string>; exact: Set<string> },
): Map<string, string> {
  const counts = new Map<string, number>();
  for (const m of css.matchAll(/\.(cw-[a-z0-9-]*)(?![\w$-])/g)) {
    const name = m[1] ?? '';
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  // A public name ending in `-` is a prefix someone composes (`.cw-statement-${style}`): its family stays.
  const prefixes = [...keep.prefixes, ...[...keep.public].filter((p) => p.endsWith('-'))];
  const kept = (name: string): boolean =>
    keep.public.has(name) || keep.exact.has(name) || prefixes.some((p) => name.startsWith(p));
  const names = [...counts.keys()]
    .filter((n) => !kept(n))
    .sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : 1));
  return new Map(names.map((n, i) => [n, shortName(i)]));
}

/** Replaces every whole `cw-…` token of `map` in `code` (a stylesheet or a script). */
export function renameClasses(code: string, map: Map<string, string>): string {
  return code.replace(TOKEN, (name, offset: number) =>
    /^[\w$]/.test(code.charAt(offset + name.length)) ? name : (map.get(name) ?? name),
  );
}
