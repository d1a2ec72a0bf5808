// Lists exported symbols nobody imports (issue 14: dead code), and product exports only tests import.
// ts-prune/knip are not dependencies and ts-unused-exports breaks on this TypeScript, so this reads the repository
// with the installed compiler's parser (no type check: a few seconds) and resolves every import with TypeScript's
// own module resolution. `npm run lint:unused` exits 1 on any finding not in tools/unused-exports-allow.txt;
// `--drop-exports` applies the mechanical fix (drops `export` where only the declaring file uses the name).
// Limits: names are matched by text, so `import * as ns` / `import()` / `vi.mock` count as using the whole module.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCE_DIRS = ['shared', 'main', 'preload', 'renderer', 'tests', 'bench', 'tools'];
/** Code that ships; an export of it used only from elsewhere (tests, bench) is "test-only". */
const PRODUCT_DIRS = ['shared/', 'main/', 'preload/', 'renderer/'];
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.mjs', '.js'];
const ALLOW_FILE = join(ROOT, 'tools', 'unused-exports-allow.txt');

interface ModuleInfo {
  /** Exported name -> line of its declaration. */
  exports: Map<string, number>;
  /** Exported name -> [module, name] it re-exports. */
  reexports: Map<string, [string, string]>;
  stars: string[];
  /** Identifier text -> occurrences in this file (a declaration counts once). */
  identifiers: Map<string, number>;
}

interface Finding {
  file: string;
  line: number;
  name: string;
  kind: 'unused' | 'test-only';
  /** Used inside its own file: only the `export` keyword is dead. */
  usedLocally: boolean;
  /** An entry of `export { … } from`: remove it from that list. */
  reexport: boolean;
}

function listFiles(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry === 'out' || entry.startsWith('.')) continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) listFiles(path, out);
    else if (EXTENSIONS.some((ext) => entry.endsWith(ext)) && !entry.endsWith('.d.ts')) out.push(path);
  }
}

function repoFiles(): string[] {
  const files: string[] = [];
  for (const dir of SOURCE_DIRS) listFiles(join(ROOT, dir), files);
  for (const entry of readdirSync(ROOT)) {
    if (EXTENSIONS.some((ext) => entry.endsWith(ext)) && statSync(join(ROOT, entry)).isFile()) {
      files.push(join(ROOT, entry));
    }
  }
  return files;
}

const options: ts.CompilerOptions = {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  allowJs: true,
  resolveJsonModule: true,
  allowImportingTsExtensions: true,
};
const host = ts.createCompilerHost(options);
const cache = ts.createModuleResolutionCache(ROOT, (f) => f, options);

function resolveSpecifier(specifier: string, from: string): string | undefined {
  if (!specifier.startsWith('.') && !specifier.startsWith('/')) return undefined;
  const found = ts.resolveModuleName(specifier, from, options, host, cache).resolvedModule;
  if (found === undefined || found.isExternalLibraryImport) return undefined;
  return resolve(found.resolvedFileName);
}

function hasExportModifier(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

function isDefault(node: ts.Node): boolean {
  return (
    ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)
  );
}

function bindingNames(name: ts.BindingName, out: string[]): void {
  if (ts.isIdentifier(name)) out.push(name.text);
  else for (const element of name.elements) if (!ts.isOmittedExpression(element)) bindingNames(element.name, out);
}

/** `a.name`, `{ name: … }`, `name() {}` in a class or type: a property, not a reference to the export. */
function isMemberName(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent)) return parent.name === node;
  if (ts.isQualifiedName(parent)) return parent.right === node;
  if (
    ts.isPropertyAssignment(parent) ||
    ts.isPropertySignature(parent) ||
    ts.isPropertyDeclaration(parent) ||
    ts.isMethodDeclaration(parent) ||
    ts.isMethodSignature(parent) ||
    ts.isGetAccessor(parent) ||
    ts.isSetAccessor(parent) ||
    ts.isEnumMember(parent)
  ) {
    return parent.name === node;
  }
  return false;
}

/** Uses recorded while parsing: [module, name], '*' meaning the whole module. */
type Use = [module: string, name: string, byReexport?: boolean];

