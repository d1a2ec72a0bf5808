import { AppError, assertNever } from '../../shared';
import { tokenizeXml, XmlTokenError } from '../xml/xml-tokenizer';

/**
 * A small, dependency-free XML reader for package manifests. It never fetches anything: a DOCTYPE without an
 * internal subset is skipped, one with an internal subset (where entities are declared) is refused, and only the
 * five predefined entities and character references are expanded — so XXE and billion-laughs cannot happen.
 */
export interface XmlElement {
  /** The qualified name as written, e.g. `adlcp:masteryscore`. */
  readonly name: string;
  /** Lower-cased local name (prefix dropped): the tolerant key manifests are matched on. */
  readonly local: string;
  readonly prefix: string;
  /** Namespace URI resolved from xmlns declarations in scope ('' when none). */
  readonly ns: string;
  /** Attributes by qualified name as written. */
  readonly attrs: ReadonlyMap<string, string>;
  readonly children: XmlElement[];
  /** Concatenated character data directly inside this element. */
  text: string;
  readonly line: number;
}

const MAX_DEPTH = 200;

/**
 * Builds the element tree from the shared tokenizer (main/xml/xml-tokenizer.ts): a bare "&" (common in
 * hand-written `parameters`) is kept literally rather than refusing the package; an external DOCTYPE is skipped.
 */
export function parseXml(text: string, what = 'imsmanifest.xml'): XmlElement {
  try {
    return buildTree(text);
  } catch (e) {
    if (!(e instanceof XmlTokenError)) throw e;
    if (e.reason.startsWith('a DOCTYPE with an internal subset')) {
      throw new AppError(
        'IMPORT',
        `${what} declares a DOCTYPE with an internal subset (entity definitions); such manifests are refused ` +
          'because entities are never expanded.',
      );
    }
    throw new AppError('IMPORT', `${what} is not well-formed XML: ${e.message}`);
  }
}

function buildTree(text: string): XmlElement {
  let root: XmlElement | null = null;
  const stack: XmlElement[] = [];
  const nsStack: Array<Map<string, string>> = [new Map([['xml', 'http://www.w3.org/XML/1998/namespace']])];
  let lastLine = 1;
  for (const token of tokenizeXml(text, { bareAmpersand: 'keep', doctype: 'skip' })) {
    lastLine = token.line;
    const fail = (reason: string): never => {
      throw new XmlTokenError(reason, token.line);
    };
    const top = stack.at(-1);
    switch (token.kind) {
      case 'text':
        if (top) top.text += token.text;
        else if (token.text.trim()) fail('text outside the root element');
        break;
      case 'cdata':
        if (!top) fail('CDATA outside the root element');
        else top.text += token.text;
        break;
      case 'close': {
        const open = stack.pop();
        nsStack.pop();
        if (!open) fail(`unexpected closing tag </${token.name}>`);
        // Case-insensitive match: some authoring tools emit <Item>…</item>.
        else if (open.name.toLowerCase() !== token.name.toLowerCase()) {
          fail(`</${token.name}> closes <${open.name}> opened on line ${open.line}`);
        }
        break;
      }
      case 'open': {
        if (root && stack.length === 0) fail('more than one root element');
        if (stack.length >= MAX_DEPTH) fail(`elements nested deeper than ${MAX_DEPTH}`);
        const scope = new Map(nsStack.at(-1));
        const attrs = new Map(token.attrs);
        for (const [key, value] of attrs) {
          if (key === 'xmlns') scope.set('', value);
          else if (key.startsWith('xmlns:')) scope.set(key.slice(6), value);
        }
        const colon = token.name.indexOf(':');
        const prefix = colon === -1 ? '' : token.name.slice(0, colon);
        const element: XmlElement = {
          name: token.name,
          local: (colon === -1 ? token.name : token.name.slice(colon + 1)).toLowerCase(),
          prefix,
          ns: scope.get(prefix) ?? '',
          attrs,
          children: [],
          text: '',
          line: token.line,
        };
        if (top) top.children.push(element);
        else root = element;
        if (!token.selfClosing) {
          stack.push(element);
          nsStack.push(scope);
        }
        break;
      }
      default:
        assertNever(token);
    }
  }
  const open = stack.at(-1);
  if (open) throw new XmlTokenError(`<${open.name}> opened on line ${open.line} is never closed`, lastLine);
  if (!root) throw new XmlTokenError('no root element', lastLine);
  return root;
}

/** Decodes manifest bytes: UTF-8 (BOM optional), UTF-16 by BOM, or Latin-1 when the declaration says so. */
export function decodeXmlBytes(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  const head = bytes.subarray(0, 200).toString('latin1');
  const declared = /^(?:\uFEFF|\xEF\xBB\xBF)?<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/i
    .exec(head)?.[1]
    ?.toLowerCase();
  if (declared && /^(iso-8859-1|latin1|windows-1252|us-ascii)$/.test(declared)) return bytes.toString('latin1');
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

/** Children whose tolerant local name is `local`. */
export const childrenNamed = (el: XmlElement, local: string): XmlElement[] =>
  el.children.filter((c) => c.local === local);
export const childNamed = (el: XmlElement, local: string): XmlElement | undefined =>
  el.children.find((c) => c.local === local);

/** Attribute by local name, ignoring prefix and case (`adlcp:scormType`, `ADLCP:SCORMTYPE`, `scormtype`). */
export function attr(el: XmlElement, local: string): string | undefined {
  const want = local.toLowerCase();
  for (const [key, value] of el.attrs) {
    const colon = key.indexOf(':');
    const name = (colon === -1 ? key : key.slice(colon + 1)).toLowerCase();
    if (name === want && !key.startsWith('xmlns')) return value;
  }
  return undefined;
}

/** `xml:base` specifically (not some other prefix's base). */
export const xmlBase = (el: XmlElement): string => el.attrs.get('xml:base') ?? '';
