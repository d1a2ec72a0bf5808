import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { folderGraph, noFolderCycles, pathBetween } from '../../../tools/eslint/no-folder-cycles.js';

/** No import cycles between the folders of main/ (architecture rule 8), enforced by a lint rule of ours. */
const MAIN = path.resolve(__dirname, '../../../main');

describe('main/ folder dependencies', () => {
  it('form no cycle', () => {
    const graph = folderGraph(MAIN);
    const closing = [...graph].flatMap(([a, edges]) =>
      [...edges.keys()].filter((b) => pathBetween(graph, b, a)).map((b) => `${a} → ${b} (${edges.get(b)})`),
    );
    expect(closing).toEqual([]);
  });

  it('sees the dependencies it checks (the graph is not empty, type-only imports are skipped)', () => {
    const graph = folderGraph(MAIN);
    expect(graph.get('app')?.has('library')).toBe(true);
    expect(graph.get('ipc')?.has('media')).toBe(true);
    // main/ipc/handlers.ts imports the CourseLibrary interface as a type only.
    const ipcToLibrary = graph.get('ipc')?.get('library');
    expect(ipcToLibrary === undefined || !ipcToLibrary.includes('course-library')).toBe(true);
    const twoWay = new Map([
      ['a', new Map([['b', 'x']])],
      ['b', new Map([['c', 'y']])],
      ['c', new Map([['a', 'z']])],
    ]);
    expect(pathBetween(twoWay, 'b', 'a')).toEqual(['b', 'c', 'a']);
    expect(pathBetween(new Map([['a', new Map([['b', 'x']])]]), 'b', 'a')).toBeNull();
  });

  it('the lint rule reports the import that closes a cycle, in the text being edited, and not type-only ones', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-folder-cycles-'));
    const write = (rel: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    };
    write('main/a/x.ts', 'export const x = 1;\n');
    write('main/b/y.ts', "import { x } from '../a/x';\nexport const y = x;\n");
    write('main/c/w.ts', "import { y } from '../b/y';\nexport const w = y;\n");
    const eslint = new ESLint({
      cwd: dir,
      overrideConfigFile: true,
      overrideConfig: [
        {
          files: ['**/*.ts'],
          languageOptions: { parser: tseslint.parser },
          plugins: { architecture: { rules: { 'no-folder-cycles': noFolderCycles } } },
          rules: { 'architecture/no-folder-cycles': 'error' },
        },
      ],
    });
    const lint = async (rel: string, text: string) => {
      const [result] = await eslint.lintText(text, { filePath: path.join(dir, rel) });
      return result!.messages.map((m) => `${m.line}: ${m.message}`);
    };
    try {
      // a → c → b → a: the new import in a (not saved yet) closes it.
      expect(
        await lint('main/a/z.ts', "export const one = 1;\nimport { w } from '../c/w';\nexport const z = w;\n"),
      ).toEqual([expect.stringMatching(/^2: main\/a imports main\/c, which depends back on it \(a → c → b → a\)/)]);
      expect(await lint('main/a/z.ts', "export const load = () => import('../b/y');\n")).toHaveLength(1);
      expect(await lint('main/a/z.ts', "export * from '../b/y';\n")).toHaveLength(1);
      // Type-only imports vanish at build time; depending down the chain is fine; a file directly in main/ is no folder.
      expect(await lint('main/a/z.ts', "import type { y } from '../b/y';\nexport type Z = typeof y;\n")).toEqual([]);
      expect(await lint('main/a/z.ts', "import { type y } from '../b/y';\nexport type Z = typeof y;\n")).toEqual([]);
      expect(await lint('main/c/v.ts', "import { x } from '../a/x';\nexport const v = x;\n")).toEqual([]);
      expect(await lint('main/top.ts', "import { w } from './c/w';\nexport const t = w;\n")).toEqual([]);
      // The rest of main/ is read from disk again when it changes: b no longer imports a, so a may import c.
      write('main/b/y.ts', 'export const y = 2;\n');
      expect(await lint('main/a/z.ts', "import { w } from '../c/w';\nexport const z = w;\n")).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