function scan(file: string, uses: Use[]): ModuleInfo {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const info: ModuleInfo = { exports: new Map(), reexports: new Map(), stars: [], identifiers: new Map() };
  const lineOf = (node: ts.Node): number => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const useAll = (specifier: string): void => {
    const target = resolveSpecifier(specifier, file);
    if (target !== undefined) uses.push([target, '*']);
  };

  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const target = resolveSpecifier(statement.moduleSpecifier.text, file);
      const clause = statement.importClause;
      if (target === undefined || clause === undefined) continue;
      if (clause.name !== undefined) uses.push([target, 'default']);
      const bindings = clause.namedBindings;
      if (bindings !== undefined && ts.isNamespaceImport(bindings)) uses.push([target, '*']);
      else if (bindings !== undefined) {
        for (const element of bindings.elements) uses.push([target, (element.propertyName ?? element.name).text]);
      }
    } else if (ts.isExportDeclaration(statement)) {
      const specifier = statement.moduleSpecifier;
      const target = specifier && ts.isStringLiteral(specifier) ? resolveSpecifier(specifier.text, file) : undefined;
      const clause = statement.exportClause;
      if (specifier !== undefined && clause === undefined) {
        if (target !== undefined) info.stars.push(target);
      } else if (clause !== undefined && ts.isNamespaceExport(clause)) {
        info.exports.set(clause.name.text, lineOf(statement));
        if (target !== undefined) info.reexports.set(clause.name.text, [target, '*']);
      } else if (clause !== undefined) {
        for (const element of clause.elements) {
          info.exports.set(element.name.text, lineOf(element));
          const local = (element.propertyName ?? element.name).text;
          if (target === undefined) continue;
          info.reexports.set(element.name.text, [target, local]);
          // The declaration must stay exported for this list to compile; the list entry itself is judged here.
          uses.push([target, local, true]);
        }
      }
    } else if (ts.isExportAssignment(statement)) {
      info.exports.set('default', lineOf(statement));
    } else if (hasExportModifier(statement)) {
      if (ts.isVariableStatement(statement)) {
        const names: string[] = [];
        for (const declaration of statement.declarationList.declarations) bindingNames(declaration.name, names);
        for (const name of names) info.exports.set(name, lineOf(statement));
      } else if (isDefault(statement)) {
        info.exports.set('default', lineOf(statement));
      } else {
        const name = (statement as ts.DeclarationStatement).name;
        if (name !== undefined && ts.isIdentifier(name)) info.exports.set(name.text, lineOf(statement));
      }
    }
  }

  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && !isMemberName(node)) {
      info.identifiers.set(node.text, (info.identifiers.get(node.text) ?? 0) + 1);
    }
    // import('./x') in code, `typeof import('./x')`, vi.mock('./x') / vi.importActual('./x'): the whole module.
    if (ts.isCallExpression(node) && node.arguments.length > 0) {
      const first = node.arguments[0];
      const callee = node.expression.getText(source);
      const loads =
        node.expression.kind === ts.SyntaxKind.ImportKeyword || /^vi\.(mock|doMock|importActual)$/.test(callee);
      if (loads && first !== undefined && ts.isStringLiteralLike(first)) useAll(first.text);
    }
    if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      const target = resolveSpecifier(node.argument.literal.text, file);
      const qualifier = node.qualifier;
      if (target !== undefined) {
        const first =
          qualifier === undefined ? '*' : ts.isIdentifier(qualifier) ? qualifier.text : qualifier.left.getText(source);
        uses.push([target, first]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return info;
}

function findUnusedExports(): Finding[] {
  const files = repoFiles();
  const modules = new Map<string, ModuleInfo>();
  const usesBy = new Map<string, Use[]>();
  for (const file of files) {
    const uses: Use[] = [];
    modules.set(file, scan(file, uses));
    usesBy.set(file, uses);
  }

  const isProduct = (file: string): boolean => PRODUCT_DIRS.some((dir) => rel(file).startsWith(dir));
  // Marks a use of (module, name), following re-exports and `export *` to the declaring module.
  const mark = (used: Map<string, Set<string>>, module: string, name: string, seen = new Set<string>()): void => {
    const key = `${module}#${name}`;
    if (seen.has(key)) return;
    seen.add(key);
    const info = modules.get(module);
    if (info === undefined) return;
    const names = name === '*' ? [...info.exports.keys()] : [name];
    for (const one of names) {
      if (!used.has(module)) used.set(module, new Set());
      used.get(module)?.add(one);
      const target = info.reexports.get(one);
      if (target !== undefined) mark(used, target[0], target[1], seen);
    }
    if (name === '*' || !info.exports.has(name)) for (const star of info.stars) mark(used, star, name, seen);
  };

  const usedAnywhere = new Map<string, Set<string>>();
  const usedByProduct = new Map<string, Set<string>>();
  for (const [file, uses] of usesBy) {
    for (const [module, name, byReexport] of uses) {
      if (module === file) continue;
      mark(usedAnywhere, module, name);
      // A barrel passing a name on is not a use: who imports it through the barrel is followed by `mark`.
      if (isProduct(file) && byReexport !== true) mark(usedByProduct, module, name);
    }
  }

  const findings: Finding[] = [];
  for (const [file, info] of modules) {
    for (const [name, line] of info.exports) {
      const usedLocally = (info.identifiers.get(name) ?? 0) > 1;
      const reexport = info.reexports.has(name);
      if (!usedAnywhere.get(file)?.has(name)) {
        findings.push({ file: rel(file), line, name, kind: 'unused', usedLocally, reexport });
      } else if (isProduct(file) && !reexport && !usedByProduct.get(file)?.has(name) && !usedLocally) {
        // (A barrel's entry imported only by tests is fine when the product imports the declaration directly.)
        findings.push({ file: rel(file), line, name, kind: 'test-only', usedLocally, reexport });
      }
    }
  }
  return findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

function rel(file: string): string {
  return relative(ROOT, file).split(sep).join('/');
}

/** Allow-list lines: `path#name  reason` or `path#*  reason` (whole file, e.g. an entry point); reason required. */
function readAllowList(text: string): { keys: Set<string>; errors: string[] } {
  const keys = new Set<string>();
  const errors: string[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('//')) return;
    const [key, ...reason] = line.split(/\s+/);
    if (key === undefined || !key.includes('#') || reason.join(' ').length < 5) {
      errors.push(`tools/unused-exports-allow.txt:${index + 1}: "path#name reason" expected, got "${line}"`);
    } else keys.add(key);
  });
  return { keys, errors };
}

