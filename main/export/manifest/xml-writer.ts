/**
 * A tiny XML writer for manifests: elements, attributes and text, with escaping. No namespaces
 * logic of its own — prefixed names and xmlns attributes are written as given.
 */
export interface XmlElement {
  readonly name: string;
  readonly attrs: ReadonlyArray<readonly [string, string]>;
  readonly children: ReadonlyArray<XmlNode>;
}
export type XmlNode = XmlElement | string;

const NAME = /^[A-Za-z_][A-Za-z0-9._-]*(:[A-Za-z_][A-Za-z0-9._-]*)?$/;
// Characters XML 1.0 forbids outright (C0 controls except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF).
const INVALID_CHARS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text content; characters XML cannot carry at all are dropped. */
export function escapeXmlText(text: string): string {
  return text.replace(INVALID_CHARS, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes an attribute value (double-quoted); tabs and newlines become references so they survive normalisation. */
export function escapeXmlAttr(value: string): string {
  return escapeXmlText(value)
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/** Builds an element; `attrs` entries with undefined values are omitted (insertion order is kept). */
export function el(
  name: string,
  attrs: Record<string, string | number | undefined> = {},
  ...children: Array<XmlNode | null | undefined | false>
): XmlElement {
  if (!NAME.test(name)) throw new Error(`Invalid XML name: ${name}`);
  const list: Array<readonly [string, string]> = [];
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    if (!NAME.test(key)) throw new Error(`Invalid XML attribute name: ${key}`);
    list.push([key, String(value)]);
  }
  return {
    name,
    attrs: list,
    children: children.filter((c): c is XmlNode => c !== null && c !== undefined && c !== false),
  };
}

/** Serialises a document: declaration plus indented elements (text-only elements stay on one line). */
export function renderXmlDocument(root: XmlElement): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  render(root, 0, lines);
  return lines.join('\n') + '\n';
}

function render(node: XmlElement, depth: number, out: string[]): void {
  const pad = '  '.repeat(depth);
  const attrs = node.attrs.map(([k, v]) => ` ${k}="${escapeXmlAttr(v)}"`).join('');
  if (node.children.length === 0) {
    out.push(`${pad}<${node.name}${attrs}/>`);
    return;
  }
  if (node.children.every((c) => typeof c === 'string')) {
    out.push(`${pad}<${node.name}${attrs}>${(node.children as string[]).map(escapeXmlText).join('')}</${node.name}>`);
    return;
  }
  out.push(`${pad}<${node.name}${attrs}>`);
  for (const child of node.children) {
    if (typeof child === 'string') out.push(`${pad}  ${escapeXmlText(child)}`);
    else render(child, depth + 1, out);
  }
  out.push(`${pad}</${node.name}>`);
}
