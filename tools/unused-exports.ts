// Lists exported symbols nobody imports (issue 14: dead code), and product exports that only tests import.
// ts-prune/knip are not dependencies and ts-unused-exports breaks on this TypeScript, so this reads the repository
// with the installed compiler's parser (no type check: about a second) and resolves every import with TypeScript's
// own module resolution. Run: `npm run lint:unused`; exits 1 on any finding not in tools/unused-exports-allow.txt.
import { readFileSync, readdirSync, statSync } from 'node:fs';
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

/** Uses recorded while parsing: [module, name], '*' meaning the whole module. */
type Use = [string, string];

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
          if (target !== undefined) info.reexports.set(element.name.text, [target, local]);
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
    if (ts.isIdentifier(node)) info.identifiers.set(node.text, (info.identifiers.get(node.text) ?? 0) + 1);
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
    for (const [module, name] of uses) {
      if (module === file) continue;
      mark(usedAnywhere, module, name);
      if (isProduct(file)) mark(usedByProduct, module, name);
    }
  }

  const findings: Finding[] = [];
  for (const [file, info] of modules) {
    for (const [name, line] of info.exports) {
      if (info.reexports.has(name) && info.reexports.get(name)?.[1] !== '*') continue; // judged where declared
      const usedLocally = (info.identifiers.get(name) ?? 0) > 1;
      if (!usedAnywhere.get(file)?.has(name)) {
        findings.push({ file: rel(file), line, name, kind: 'unused', usedLocally });
      } else if (isProduct(file) && !usedByProduct.get(file)?.has(name) && !usedLocally) {
        findings.push({ file: rel(file), line, name, kind: 'test-only', usedLocally });
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

function main(): void {
  const { keys, errors } = readAllowList(readFileSync(ALLOW_FILE, 'utf8'));
  const allowed = (f: Finding): boolean => keys.has(`${f.file}#${f.name}`) || keys.has(`${f.file}#*`);
  const findings = findUnusedExports().filter((f) => !allowed(f));
  for (const f of findings) {
    const what =
      f.kind === 'test-only'
        ? 'exported for tests only: use it in the product or delete it with its tests'
        : f.usedLocally
          ? 'exported, never imported (used in its own file: drop `export`)'
          : 'exported, never imported nor used: dead code';
    console.log(`${f.file}:${f.line}  ${f.name}  ${what}`);
  }
  for (const error of errors) console.log(error);
  if (findings.length + errors.length > 0) {
    console.log(`\n${findings.length} finding(s). Fix them, or list an entry point/public API in ${rel(ALLOW_FILE)}.`);
    process.exitCode = 1;
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
