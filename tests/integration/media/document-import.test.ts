import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMedia, tempDir } from './media-test-kit';

/** Documents for attachment blocks: stored as they are (kind other), never probed or transcoded; empty ones refused. */
const src = tempDir('doc-src');
const libDir = tempDir('doc-lib');
let ctx: Awaited<ReturnType<typeof openMedia>>;

beforeAll(async () => {
  fs.copyFileSync(path.resolve('resources/sample/support-plan-worksheet.pdf'), path.join(src, 'worksheet.pdf'));
  fs.writeFileSync(path.join(src, 'scores.csv'), 'name,score\nAda,10\n');
  // A .docx is a zip container: typed by its extension.
  fs.writeFileSync(path.join(src, 'notes.docx'), Buffer.from('PK\u0003\u0004 not really a document'));
  fs.writeFileSync(path.join(src, 'empty.txt'), '');
  ctx = await openMedia(libDir);
  await ctx.media.start();
});

afterAll(async () => {
  await ctx?.media.close();
  ctx?.library.close();
  fs.rmSync(src, { recursive: true, force: true });
  fs.rmSync(libDir, { recursive: true, force: true });
});

describe('document import', () => {
  it('stores PDF, CSV and DOCX files as "other" assets with their types and no jobs', async () => {
    const results = await ctx.media.importMedia(
      ['worksheet.pdf', 'scores.csv', 'notes.docx'].map((n) => path.join(src, n)),
    );
    expect(results.map((r) => r.error)).toEqual([null, null, null]);
    expect(results.map((r) => r.asset?.kind)).toEqual(['other', 'other', 'other']);
    expect(results.map((r) => r.asset?.mime)).toEqual([
      'application/pdf',
      'text/csv',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ]);
    expect(results.flatMap((r) => r.jobs)).toEqual([]);
    const pdf = results[0]!.asset!;
    expect(ctx.library.assetFile(pdf.id)?.size).toBe(fs.statSync(path.join(src, 'worksheet.pdf')).size);
    expect(ctx.media.listMedia().find((m) => m.id === pdf.id)).toMatchObject({ fileName: 'worksheet.pdf' });
  });

  it('refuses an empty document, naming it', async () => {
    const [result] = await ctx.media.importMedia([path.join(src, 'empty.txt')]);
    expect(result?.asset).toBeNull();
    expect(result?.error).toMatchObject({ code: 'MEDIA', message: expect.stringContaining('empty.txt') });
  });
});
