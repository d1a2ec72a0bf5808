// @ts-check
/**
 * ESLint rule: no import cycles between the folders of main/ (architecture rule 8). A folder may depend on another
 * only if that one does not depend back on it, directly or through others. eslint-plugin-import-x's `no-cycle` works
 * on modules, not folders (library/a → authoring/b → library/c is no module cycle), hence this small rule.
 *
 * The rule sees the file being linted as it is in the editor, and the rest of main/ as it is on disk (read once per
 * process and re-read when a file changes). Type-only imports are erased at build time and do not count; dynamic
 * `import()` does. A file directly in main/ belongs to no folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** @typedef {Map<string, Map<string, string>>} FolderGraph folder → folder it imports → one example import */

/** @param {string} dir @returns {string[]} */
function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

/**
 * Relative module specifiers a file loads at run time.
 * @param {string} file
 * @param {string} text
 * @returns {string[]}
 */
function runtimeImports(file, text) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  /** @type {string[]} */
  const out = [];
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings;
      const typeOnly =
        clause?.isTypeOnly === true ||
        (clause !== undefined &&
          !clause.name &&
          named !== undefined &&
          ts.isNamedImports(named) &&
          named.elements.length > 0 &&
          named.elements.every((e) => e.isTypeOnly));
      if (!typeOnly) out.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) out.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      out.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out.filter((s) => s.startsWith('.'));
}

/**
 * The top folder of `file` under `root`, or null for a file outside `root` or directly in it.
 * @param {string} root
 * @param {string} file
 * @returns {string | null}
 */
function folderOf(root, file) {
  const rel = path.relative(root, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  const parts = rel.split(path.sep);
  return parts.length > 1 ? (parts[0] ?? null) : null;
}

/**
 * Folder → folder edges of the files under `root`, each with one example import.
 * @param {string} root
 * @returns {FolderGraph}
 */
export function folderGraph(root) {
  /** @type {FolderGraph} */
  const graph = new Map();
  for (const file of sourceFiles(root)) {
    const from = folderOf(root, file);
    if (!from) continue;
    for (const spec of runtimeImports(file, fs.readFileSync(file, 'utf8'))) {
      const to = folderOf(root, path.resolve(path.dirname(file), spec));
      if (!to || to === from) continue;
      const edges = graph.get(from) ?? new Map();
      if (!edges.has(to)) edges.set(to, `${path.relative(root, file)} → ${spec}`);
      graph.set(from, edges);
    }
  }
  return graph;
}

/**
 * The folders on a path from `start` to `goal` (both included), or null when `goal` cannot be reached.
 * @param {FolderGraph} graph
 * @param {string} start
 * @param {string} goal
 * @returns {string[] | null}
 */
export function pathBetween(graph, start, goal) {
  /** @type {Map<string, string | null>} */
  const cameFrom = new Map([[start, null]]);
  const queue = [start];
  for (let at = queue.shift(); at !== undefined; at = queue.shift()) {
    if (at === goal) {
      const route = [];
      for (let v = /** @type {string | null} */ (at); v !== null; v = cameFrom.get(v) ?? null) route.unshift(v);
      return route;
    }
    for (const next of graph.get(at)?.keys() ?? []) {
      if (!cameFrom.has(next)) {
        cameFrom.set(next, at);
        queue.push(next);
      }
    }
  }
  return null;
}

/** @type {Map<string, { stamp: string, graph: FolderGraph }>} */
const cache = new Map();

/**
 * The graph of `root` on disk, re-read only when a file was added, removed or changed since the last call.
 * @param {string} root
 * @returns {FolderGraph}
 */
function graphOnDisk(root) {
  const stamp = sourceFiles(root)
    .map((f) => {
      const st = fs.statSync(f);
      return `${f}:${st.mtimeMs}:${st.size}`;
    })
    .join('|');
  const hit = cache.get(root);
  if (hit && hit.stamp === stamp) return hit.graph;
  const graph = folderGraph(root);
  cache.set(root, { stamp, graph });
  return graph;
}

/** @type {import('eslint').Rule.RuleModule} */
export const noFolderCycles = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid import cycles between the folders of main/ (architecture rule 8).' },
    schema: [{ type: 'object', properties: { root: { type: 'string' } }, additionalProperties: false }],
    messages: {
      cycle:
        'main/{{from}} imports main/{{to}}, which depends back on it ({{route}}): folders must not form a cycle ' +
        '(architecture rule 8). Move the shared piece into a folder both can use, or invert the dependency.',
    },
  },
  create(context) {
    const option = /** @type {{ root?: string } | undefined} */ (context.options[0]);
    const root = path.resolve(context.cwd, option?.root ?? 'main');
    const file = context.filename;
    const from = folderOf(root, file);
    if (!from) return {};
    /** @type {FolderGraph | null} */
    let graph = null;
    /**
     * @param {import('estree').Node} node
     * @param {unknown} spec
     */
    const check = (node, spec) => {
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const to = folderOf(root, path.resolve(path.dirname(file), spec));
      if (!to || to === from) return;
      graph ??= graphOnDisk(root);
      const back = pathBetween(graph, to, from);
      if (back) context.report({ node, messageId: 'cycle', data: { from, to, route: [from, ...back].join(' → ') } });
    };
    /** @param {any} node typescript-eslint nodes carry importKind/exportKind */
    const typeOnly = (node) =>
      node.importKind === 'type' ||
      node.exportKind === 'type' ||
      (node.specifiers?.length > 0 &&
        node.specifiers.every(/** @param {any} s */ (s) => s.type === 'ImportSpecifier' && s.importKind === 'type'));
    return {
      ImportDeclaration(node) {
        if (!typeOnly(node)) check(node, node.source.value);
      },
      ExportNamedDeclaration(node) {
        if (node.source && !typeOnly(node)) check(node, node.source.value);
      },
      ExportAllDeclaration(node) {
        if (!typeOnly(node)) check(node, node.source.value);
      },
      ImportExpression(node) {
        if (node.source.type === 'Literal') check(node, node.source.value);
      },
    };
  },
};
