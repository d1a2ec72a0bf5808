/**
 * The one XML tokenizer for hostile files (package manifests, SVG images). Why our own: both callers need a
 * reader that never fetches, never expands entities beyond the five predefined ones and character references,
 * refuses what it does not understand, and reports line numbers; XML libraries on npm either build a DOM
 * (jsdom, 20 MB), or expand entities / resolve DTDs by default. Fuzzed in tests/unit/xml/xml-tokenizer.test.ts.
 *
 * It yields start tags (attributes decoded, duplicates refused), end tags, character data and CDATA; comments
 * and processing instructions are skipped; a DOCTYPE is skipped or refused by policy, and one with an internal
 * subset (where entities are declared) is always refused. It does not check that tags balance: callers do,
 * with their own wording.
 */
export type XmlToken =
  | { kind: 'open'; name: string; attrs: Array<[name: string, value: string]>; selfClosing: boolean; line: number }
  | { kind: 'close'; name: string; line: number }
  | { kind: 'text'; text: string; line: number }
  | { kind: 'cdata'; text: string; line: number };

interface XmlTokenizerOptions {
  /** `keep`: a bare "&" stays literal (hand-written manifests); `refuse`: it is an error (strict, SVG). */
  bareAmpersand?: 'keep' | 'refuse';
  /** `skip`: an external DOCTYPE is ignored (never fetched); `refuse`: any DOCTYPE is an error. */
  doctype?: 'skip' | 'refuse';
}

/** A syntax error, with the 1-based line it was found on. */
export class XmlTokenError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number,
  ) {
    super(`${reason} (line ${line})`);
    this.name = 'XmlTokenError';
  }
}

const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const NAME = /[^\s<>/=!?"'&;]+/y;
const SPACE = /\s*/y;

export function* tokenizeXml(source: string, opts: XmlTokenizerOptions = {}): Generator<XmlToken> {
  const src = source.replace(/^\uFEFF/, '');
  const newlines: number[] = [];
  for (let i = src.indexOf('\n'); i !== -1; i = src.indexOf('\n', i + 1)) newlines.push(i);
  let pos = 0;

  const lineAt = (at: number): number => {
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((newlines[mid] ?? 0) < at) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
  const fail = (reason: string, at = pos): never => {
    throw new XmlTokenError(reason, lineAt(at));
  };
  const decode = (text: string, at: number): string =>
    decodeXmlEntities(text, opts.bareAmpersand ?? 'refuse', at, fail);
  const skipPast = (marker: string, what: string): void => {
    const at = src.indexOf(marker, pos);
    if (at === -1) fail(`unterminated ${what}`);
    pos = at + marker.length;
  };
  const name = (): string => {
    NAME.lastIndex = pos;
    const m = NAME.exec(src);
    if (!m) return fail('expected a name');
    pos += m[0].length;
    return m[0];
  };
  const skipSpace = (): boolean => {
    SPACE.lastIndex = pos;
    const m = SPACE.exec(src);
    const length = m?.[0].length ?? 0;
    pos += length;
    return length > 0;
  };

  while (pos < src.length) {
    const lt = src.indexOf('<', pos);
    const textEnd = lt === -1 ? src.length : lt;
    if (textEnd > pos) {
      const raw = src.slice(pos, textEnd);
      yield { kind: 'text', text: decode(raw, pos), line: lineAt(pos) };
      pos = textEnd;
      continue;
    }
    const line = lineAt(pos);
    if (src.startsWith('<!--', pos)) skipPast('-->', 'comment');
    else if (src.startsWith('<?', pos)) skipPast('?>', 'processing instruction');
    else if (src.startsWith('<![CDATA[', pos)) {
      const start = pos + 9;
      skipPast(']]>', 'CDATA section');
      yield { kind: 'cdata', text: src.slice(start, pos - 3), line };
    } else if (/^<!doctype/i.test(src.slice(pos, pos + 9))) {
      const close = src.indexOf('>', pos);
      const bracket = src.indexOf('[', pos);
      if (bracket !== -1 && (close === -1 || bracket < close)) {
        fail('a DOCTYPE with an internal subset (entity declarations) is refused: entities are never expanded');
      }
      if (opts.doctype === 'refuse') fail('a DOCTYPE is not allowed here');
      if (close === -1) fail('unterminated DOCTYPE');
      pos = close + 1; // External DTDs are ignored, never fetched.
    } else if (src.startsWith('<!', pos)) {
      fail('unknown markup declaration');
    } else if (src.startsWith('</', pos)) {
      pos += 2;
      const tag = name();
      skipSpace();
      if (src[pos] !== '>') fail(`expected ">" to end </${tag}>`);
      pos += 1;
      yield { kind: 'close', name: tag, line };
    } else {
      pos += 1;
      const tag = name();
      const attrs: Array<[string, string]> = [];
      for (;;) {
        const hadSpace = skipSpace();
        if (src.startsWith('/>', pos) || src[pos] === '>') break;
        if (pos >= src.length) fail(`<${tag}> is never closed`);
        if (!hadSpace) fail(`expected whitespace before an attribute in <${tag}>`);
        const attr = name();
        skipSpace();
        if (src[pos] !== '=') fail(`attribute ${attr} of <${tag}> has no value`);
        pos += 1;
        skipSpace();
        const quote = src[pos];
        if (quote !== '"' && quote !== "'") fail(`attribute ${attr} of <${tag}> is not quoted`);
        const end = src.indexOf(quote as string, pos + 1);
        if (end === -1) fail(`attribute ${attr} of <${tag}> is never closed`);
        const raw = src.slice(pos + 1, end);
        if (raw.includes('<')) fail(`"<" inside attribute ${attr} of <${tag}>`);
        if (attrs.some(([n]) => n === attr)) fail(`attribute ${attr} appears twice in <${tag}>`);
        // Attribute-value normalisation (XML 1.0 §3.3.3): literal tabs and line breaks read as spaces.
        attrs.push([attr, decode(raw.replace(/[\t\n\r]/g, ' '), pos)]);
        pos = end + 1;
      }
      const selfClosing = src.startsWith('/>', pos);
      pos += selfClosing ? 2 : 1;
      yield { kind: 'open', name: tag, attrs, selfClosing, line };
    }
  }
}

function decodeXmlEntities(
  text: string,
  bare: 'keep' | 'refuse',
  at: number,
  fail: (reason: string, at: number) => never,
): string {
  if (!text.includes('&')) return text;
  return text.replace(/&([^;\s&<]{0,32});?/g, (whole, ref: string) => {
    if (!whole.endsWith(';') || ref === '') {
      if (bare === 'keep') return whole;
      return fail('a bare "&" (write &amp;)', at);
    }
    if (ref.startsWith('#')) {
      const hex = ref[1] === 'x' || ref[1] === 'X';
      const digits = ref.slice(hex ? 2 : 1);
      const code =
        /^[0-9a-fA-F]+$/.test(digits) && (hex || /^\d+$/.test(digits)) ? parseInt(digits, hex ? 16 : 10) : NaN;
      if (!Number.isInteger(code) || code < 1 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
        return fail(`bad character reference &${ref};`, at);
      }
      return String.fromCodePoint(code);
    }
    const value = PREDEFINED[ref];
    if (value === undefined) return fail(`undefined entity &${ref};`, at);
    return value;
  });
}

/** Escapes character data for re-serialisation. */
export const escapeXmlText = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Escapes an attribute value for a double-quoted re-serialisation. */
export const escapeXmlAttr = (s: string): string => escapeXmlText(s).replace(/"/g, '&quot;');
