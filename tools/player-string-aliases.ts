/**
 * Aliasing for the built player (vite.player.config.ts), as Closure Compiler's `aliasStrings` does: a string the
 * script repeats (`"div"` 60 times, `"button"`, `"aria-label"`, kind names…) becomes one variable declared at the top
 * of the IIFE, `var ac="div"`, and each use reads it; an object literal's key uses it as a computed key
 * (`{"aria-label":x}` -> `{[ad]:x}`, the same property). Likewise the standard namespaces and constructors `Math`,
 * `Object`, `Array`, `JSON`, `Number`, `String`, `Set`, `Map`, `Promise`, `document` and `window` (`var ae=Math`). The script stays plain JavaScript that runs as written (nothing is
 * packed or decoded); a minifier does not do this by itself. Only where it pays: the uses save more than the
 * declaration costs.
 *
 * Left alone: destructuring and class member keys, `__proto__` keys (a computed one would not set the prototype),
 * shorthand properties and methods, directives (`"use strict"`), tagged templates and templates with `${…}`, and a
 * namespace any `typeof` tests. Alias names are ones no identifier of the script uses, so no scope can shadow them.
 */

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

type Parse = (code: string) => unknown;

/** Globals read as they are at start-up: namespaces no page or test replaces (clocks and timers stay direct). */
const NAMESPACES = new Set([
  'Math',
  'Object',
  'Array',
  'JSON',
  'Number',
  'String',
  'Set',
  'Map',
  'Promise',
  'document',
  'window',
]);

const isNode = (v: unknown): v is Node => !!v && typeof v === 'object' && typeof (v as Node).type === 'string';

/** The value of a plain string literal or `${}`-free untagged template, or null. */
function stringValue(node: Node, parent: Node | null, key: string): string | null {
  if (parent) {
    if ((parent.type === 'Property' || parent.type.endsWith('Definition')) && key === 'key' && !parent.computed)
      return null;
    if (parent.type === 'ExpressionStatement' && typeof parent.directive === 'string') return null;
    if (parent.type === 'TaggedTemplateExpression') return null;
    if (/Import|Export/.test(parent.type)) return null;
  }
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && Array.isArray(node.expressions) && node.expressions.length === 0) {
    const quasi = (node.quasis as { value: { cooked: string | null } }[])[0];
    return quasi?.value.cooked ?? null;
  }
  return null;
}

/** The key of an object literal's plain `key: value` property, as a string; null when it must stay as written. */
function plainKey(prop: Node): string | null {
  if (prop.type !== 'Property' || prop.computed || prop.shorthand || prop.method || prop.kind !== 'init') return null;
  const key = prop.key as Node;
  const name = key.type === 'Identifier' ? String(key.name) : key.type === 'Literal' ? key.value : null;
  return typeof name === 'string' && name !== '__proto__' ? name : null;
}

const RESERVED = new Set(['do', 'if', 'in', 'of']);

function* names(): Generator<string> {
  const first = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ$_';
  const rest = `${first}0123456789`;
  for (const c of first) yield c;
  for (const a of first) for (const b of rest) if (!RESERVED.has(a + b)) yield a + b;
  for (const a of first) for (const b of rest) for (const c of rest) yield a + b + c;
}

/** One use of a value: a string literal, an object key (`[name]`), or a namespace read. */
interface Use {
  node: Node;
  as: 'literal' | 'key' | 'global';
}

export function aliasStrings(code: string, parse: Parse): string {
  const program = parse(code);
  if (!isNode(program)) throw new Error('string aliases: no program');
  const strings = new Map<string, Use[]>();
  const globals = new Map<string, Use[]>();
  const typeofTested = new Set<string>();
  const taken = new Set<string>();
  let body: Node | null = null;
  const add = (map: Map<string, Use[]>, value: string, use: Use): void => {
    const list = map.get(value);
    if (list) list.push(use);
    else map.set(value, [use]);
  };
  const walk = (node: Node, parent: Node | null, key: string): void => {
    if (node.type === 'Identifier' || node.type === 'PrivateIdentifier') {
      const name = String(node.name);
      taken.add(name);
      const property = parent?.type === 'MemberExpression' && key === 'property' && !parent.computed;
      const propKey = parent?.type === 'Property' && ((key === 'key' && !parent.computed) || !!parent.shorthand);
      if (NAMESPACES.has(name) && !property && !propKey) {
        if (parent?.type === 'UnaryExpression' && parent.operator === 'typeof') typeofTested.add(name);
        add(globals, name, { node, as: 'global' });
      }
      return;
    }
    if (!body && node.type === 'BlockStatement' && parent?.type === 'FunctionExpression') body = node;
    const value = stringValue(node, parent, key);
    if (value !== null) {
      const quote = code[node.start];
      if ((quote !== '"' && quote !== "'" && quote !== '`') || code[node.end - 1] !== quote)
        throw new Error(`string aliases: offsets do not point at a literal (${node.start})`);
      add(strings, value, { node, as: 'literal' });
      return;
    }
    if (node.type === 'ObjectExpression')
      for (const prop of node.properties as Node[]) {
        const name = plainKey(prop);
        if (name !== null) add(strings, name, { node: prop.key as Node, as: 'key' });
      }
    for (const [k, v] of Object.entries(node)) {
      if (Array.isArray(v)) for (const c of v) if (isNode(c)) walk(c, node, k);
      if (isNode(v)) walk(v, node, k);
    }
  };
  walk(program, null, '');
  // The IIFE's own body: `(function(){…})();` is what the player build writes.
  const top = body as Node | null;
  if (!top || !code.startsWith('(function(){')) throw new Error('string aliases: not an IIFE');

  const free = names();
  const nextName = (): string => {
    for (let n = free.next(); !n.done; n = free.next()) if (!taken.has(n.value)) return n.value;
    throw new Error('string aliases: no names left');
  };
  // What one use saves with a name of `n` characters (a key gains brackets; a key shorter than that stays).
  const gain = (use: Use, n: number): number => use.node.end - use.node.start - n - (use.as === 'key' ? 2 : 0);
  const candidates: { init: string; uses: Use[] }[] = [
    ...[...strings].map(([value, uses]) => ({ init: JSON.stringify(value), uses })),
    ...[...globals].filter(([name]) => !typeofTested.has(name)).map(([name, uses]) => ({ init: name, uses })),
  ].sort((a, b) => b.uses.length - a.uses.length);
  const edits: { start: number; end: number; text: string }[] = [];
  const decls: string[] = [];
  let name = nextName();
  for (const { init, uses } of candidates) {
    const paying = uses.filter((use) => gain(use, name.length) > 0);
    const saved = paying.reduce((n, use) => n + gain(use, name.length), 0);
    if (saved <= name.length + init.length + 2) continue;
    decls.push(`${name}=${init}`);
    for (const use of paying)
      edits.push({ start: use.node.start, end: use.node.end, text: use.as === 'key' ? `[${name}]` : name });
    name = nextName();
  }
  if (decls.length === 0) return code;
  edits.push({ start: top.start + 1, end: top.start + 1, text: `var ${decls.join(',')};` });
  edits.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const edit of edits) {
    // `return"div"` becomes `return ac`, `"x"in o` becomes `ac in o`.
    const before = /[\w$]/.test(code.charAt(edit.start - 1)) && /^[\w$]/.test(edit.text) ? ' ' : '';
    const after = /[\w$]/.test(code.charAt(edit.end)) && /[\w$]$/.test(edit.text) ? ' ' : '';
    parts.push(code.slice(at, edit.start), before, edit.text, after);
    at = edit.end;
  }
  parts.push(code.slice(at));
  return parts.join('');
}
