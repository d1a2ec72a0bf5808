import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  classNameMap,
  composedClassNames,
  playerComposedClassNames,
  publicClassNames,
  renameClasses,
} from '../../../tools/player-class-names';

/** The player build's short class names (tools/player-class-names.ts, vite.player.config.ts). */
const ROOT = path.resolve(__dirname, '../../..');
const none = { public: new Set<string>(), prefixes: new Set<string>(), exact: new Set<string>() };

describe('player class names', () => {
  it('renames each private class the same in the stylesheet and the script, most used first', () => {
    const css = '.cw-hint{color:red}.cw-card .cw-hint,.cw-card:hover{x:1}';
    const map = classNameMap(css, none);
    expect([...map]).toEqual([
      ['cw-card', 'a'],
      ['cw-hint', 'b'],
    ]);
    expect(renameClasses(css, map)).toBe('.b{color:red}.a .b,.a:hover{x:1}');
    const js = 'h(`p`,{class:`cw-card cw-hint`}),q.querySelector(".cw-hint")';
    expect(renameClasses(js, map)).toBe('h(`p`,{class:`a b`}),q.querySelector(".b")');
  });

  it('leaves custom properties, data attributes, longer identifiers and composed names alone', () => {
    const map = new Map([['cw-card', 'a']]);
    const code = 'var(--cw-card);[data-cw-card];cw-cardX;cw-card_1;`cw-card${x}`;cw-card-more';
    expect(renameClasses(code, map)).toBe(code);
  });

  it('keeps public names, composed families and exact composed names', () => {
    const css = '.cw-a{}.cw-b{}.cw-tone-x{}.cw-flip{}.cw-flip-side{}.cw-test-y{}';
    const map = classNameMap(css, {
      public: new Set(['cw-a', 'cw-test-']),
      prefixes: new Set(['cw-tone-']),
      exact: new Set(['cw-flip']),
    });
    expect([...map.keys()].sort()).toEqual(['cw-b', 'cw-flip-side']);
  });

  it('finds composed names: a prefix before ${…} is a family, a whole name an exact one', () => {
    const found = composedClassNames('`cw-callout cw-callout-${v}`+`cw-flip${b ? " is-back" : ""}`+`--cw-x-${y}`');
    expect([...found.prefixes]).toEqual(['cw-callout-']);
    expect([...found.exact]).toEqual(['cw-flip']);
  });

  it("scans the repository: the player's composed families and the names written outside the build", () => {
    const composed = playerComposedClassNames(ROOT);
    expect(composed.prefixes).toContain('cw-callout-');
    expect(composed.prefixes).toContain('cw-statement-');
    expect(composed.prefixes).toContain('cw-acc-');
    const publicNames = publicClassNames(ROOT);
    // index.html (shared/package/player-html.ts) is written by the exporters, outside the build.
    expect(publicNames).toContain('cw-loading');
    expect(publicNames).toContain('cw-noscript');
    // The player's own source, the editor and the e2e specs (through cw()) are no public users of its names.
    expect(publicNames).not.toContain('cw-visually-hidden');
    expect(publicNames).not.toContain('cw-toc-link');
  });

  it('e2e specs select runtime classes through cw() (the build renames the private ones)', () => {
    const dir = path.join(ROOT, 'tests', 'e2e');
    const unwrapped: string[] = [];
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name === 'cw-class.ts') continue;
      const file = path.join(entry.parentPath, entry.name);
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/[.#]cw-[a-z]/.test(line) && !line.includes('cw(') && !/^\s*(\/\/|\*)/.test(line))
            unwrapped.push(`${path.relative(ROOT, file)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(unwrapped).toEqual([]);
  });
});
