import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { coursePackageSchema } from '../../../shared/package/course-package';
import { PLAYER_MANGLED_PROPS } from '../../../vite.player.config';

/**
 * The player build renames PLAYER_MANGLED_PROPS to short names (vite.player.config.ts). That is only sound while no
 * name is used by data crossing the bundle's edge: the course package, what goes to an LMS / LRS / localStorage, the
 * DOM and Preact. These checks fail when a package field, a wire field or a platform property takes one of the names.
 */
const ROOT = path.resolve(__dirname, '../../..');
const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8');
const names = [...PLAYER_MANGLED_PROPS];

/** Every property name in the package's JSON schema (all kinds, nested). */
function schemaKeys(): Set<string> {
  const keys = new Set<string>();
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    for (const [k, v] of Object.entries(node)) {
      if (k === 'properties' && v && typeof v === 'object') for (const p of Object.keys(v)) keys.add(p);
      walk(v);
    }
  };
  walk(z.toJSONSchema(coursePackageSchema, { unrepresentable: 'any', io: 'input' }));
  return keys;
}

/** The body of `export interface <name> { … }` in a source file. */
const interfaceBody = (source: string, name: string): string => {
  // Exported or file-local (the unused-exports sweep drops `export` where only the file uses it).
  const start = source.search(new RegExp(`(^|\\n)(export )?interface ${name} \\{`));
  expect(start, name).toBeGreaterThanOrEqual(0);
  return source.slice(start, source.indexOf('\n}', start));
};

/** Names used as a property (`.name`, `{ name:` / `, name:` keys) in a piece of source. */
const usedAsProperty = (source: string): string[] =>
  names.filter((n) => new RegExp(`\\.${n}\\b|[{,]\\s*${n}\\??\\s*:`).test(source));

/** Names declared as members in typings (`name:`, `name?:`, `name(`, `readonly name:`). */
const declaredIn = (typings: string): string[] =>
  names.filter((n) => new RegExp(`^\\s*(?:readonly\\s+)?${n}\\??\\s*[:(<]`, 'm').test(typings));

describe('player-private property names (mangled in the runtime bundles)', () => {
  it('are distinct identifiers', () => {
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[A-Za-z_$][\w$]*$/);
  });

  it('are no field of the course package', () => {
    const keys = schemaKeys();
    // The walk reaches nested kinds (questions, blocks, quiz settings), so a miss is a real one.
    for (const deep of ['modules', 'correctChoiceIds', 'piles', 'passingScore', 'captions'])
      expect(keys).toContain(deep);
    expect(names.filter((n) => keys.has(n))).toEqual([]);
    // Rich text documents are opaque to the schema (ProseMirror JSON): their node fields are declared here.
    const richText = read('shared/model/rich-text.ts');
    expect(declaredIn(richText)).toEqual([]);
    expect(/^\s*content\??\s*:/m.test(richText)).toBe(true);
  });

  it('are not written to an LMS, an LRS or localStorage', () => {
    const wire = [
      read('renderer/player/lms/xapi-statements.ts'),
      read('renderer/player/lms/xapi-client.ts'),
      read('renderer/player/lms/standalone-adapter.ts'),
      read('renderer/player/lms/api-discovery.ts'),
      read('renderer/player/lms/scorm-api.ts'),
      interfaceBody(read('renderer/player/lms/xapi-session.ts'), 'ProgressDoc'),
      interfaceBody(read('renderer/player/lms/scorm-session.ts'), 'MirroredState'),
    ];
    for (const source of wire) expect(usedAsProperty(source)).toEqual([]);
  });

  it('are no DOM or Preact property', () => {
    const typings = [
      'node_modules/typescript/lib/lib.dom.d.ts',
      'node_modules/preact/src/jsx.d.ts',
      'node_modules/preact/src/index.d.ts',
      'node_modules/preact/hooks/src/index.d.ts',
    ].map(read);
    // ServiceWorkerContainer.controller: the player never touches service workers (checked below).
    const allowed = ['controller'];
    for (const t of typings) expect(declaredIn(t).filter((n) => !allowed.includes(n))).toEqual([]);
    const playerFiles = readdirSync(path.join(ROOT, 'renderer/player'), { recursive: true, encoding: 'utf8' });
    const sources = playerFiles.filter((f) => /\.tsx?$/.test(f)).map((f) => read(path.join('renderer/player', f)));
    expect(sources.length).toBeGreaterThan(40);
    for (const source of sources) expect(source).not.toMatch(/serviceWorker/);
    // The check recognises members: `addEventListener(` and `disabled?:` are declared there.
    expect(new RegExp(`^\\s*addEventListener[(<]`, 'm').test(typings[0]!)).toBe(true);
  });
});
