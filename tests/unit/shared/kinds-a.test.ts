import { describe, expect, it } from 'vitest';
import {
  BLOCK_KINDS,
  blockSchema,
  blockWithNewIds,
  EMBED_SANDBOX,
  isEmbedUrl,
  remapBlockAssets,
} from '../../../shared';

const id = '00000000-0000-4000-8000-000000000001';
const asset = '00000000-0000-4000-8000-0000000000aa';
const ok = (b: unknown) => blockSchema.safeParse(b).success;
const newId = (() => {
  let n = 100;
  return () => `00000000-0000-4000-8000-000000000${n++}`;
})();

describe('continue block', () => {
  it('is a labelled button, optionally waiting for the blocks above; created valid', () => {
    expect(blockSchema.parse({ id, type: 'continue' })).toEqual({
      id,
      type: 'continue',
      label: 'Continue',
      requireComplete: false,
    });
    expect(ok({ id, type: 'continue', label: '  ' })).toBe(false);
    expect(ok({ id, type: 'continue', label: 'x'.repeat(61) })).toBe(false);
    expect(ok({ id, ...BLOCK_KINDS.continue.create(newId) })).toBe(true);
  });

  it('keeps one bit for resume (pressed) and adds nothing to search or reading time', () => {
    const block = blockSchema.parse({ id, type: 'continue', label: 'Go on' });
    expect(BLOCK_KINDS.continue.stateMax?.(block as never)).toBe(1);
    expect(BLOCK_KINDS.continue.text(block as never)).toBe('');
    expect(BLOCK_KINDS.continue.guidance(block as never)).toEqual([]);
    expect(BLOCK_KINDS.continue.label).toBe('Continue');
    expect(BLOCK_KINDS.continue.wellFormed({ type: 'continue', label: 3 })).toBe(false);
  });
});

describe('attachment block', () => {
  const make = (extra: object = {}) =>
    blockSchema.parse({ id, type: 'attachment', assetId: asset, fileName: 'sheet.pdf', ...extra });

  it('names its file without folders or reserved characters', () => {
    expect(make()).toMatchObject({ title: '', description: '', fileName: 'sheet.pdf' });
    for (const bad of ['../sheet.pdf', 'a/b.pdf', 'a\\b.pdf', 'c:x.pdf', 'a\nb.pdf', 'x'.repeat(201)])
      expect(ok({ id, type: 'attachment', assetId: asset, fileName: bad }), bad).toBe(false);
    expect(ok({ id, ...BLOCK_KINDS.attachment.create(newId) })).toBe(true);
  });

  it('reports and remaps its asset so archives and exports package the file', () => {
    const block = make({ title: 'Worksheet', description: 'Print it.' });
    expect(BLOCK_KINDS.attachment.assetIds(block as never)).toEqual([asset]);
    const other = '00000000-0000-4000-8000-0000000000bb';
    expect(remapBlockAssets(block, new Map([[asset, other]]))).toMatchObject({ assetId: other });
    expect(BLOCK_KINDS.attachment.text(block as never)).toBe('Worksheet\nsheet.pdf\nPrint it.');
  });

  it('warns about an attachment without a file', () => {
    const empty = blockSchema.parse({ id, type: 'attachment', assetId: null });
    const findings = BLOCK_KINDS.attachment.guidance(empty as never);
    expect(findings.map((f) => f.code)).toEqual(['attachment-missing-file']);
    expect(findings[0]!.message('Lesson 1')).toContain('Lesson 1');
    expect(BLOCK_KINDS.attachment.guidance(make() as never)).toEqual([]);
  });
});

describe('embed block', () => {
  const make = (extra: object = {}) =>
    blockSchema.parse({
      id,
      type: 'embed',
      url: 'https://example.org/x?y=1#z',
      title: 'Tool',
      fallback: 'Off',
      ...extra,
    });

  it('frames https addresses only', () => {
    for (const good of ['https://example.org', 'https://a.b.example:8443/p?q=1#h', 'https://example.org/embed/x'])
      expect(isEmbedUrl(good), good).toBe(true);
    for (const bad of [
      'http://example.org',
      'javascript:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      'https://user:pw@example.org/',
      'https://exa mple.org',
      'https://example.org/"onload="x',
      '//example.org',
    ])
      expect(isEmbedUrl(bad), bad).toBe(false);
    expect(ok({ id, type: 'embed', url: 'http://example.org' })).toBe(false);
    expect(make()).toMatchObject({ url: 'https://example.org/x?y=1#z' });
    // An address not pasted yet is allowed while editing (the checklist asks for one).
    expect(blockSchema.parse({ id, type: 'embed' })).toMatchObject({ url: '', aspect: '16:9', height: 480 });
    expect(ok({ id, type: 'embed', aspect: 'fixed', height: 50 })).toBe(false);
    expect(ok({ id, ...BLOCK_KINDS.embed.create(newId) })).toBe(true);
  });

  it('sandboxes without top navigation', () => {
    expect(EMBED_SANDBOX.split(' ').sort()).toEqual(
      ['allow-forms', 'allow-popups', 'allow-same-origin', 'allow-scripts'].sort(),
    );
    expect(EMBED_SANDBOX).not.toContain('top-navigation');
  });

  it('asks for an address, a title for screen readers and an offline text', () => {
    const codes = (b: unknown) => BLOCK_KINDS.embed.guidance(b as never).map((f) => f.code);
    expect(codes(make())).toEqual([]);
    expect(codes(make({ title: '' }))).toEqual(['embed-missing-title']);
    expect(codes(make({ fallback: ' ' }))).toEqual(['embed-missing-fallback']);
    expect(codes(blockSchema.parse({ id, type: 'embed' }))).toEqual([
      'embed-missing-url',
      'embed-missing-title',
      'embed-missing-fallback',
    ]);
    expect(BLOCK_KINDS.embed.engaging).toBe(true);
    expect(blockWithNewIds(make(), newId).id).not.toBe(id);
  });
});
