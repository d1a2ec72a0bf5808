import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createAppContext } from '../../../main/app/app-context';
import { tempDir } from '../library/helpers';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/** A PNG whose header says `width`×`height` (RGB, 8 bit), with the first rows of its (blank) picture. */
function png(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const row = Buffer.alloc(1 + width * 3);
  const rows = zlib.deflateSync(Buffer.concat(Array.from({ length: Math.min(height, 50) }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', rows),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('picture size checks', () => {
  it('a 30000×30000 PNG is refused as "too large (30000×30000)", not "0×0 pixels" (ffprobe reports 0×0)', async () => {
    const dir = tempDir('cw-huge-png-');
    const file = path.join(dir, 'poster.png');
    fs.writeFileSync(file, png(30000, 30000));
    const context = await createAppContext({ libraryDir: path.join(dir, 'library'), host: 'cli', seedSample: false });
    try {
      const result = await context.router.dispatch('media.import', { paths: [file] }, { host: 'cli' });
      expect(result.ok).toBe(true);
      const [item] = (result.ok ? result.value : []) as { error: { code: string; message: string } | null }[];
      expect(item?.error?.code).toBe('MEDIA');
      expect(item?.error?.message).toBe(
        'poster.png is too large (30000×30000 pixels); Coursewright accepts pictures from 16 to 8192 pixels on each side.',
      );
      expect(context.library.listAssets()).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
