import { AppError, assertNever } from '../../shared';
import { escapeXmlAttr, escapeXmlText, tokenizeXml, XmlTokenError } from '../xml/xml-tokenizer';

/**
 * Strict allow-list SVG sanitizer. Why not DOMPurify + jsdom: jsdom is ~20 MB of dependencies for one
 * file type, and DOMPurify's safety depends on the DOM it runs on. This pass reads the XML with the shared
 * tokenizer (main/xml/xml-tokenizer.ts, also used for package manifests),
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
export function sanitizeSvg(source: string, fileName = 'the SVG'): string {
  const fail = (why: string) =>
    new AppError('MEDIA', `${fileName} is not a safe, well-formed SVG image: ${why}.`, {
      reason: 'not-media',
      file: fileName,
    });
  // Anywhere, even inside a comment: nothing an image needs, and a sign of XXE or entity-bomb attempts.
  if (/<!DOCTYPE|<!ENTITY/i.test(source)) throw fail('it declares a DOCTYPE or entities');
  const out: string[] = [];
  const stack: { name: string; kept: boolean }[] = [];
  const dropping = () => stack.some((s) => !s.kept);
  let sawRoot = false;
  try {
    for (const token of tokenizeXml(source, { bareAmpersand: 'refuse', doctype: 'refuse' })) {
      switch (token.kind) {
        case 'text':
        case 'cdata':
          if (stack.length && !dropping()) out.push(escapeXmlText(token.text));
          break;
        case 'close': {
          const top = stack.pop();
          if (!top || top.name !== token.name) throw fail(`unbalanced closing tag on line ${token.line}`);
          if (top.kept && !dropping()) out.push(`</${top.name}>`);
          break;
        }
        case 'open': {
          if (!sawRoot) {
            if (token.name !== 'svg') throw fail('its root element is not <svg>');
            sawRoot = true;
          } else if (!stack.length) throw fail('it has content after the root element');
          const kept = ELEMENTS.has(token.name) && !dropping();
          if (kept) out.push(`<${token.name}${attributes(token.name, token.attrs)}${token.selfClosing ? '/' : ''}>`);
          if (!token.selfClosing) stack.push({ name: token.name, kept: ELEMENTS.has(token.name) });
          break;
        }
        default:
          assertNever(token);
      }
    }
  } catch (e) {
    if (e instanceof XmlTokenError) throw fail(e.message);
    throw e;
  }
  if (!sawRoot || stack.length)
    throw fail(sawRoot ? 'it ends before all its tags are closed' : 'it has no <svg> element');
  return out.join('');
}

function attributes(element: string, attrs: ReadonlyArray<[string, string]>): string {
  let kept = '';
  for (const [name, value] of attrs) {
    if (!ATTRS.has(name) || !safeValue(element, name, value)) continue;
    kept += ` ${name}="${escapeXmlAttr(value)}"`;
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
