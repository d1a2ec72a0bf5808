import { AppError } from '../../shared';

/**
 * Strict allow-list SVG sanitizer. Why not DOMPurify + jsdom: jsdom is ~20 MB of dependencies for one
 * file type, and DOMPurify's safety depends on the DOM it runs on. This pass tokenizes the XML itself,
 * keeps only known-safe elements and attributes, and re-serializes everything it keeps with escaping,
 * so the output contains nothing it did not understand. Anything it cannot parse is refused (fail closed):
 * DOCTYPE/ENTITY (XXE, entity bombs), unknown entities, unbalanced tags.
 */
const SHAPES =
  'svg g defs symbol use path rect circle ellipse line polyline polygon text tspan textPath title desc image';
const PAINT = 'linearGradient radialGradient stop clipPath mask pattern marker';
const FILTERS =
  'filter feBlend feColorMatrix feComponentTransfer feComposite feFlood feGaussianBlur feMerge feMergeNode ' +
  'feMorphology feOffset feFuncA feFuncR feFuncG feFuncB feDropShadow';
const ELEMENTS = new Set(`${SHAPES} ${PAINT} ${FILTERS}`.split(' '));

const ATTRS = new Set(
  (
    'id class style transform viewBox preserveAspectRatio width height x y x1 y1 x2 y2 cx cy r rx ry d points ' +
    'fill fill-opacity fill-rule stroke stroke-width stroke-opacity stroke-linecap stroke-linejoin stroke-dasharray ' +
    'stroke-dashoffset stroke-miterlimit opacity color display visibility clip-path clip-rule mask filter ' +
    'font-family font-size font-weight font-style text-anchor dominant-baseline letter-spacing dx dy rotate ' +
    'gradientUnits gradientTransform spreadMethod offset stop-color stop-opacity fx fy fr patternUnits ' +
    'patternContentUnits patternTransform clipPathUnits maskUnits maskContentUnits markerWidth markerHeight refX ' +
    'refY orient markerUnits marker-start marker-mid marker-end filterUnits primitiveUnits in in2 result mode ' +
    'values type stdDeviation operator k1 k2 k3 k4 dur flood-color flood-opacity tableValues slope intercept ' +
    'amplitude exponent radius xmlns xmlns:xlink version href xlink:href vector-effect shape-rendering ' +
    'text-rendering paint-order lengthAdjust textLength startOffset role aria-label aria-hidden focusable'
  ).split(' '),
);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function sanitizeSvg(source: string, fileName = 'the SVG'): string {
  const fail = (why: string) =>
    new AppError('MEDIA', `${fileName} is not a safe, well-formed SVG image: ${why}.`, {
      reason: 'not-media',
      file: fileName,
    });
  if (/<!DOCTYPE|<!ENTITY/i.test(source)) throw fail('it declares a DOCTYPE or entities');
  const out: string[] = [];
  const stack: { name: string; kept: boolean }[] = [];
  const dropping = () => stack.some((s) => !s.kept);
  let i = 0;
  let sawRoot = false;
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    const text = source.slice(i, lt < 0 ? source.length : lt);
    if (text && stack.length && !dropping()) out.push(escapeText(decode(text, fail)));
    if (lt < 0) break;
    if (source.startsWith('<?', lt)) i = after(source, '?>', lt, fail);
    else if (source.startsWith('<!--', lt)) i = after(source, '-->', lt, fail);
    else if (source.startsWith('<![CDATA[', lt)) {
      const end = after(source, ']]>', lt, fail);
      if (stack.length && !dropping()) out.push(escapeText(source.slice(lt + 9, end - 3)));
      i = end;
    } else if (source.startsWith('</', lt)) {
      const m = /^<\/([A-Za-z][\w:.-]*)\s*>/.exec(source.slice(lt));
      const top = stack.pop();
      if (!m || !top || top.name !== m[1]) throw fail(`unbalanced closing tag near character ${lt}`);
      if (top.kept && !dropping()) out.push(`</${top.name}>`);
      i = lt + m[0].length;
    } else {
      const m = /^<([A-Za-z][\w:.-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(source.slice(lt));
      if (!m) throw fail(`cannot read the tag near character ${lt}`);
      const name = m[1] ?? '';
      if (!sawRoot) {
        if (name !== 'svg') throw fail('its root element is not <svg>');
        sawRoot = true;
      } else if (!stack.length) throw fail('it has content after the root element');
      const kept = ELEMENTS.has(name) && !dropping();
      if (kept) out.push(`<${name}${attributes(name, m[2] ?? '', fail)}${m[3] ? '/' : ''}>`);
      if (!m[3]) stack.push({ name, kept: ELEMENTS.has(name) });
      i = lt + m[0].length;
    }
  }
  if (!sawRoot || stack.length)
    throw fail(sawRoot ? 'it ends before all its tags are closed' : 'it has no <svg> element');
  return out.join('');
}

function attributes(element: string, raw: string, fail: (why: string) => AppError): string {
  let kept = '';
  for (const m of raw.matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = m[1] ?? '';
    const value = decode(m[2] ?? m[3] ?? '', fail);
    if (!ATTRS.has(name) || !safeValue(element, name, value)) continue;
    kept += ` ${name}="${escapeAttr(value)}"`;
  }
  return kept;
}

/** Links may only point inside the document (or, for <image>, be an embedded raster picture). */
function safeValue(element: string, name: string, value: string): boolean {
  // Whitespace and control characters are dropped first: browsers ignore them inside "java\tscript:".
  const compact = [...value]
    .filter((ch) => ch.charCodeAt(0) > 0x20)
    .join('')
    .toLowerCase();
  if (name === 'href' || name === 'xlink:href') {
    return compact.startsWith('#') || (element === 'image' && /^data:image\/(png|jpeg|gif|webp);base64,/.test(compact));
  }
  if (name === 'xmlns') return value === 'http://www.w3.org/2000/svg';
  if (name === 'xmlns:xlink') return value === 'http://www.w3.org/1999/xlink';
  // CSS escapes hide functions and schemes from the checks below (`u\72l(` is `url(`), and no drawing needs one.
  if (compact.includes('\\')) return false;
  if (/javascript:|expression\(|@import|behavior:|-moz-binding/.test(compact)) return false;
  // image-set() and src() load resources from plain strings, without url().
  if (/image-set\(|(?:^|[^a-z0-9_-])src\(/.test(compact)) return false;
  // url(...) is allowed only for in-document references such as fill="url(#gradient)".
  return !/url\((?!['"]?#)/.test(compact);
}

function decode(text: string, fail: (why: string) => AppError): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);|&/g, (whole, ent: string | undefined) => {
    if (!ent) throw fail('it has a bare "&"');
    if (ent.startsWith('#x')) return String.fromCodePoint(Number.parseInt(ent.slice(2), 16));
    if (ent.startsWith('#')) return String.fromCodePoint(Number.parseInt(ent.slice(1), 10));
    const known = ENTITIES[ent];
    if (known === undefined) throw fail(`it uses the unknown entity ${whole}`);
    return known;
  });
}

function after(source: string, marker: string, from: number, fail: (why: string) => AppError): number {
  const at = source.indexOf(marker, from);
  if (at < 0) throw fail(`an unterminated section starts at character ${from}`);
  return at + marker.length;
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');
