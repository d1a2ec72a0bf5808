import { AppError } from '../../shared';

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

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const NAME = /^[^\s<>/=!?"']+/;
const MAX_DEPTH = 200;

class XmlSyntaxError extends Error {}

export function parseXml(text: string, what = 'imsmanifest.xml'): XmlElement {
  try {
    return new Reader(text.replace(/^\uFEFF/, '')).document();
  } catch (e) {
    if (e instanceof XmlSyntaxError) throw new AppError('IMPORT', `${what} is not well-formed XML: ${e.message}`);
    throw e;
  }
}

class Reader {
  private pos = 0;
  private readonly newlines: number[] = [];
  constructor(private readonly src: string) {
    for (let i = src.indexOf('\n'); i !== -1; i = src.indexOf('\n', i + 1)) this.newlines.push(i);
  }

  document(): XmlElement {
    let root: XmlElement | null = null;
    const stack: XmlElement[] = [];
    const nsStack: Array<Map<string, string>> = [new Map([['xml', 'http://www.w3.org/XML/1998/namespace']])];
    while (this.pos < this.src.length) {
      const lt = this.src.indexOf('<', this.pos);
      const textEnd = lt === -1 ? this.src.length : lt;
      if (textEnd > this.pos) {
        const chunk = this.src.slice(this.pos, textEnd);
        const top = stack.at(-1);
        if (top) top.text += decodeEntities(chunk, () => this.line(this.pos));
        else if (chunk.trim()) this.fail('text outside the root element');
        this.pos = textEnd;
        continue;
      }
      if (this.startsWith('<!--')) this.skipPast('-->', 'comment');
      else if (this.startsWith('<?')) this.skipPast('?>', 'processing instruction');
      else if (this.startsWith('<![CDATA[')) {
        const start = this.pos + 9;
        this.skipPast(']]>', 'CDATA section');
        const top = stack.at(-1);
        if (!top) this.fail('CDATA outside the root element');
        top.text += this.src.slice(start, this.pos - 3);
      } else if (this.startsWith('<!DOCTYPE') || this.startsWith('<!doctype')) this.doctype();
      else if (this.startsWith('</')) {
        this.pos += 2;
        const name = this.name();
        this.skipSpace();
        this.expect('>');
        const open = stack.pop();
        nsStack.pop();
        if (!open) this.fail(`unexpected closing tag </${name}>`);
        // Case-insensitive match: some authoring tools emit <Item>…</item>.
        if (open.name.toLowerCase() !== name.toLowerCase()) {
          this.fail(`</${name}> closes <${open.name}> opened on line ${open.line}`);
        }
      } else {
        if (root && stack.length === 0) this.fail('more than one root element');
        if (stack.length >= MAX_DEPTH) this.fail(`elements nested deeper than ${MAX_DEPTH}`);
        const { element, selfClosing, scope } = this.startTag(nsStack.at(-1) ?? new Map());
        const parent = stack.at(-1);
        if (parent) parent.children.push(element);
        else root = element;
        if (!selfClosing) {
          stack.push(element);
          nsStack.push(scope);
        }
      }
    }
    const open = stack.at(-1);
    if (open) this.fail(`<${open.name}> opened on line ${open.line} is never closed`);
    if (!root) this.fail('no root element');
    return root;
  }

  private startTag(inherited: Map<string, string>): {
    element: XmlElement;
    selfClosing: boolean;
    scope: Map<string, string>;
  } {
    const line = this.line(this.pos);
    this.pos += 1;
    const name = this.name();
    const attrs = new Map<string, string>();
    for (;;) {
      const hadSpace = this.skipSpace();
      if (this.startsWith('/>') || this.startsWith('>')) break;
      if (!hadSpace) this.fail(`expected whitespace before an attribute in <${name}>`);
      const attr = this.name();
      this.skipSpace();
      this.expect('=');
      this.skipSpace();
      const quote = this.src[this.pos];
      if (quote !== '"' && quote !== "'") this.fail(`attribute ${attr} of <${name}> is not quoted`);
      const end = this.src.indexOf(quote, this.pos + 1);
      if (end === -1) this.fail(`attribute ${attr} of <${name}> is never closed`);
      const raw = this.src.slice(this.pos + 1, end);
      if (raw.includes('<')) this.fail(`"<" inside attribute ${attr} of <${name}>`);
      if (attrs.has(attr)) this.fail(`attribute ${attr} appears twice in <${name}>`);
      attrs.set(attr, decodeEntities(raw, () => this.line(this.pos)).replace(/[\t\n\r]/g, ' '));
      this.pos = end + 1;
    }
    const selfClosing = this.startsWith('/>');
    this.pos += selfClosing ? 2 : 1;
    const scope = new Map(inherited);
    for (const [key, value] of attrs) {
      if (key === 'xmlns') scope.set('', value);
      else if (key.startsWith('xmlns:')) scope.set(key.slice(6), value);
    }
    const colon = name.indexOf(':');
    const prefix = colon === -1 ? '' : name.slice(0, colon);
    const local = (colon === -1 ? name : name.slice(colon + 1)).toLowerCase();
    const element: XmlElement = {
      name,
      local,
      prefix,
      ns: scope.get(prefix) ?? '',
      attrs,
      children: [],
      text: '',
      line,
    };
    return { element, selfClosing, scope };
  }

  private doctype(): void {
    const close = this.src.indexOf('>', this.pos);
    const bracket = this.src.indexOf('[', this.pos);
    if (bracket !== -1 && (close === -1 || bracket < close)) {
      throw new AppError(
        'IMPORT',
        'imsmanifest.xml declares a DOCTYPE with an internal subset (entity definitions); such manifests are refused ' +
          'because entities are never expanded.',
      );
    }
    if (close === -1) this.fail('unterminated DOCTYPE');
    // External DTD references are ignored, never fetched.
    this.pos = close + 1;
  }

  private name(): string {
    const m = NAME.exec(this.src.slice(this.pos, this.pos + 512));
    if (!m) this.fail('expected a name');
    this.pos += m[0].length;
    return m[0];
  }

  private skipSpace(): boolean {
    const start = this.pos;
    while (this.pos < this.src.length && /\s/.test(this.src[this.pos] ?? '')) this.pos++;
    return this.pos > start;
  }

  private skipPast(end: string, what: string): void {
    const at = this.src.indexOf(end, this.pos);
    if (at === -1) this.fail(`unterminated ${what}`);
    this.pos = at + end.length;
  }

  private startsWith(s: string): boolean {
    return this.src.startsWith(s, this.pos);
  }

  private expect(s: string): void {
    if (!this.startsWith(s)) this.fail(`expected "${s}"`);
    this.pos += s.length;
  }

  private line(at: number): number {
    let lo = 0;
    let hi = this.newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.newlines[mid] ?? 0) < at) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  }

  private fail(message: string): never {
    throw new XmlSyntaxError(`${message} (line ${this.line(this.pos)})`);
  }
}

function decodeEntities(text: string, lineOf: () => number): string {
  if (!text.includes('&')) return text;
  return text.replace(/&([^;\s&<]{0,32});?/g, (whole, ref: string) => {
    // A bare "&" (common in hand-written `parameters`) is kept literally rather than refusing the package.
    if (!whole.endsWith(';')) return whole;
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isInteger(code) || code < 1 || code > 0x10ffff) {
        throw new XmlSyntaxError(`bad character reference &${ref}; (line ${lineOf()})`);
      }
      return String.fromCodePoint(code);
    }
    const value = PREDEFINED[ref];
    if (value === undefined) throw new XmlSyntaxError(`undefined entity &${ref}; (line ${lineOf()})`);
    return value;
  });
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
