import { assertNever } from '../../shared/assert-never';

/**
 * HTTP `Range: bytes=...` parsing for media (RFC 9110 §14). Shared by the Electron media:// protocol
 * and the browser host. Only single ranges are honoured: a multi-range or malformed header is ignored
 * (the whole file is served with 200), which RFC 9110 allows and every media element handles.
 */
type RangeRequest =
  | { readonly kind: 'none' }
  | { readonly kind: 'range'; readonly start: number; readonly end: number } // inclusive end
  | { readonly kind: 'unsatisfiable' };

const NONE: RangeRequest = { kind: 'none' };
const UNSATISFIABLE: RangeRequest = { kind: 'unsatisfiable' };
const SPEC = /^(\d*)-(\d*)$/;

export function parseRange(header: string | null | undefined, size: number): RangeRequest {
  if (header == null) return NONE;
  const match = /^\s*bytes\s*=\s*(.*)$/i.exec(header);
  if (!match) return NONE; // unknown unit: ignore
  const specs = (match[1] ?? '').split(',').map((s) => s.trim());
  if (specs.length !== 1) return NONE;
  const spec = SPEC.exec(specs[0] ?? '');
  if (!spec) return NONE;
  const [, first = '', last = ''] = spec;
  if (first === '' && last === '') return NONE;

  if (first === '') {
    // Suffix range: the last N bytes.
    const length = toInt(last);
    if (length === null) return NONE;
    if (length === 0 || size === 0) return UNSATISFIABLE;
    return { kind: 'range', start: Math.max(0, size - length), end: size - 1 };
  }
  const start = toInt(first);
  if (start === null) return NONE;
  if (last === '') {
    return start >= size ? UNSATISFIABLE : { kind: 'range', start, end: size - 1 };
  }
  const end = toInt(last);
  if (end === null || end < start) return NONE; // invalid syntax per RFC: ignore the header
  if (start >= size) return UNSATISFIABLE;
  return { kind: 'range', start, end: Math.min(end, size - 1) };
}

/** Digits only (checked by the regex); refuses numbers too large to be exact. */
function toInt(digits: string): number | null {
  if (digits.length > 15) return null;
  const n = Number(digits);
  return Number.isSafeInteger(n) ? n : null;
}

interface MediaResponsePlan {
  readonly status: 200 | 206 | 416;
  readonly headers: Record<string, string>;
  /** Inclusive byte range to send; absent for 416 (no body) and empty files. */
  readonly range?: { readonly start: number; readonly end: number };
}

/** Status, headers and byte range for serving a file of `size` bytes given the request's Range header. */
export function planMediaResponse(opts: {
  size: number;
  mime: string;
  rangeHeader?: string | null;
}): MediaResponsePlan {
  const { size, mime } = opts;
  const base = { 'Accept-Ranges': 'bytes', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' };
  const range = parseRange(opts.rangeHeader, size);
  switch (range.kind) {
    case 'unsatisfiable':
      return { status: 416, headers: { ...base, 'Content-Range': `bytes */${size}`, 'Content-Length': '0' } };
    case 'range':
      return {
        status: 206,
        headers: {
          ...base,
          'Content-Type': mime,
          'Content-Length': String(range.end - range.start + 1),
          'Content-Range': `bytes ${range.start}-${range.end}/${size}`,
        },
        range: { start: range.start, end: range.end },
      };
    case 'none':
      return {
        status: 200,
        headers: { ...base, 'Content-Type': mime, 'Content-Length': String(size) },
        ...(size > 0 ? { range: { start: 0, end: size - 1 } } : {}),
      };
    default:
      return assertNever(range, 'range');
  }
}
