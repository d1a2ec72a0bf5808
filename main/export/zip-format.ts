/**
 * ZIP records (PKWARE APPNOTE 6.3.x, §4.3): local file header, central directory header, end of
 * central directory, with ZIP64 extensions (§4.3.14–4.3.16, §4.5.3) when sizes, offsets or the entry
 * count exceed the classic fields. Pure byte encoding; the writer does the I/O.
 */
export const METHOD_STORED = 0;
export const METHOD_DEFLATED = 8;

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const MAX32 = 0xffffffff;
const MAX16 = 0xffff;
const FLAG_UTF8 = 0x0800;
/** "Made by" Unix (3), so the external attributes carry a Unix mode. */
const MADE_BY_UNIX = 3 << 8;

/** 2000-01-01 00:00:00 as an MS-DOS date/time: a fixed stamp, the same in every time zone. */
const FIXED_DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;
const FIXED_DOS_TIME = 0;
/** Regular file, rw-r--r--. */
const FILE_ATTRIBUTES = (0o100644 << 16) >>> 0;

export interface ZipRecord {
  name: Buffer;
  method: typeof METHOD_STORED | typeof METHOD_DEFLATED;
  crc: number;
  compressedSize: number;
  size: number;
  /** Offset of the local header in the archive. */
  offset: number;
  /** Local header and central record carry ZIP64 sizes (set before the data is written). */
  zip64Sizes: boolean;
}

const flagsOf = (r: ZipRecord) => (/^[\x20-\x7e]*$/.test(r.name.toString('latin1')) ? 0 : FLAG_UTF8);
const versionOf = (zip64: boolean) => (zip64 ? 45 : 20);

/** Byte offset of the CRC field inside a local header (patched after streaming the data). */
export const LOCAL_CRC_OFFSET = 14;

function localHeaderLength(r: Pick<ZipRecord, 'name' | 'zip64Sizes'>): number {
  return 30 + r.name.length + (r.zip64Sizes ? 20 : 0);
}

export function localHeader(r: ZipRecord): Buffer {
  const b = Buffer.alloc(localHeaderLength(r));
  b.writeUInt32LE(SIG_LOCAL, 0);
  b.writeUInt16LE(versionOf(r.zip64Sizes), 4);
  b.writeUInt16LE(flagsOf(r), 6);
  b.writeUInt16LE(r.method, 8);
  b.writeUInt16LE(FIXED_DOS_TIME, 10);
  b.writeUInt16LE(FIXED_DOS_DATE, 12);
  b.writeUInt32LE(r.crc >>> 0, LOCAL_CRC_OFFSET);
  b.writeUInt32LE(r.zip64Sizes ? MAX32 : r.compressedSize, 18);
  b.writeUInt32LE(r.zip64Sizes ? MAX32 : r.size, 22);
  b.writeUInt16LE(r.name.length, 26);
  b.writeUInt16LE(r.zip64Sizes ? 20 : 0, 28);
  r.name.copy(b, 30);
  if (r.zip64Sizes) {
    const at = 30 + r.name.length;
    b.writeUInt16LE(0x0001, at);
    b.writeUInt16LE(16, at + 2);
    b.writeBigUInt64LE(BigInt(r.size), at + 4);
    b.writeBigUInt64LE(BigInt(r.compressedSize), at + 12);
  }
  return b;
}

export function centralHeader(r: ZipRecord, forceZip64 = false): Buffer {
  const bigOffset = forceZip64 || r.offset >= MAX32;
  const fields: bigint[] = [];
  if (r.zip64Sizes) fields.push(BigInt(r.size), BigInt(r.compressedSize));
  if (bigOffset) fields.push(BigInt(r.offset));
  const extraLength = fields.length ? 4 + 8 * fields.length : 0;
  const zip64 = fields.length > 0;
  const b = Buffer.alloc(46 + r.name.length + extraLength);
  b.writeUInt32LE(SIG_CENTRAL, 0);
  b.writeUInt16LE(MADE_BY_UNIX | versionOf(zip64), 4);
  b.writeUInt16LE(versionOf(zip64), 6);
  b.writeUInt16LE(flagsOf(r), 8);
  b.writeUInt16LE(r.method, 10);
  b.writeUInt16LE(FIXED_DOS_TIME, 12);
  b.writeUInt16LE(FIXED_DOS_DATE, 14);
  b.writeUInt32LE(r.crc >>> 0, 16);
  b.writeUInt32LE(r.zip64Sizes ? MAX32 : r.compressedSize, 20);
  b.writeUInt32LE(r.zip64Sizes ? MAX32 : r.size, 24);
  b.writeUInt16LE(r.name.length, 28);
  b.writeUInt16LE(extraLength, 30);
  // comment length, disk number start, internal attributes: 0
  b.writeUInt32LE(FILE_ATTRIBUTES, 38);
  b.writeUInt32LE(bigOffset ? MAX32 : r.offset, 42);
  r.name.copy(b, 46);
  if (zip64) {
    let at = 46 + r.name.length;
    b.writeUInt16LE(0x0001, at);
    b.writeUInt16LE(8 * fields.length, at + 2);
    at += 4;
    for (const f of fields) {
      b.writeBigUInt64LE(f, at);
      at += 8;
    }
  }
  return b;
}

/** End of central directory, preceded by the ZIP64 record and locator when any field overflows. */
export function endOfCentralDirectory(count: number, cdOffset: number, cdSize: number, forceZip64 = false): Buffer {
  const zip64 = forceZip64 || count >= MAX16 || cdOffset >= MAX32 || cdSize >= MAX32;
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(SIG_EOCD, 0);
  eocd.writeUInt16LE(zip64 ? MAX16 : count, 8);
  eocd.writeUInt16LE(zip64 ? MAX16 : count, 10);
  eocd.writeUInt32LE(zip64 ? MAX32 : cdSize, 12);
  eocd.writeUInt32LE(zip64 ? MAX32 : cdOffset, 16);
  if (!zip64) return eocd;
  const record = Buffer.alloc(56);
  record.writeUInt32LE(SIG_ZIP64_EOCD, 0);
  record.writeBigUInt64LE(44n, 4); // size of the remaining record
  record.writeUInt16LE(MADE_BY_UNIX | 45, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(count), 24);
  record.writeBigUInt64LE(BigInt(count), 32);
  record.writeBigUInt64LE(BigInt(cdSize), 40);
  record.writeBigUInt64LE(BigInt(cdOffset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(SIG_ZIP64_LOCATOR, 0);
  locator.writeBigUInt64LE(BigInt(cdOffset + cdSize), 8);
  locator.writeUInt32LE(1, 16);
  return Buffer.concat([record, locator, eocd]);
}
