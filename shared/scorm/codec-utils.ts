/**
 * Small, environment-free encoders for the suspend_data codec (shared/ has no TextEncoder/btoa).
 * Output alphabet is `[A-Za-z0-9_-]`: safe in every LMS, in URLs and in XML.
 */
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B64_INDEX = new Map([...B64].map((c, i) => [c, i] as const));

/** UTF-8 bytes of a string (lone surrogates become U+FFFD, as TextEncoder does). */
export function utf8Encode(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    let cp = ch.codePointAt(0) ?? 0xfffd;
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return out;
}

/** Strict UTF-8 decoding; null on malformed input. */
export function utf8Decode(bytes: number[]): string | null {
  let out = '';
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] ?? 0;
    const len = b < 0x80 ? 1 : b >> 5 === 6 ? 2 : b >> 4 === 14 ? 3 : b >> 3 === 30 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return null;
    let cp = len === 1 ? b : b & (0xff >> (len + 1));
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k] ?? 0;
      if (c >> 6 !== 2) return null;
      cp = (cp << 6) | (c & 63);
    }
    const minimum = [0, 0, 0x80, 0x800, 0x10000][len] ?? 0;
    if (cp < minimum || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
    out += String.fromCodePoint(cp);
    i += len;
  }
  return out;
}

/** Unpadded base64url. */
export function base64UrlEncode(bytes: number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += B64[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

export function base64UrlDecode(text: string): number[] | null {
  if (text.length % 4 === 1) return null;
  const out: number[] = [];
  for (let i = 0; i < text.length; i += 4) {
    const chunk = text.slice(i, i + 4);
    let n = 0;
    for (let k = 0; k < 4; k++) {
      const v = k < chunk.length ? B64_INDEX.get(chunk[k] ?? '') : 0;
      if (v === undefined) return null;
      n = (n << 6) | v;
    }
    const bytes = chunk.length - 1;
    for (let k = 0; k < bytes; k++) out.push((n >> (16 - 8 * k)) & 255);
  }
  return out;
}

/** Byte-length bound of base64url output. */
export const base64UrlLength = (byteCount: number): number => Math.ceil((byteCount * 4) / 3);

/** A bit set as base64url, 6 bits per character. */
export function bitsEncode(bits: boolean[]): string {
  let out = '';
  for (let i = 0; i < bits.length; i += 6) {
    let v = 0;
    for (let k = 0; k < 6; k++) if (bits[i + k]) v |= 1 << k;
    out += B64[v];
  }
  return out;
}

export function bitsDecode(text: string, count: number): boolean[] | null {
  if (text.length !== Math.ceil(count / 6)) return null;
  const bits: boolean[] = [];
  for (let i = 0; i < count; i++) {
    const v = B64_INDEX.get(text[Math.floor(i / 6)] ?? '');
    if (v === undefined) return null;
    bits.push((v & (1 << (i % 6))) !== 0);
  }
  return bits;
}

/** 32-bit FNV-1a, for the course fingerprint. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}