/** `export` before a declaration (not `export {…}`, `export type {…}` nor `export default`). */
const DROPPABLE =
  /^(\s*)export (?=(?:async |declare |abstract )*(?:function|const|let|var|class|interface|enum|namespace|type (?!\{)))/;

/** The mechanical fix for exports used only in their own file: drops the keyword; returns how many it dropped. */
function dropExports(findings: readonly Finding[]): number {
  const byFile = new Map<string, number[]>();
  for (const f of findings) {
    if (f.kind === 'unused' && f.usedLocally && !f.reexport)
      byFile.set(f.file, [...(byFile.get(f.file) ?? []), f.line]);
  }
  let dropped = 0;
  for (const [file, lines] of byFile) {
    const path = join(ROOT, file);
    const text = readFileSync(path, 'utf8').split('\n');
    for (const line of new Set(lines)) {
      const before = text[line - 1];
      if (before === undefined || !DROPPABLE.test(before)) continue;
      text[line - 1] = before.replace(DROPPABLE, '$1');
      dropped++;
    }
    writeFileSync(path, text.join('\n'));
  }
  return dropped;
}

function main(): void {
  const { keys, errors } = readAllowList(readFileSync(ALLOW_FILE, 'utf8'));
  const all = findUnusedExports();
  const allowed = (f: Finding): boolean => keys.has(`${f.file}#${f.name}`) || keys.has(`${f.file}#*`);
  const findings = all.filter((f) => !allowed(f));
  if (process.argv.includes('--drop-exports')) {
    console.log(`dropped ${dropExports(findings)} export keyword(s); run it again for what is left`);
    return;
  }
  for (const f of findings) {
    const what =
      f.kind === 'test-only'
        ? 'exported for tests only: use it in the product or delete it with its tests'
        : f.reexport
          ? 're-exported, never imported from here: remove it from this export list'
          : f.usedLocally
            ? 'exported, never imported (used in its own file: drop `export`, or run with --drop-exports)'
            : 'exported, never imported nor used: dead code';
    console.log(`${f.file}:${f.line}  ${f.name}  ${what}`);
  }
  const matched = new Set(all.flatMap((f) => [`${f.file}#${f.name}`, `${f.file}#*`]));
  const stale = [...keys].filter((key) => !matched.has(key));
  if (stale.length > 0)
    console.log(`note: allow-list entries that match nothing now (remove them): ${stale.join(', ')}`);
  for (const error of errors) console.log(error);
  if (findings.length + errors.length > 0) {
    console.log(`\n${findings.length} finding(s). Fix them, or list an entry point/public API in ${rel(ALLOW_FILE)}.`);
    process.exitCode = 1;
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
