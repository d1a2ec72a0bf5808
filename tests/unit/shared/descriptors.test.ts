import * as lucide from 'lucide-react';
import { describe, expect, it } from 'vitest';
import {
  BLOCK_KINDS,
  BLOCK_RUNTIME,
  BLOCK_TYPES,
  blockSchema,
  blockWithNewIds,
  EXPORT_FORMAT_REGISTRY,
  EXPORT_FORMATS,
  exportFormatSchema,
  newBlockSchema,
  PACKAGE_TARGETS,
  QUESTION_KIND_REGISTRY,
  QUESTION_KINDS,
  QUESTION_RUNTIME,
  questionSchema,
  remapBlockAssets,
  type Block,
  type BlockType,
} from '../../../shared';
import { QUESTION_WORST_LENGTH } from '../../../shared/core/question-runtime';
import { MANIFEST_BUILDERS } from '../../../main/export/format-parts';
import { BLOCK_VIEWS } from '../../../renderer/player/ui/block-views';
import { EDITOR_PARTS } from '../../../renderer/src/editor/blocks/block-editor';
import { QUESTION_FIELDS } from '../../../renderer/src/editor/blocks/question-kind-fields';
import { QUESTION_INPUTS } from '../../../renderer/player/ui/question-inputs';

let n = 0;
const newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const pascal = (kebab: string) => kebab.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase());
const schemaKinds = blockSchema.options.map((o) => o.shape.type.value);
/** Every id inside a value (block id, choice ids, panel ids…), found structurally. */
const idsIn = (v: unknown): string[] =>
  Array.isArray(v)
    ? v.flatMap(idsIn)
    : v && typeof v === 'object'
      ? Object.entries(v).flatMap(([k, x]) => (k === 'id' && typeof x === 'string' ? [x] : idsIn(x)))
      : [];

describe('block kind descriptors', () => {
  it('list exactly the kinds of the schema union, each under its own kind', () => {
    expect([...BLOCK_TYPES].sort()).toEqual([...schemaKinds].sort());
    expect(Object.keys(BLOCK_KINDS).sort()).toEqual([...schemaKinds].sort());
    for (const kind of BLOCK_TYPES) expect(BLOCK_KINDS[kind].kind).toBe(kind);
  });

  it('give every kind a label, a hint and a Lucide icon that exists', () => {
    const labels = new Set<string>();
    for (const kind of BLOCK_TYPES) {
      const d = BLOCK_KINDS[kind];
      expect(d.label.trim(), kind).not.toBe('');
      expect(d.hint.trim(), kind).not.toBe('');
      expect(lucide[pascal(d.icon) as keyof typeof lucide], `${kind}: icon ${d.icon}`).toBeDefined();
      labels.add(d.label);
    }
    expect(labels.size).toBe(BLOCK_TYPES.length);
  });

  it('give every kind a player view and an editor part', () => {
    for (const kind of BLOCK_TYPES) {
      expect(typeof BLOCK_VIEWS[kind], kind).toBe('function');
      expect(typeof EDITOR_PARTS[kind], kind).toBe('function');
    }
    expect(Object.keys(BLOCK_VIEWS).sort()).toEqual([...BLOCK_TYPES].sort());
    expect(Object.keys(EDITOR_PARTS).sort()).toEqual([...BLOCK_TYPES].sort());
  });

  it.each(BLOCK_TYPES)('%s: creates a valid block and renews every id inside a copy', (kind: BlockType) => {
    const d = BLOCK_KINDS[kind];
    const fresh = d.create(newId);
    expect(newBlockSchema.safeParse(fresh).success).toBe(true);
    const block = blockSchema.parse({ ...fresh, id: newId() }) as Block;
    const copy = blockWithNewIds(block, newId);
    expect(blockSchema.safeParse(copy).success).toBe(true);
    const before = new Set(idsIn(block));
    for (const id of idsIn(copy)) expect(before.has(id)).toBe(false);
    expect(idsIn(copy)).toHaveLength(idsIn(block).length);
  });

  it.each(BLOCK_TYPES)('%s: has text, timing, assets, guidance and a structural check', (kind: BlockType) => {
    const d = BLOCK_KINDS[kind];
    const block = blockSchema.parse({ ...d.create(newId), id: newId() }) as Block;
    const of = BLOCK_KINDS[block.type] as (typeof BLOCK_KINDS)[BlockType];
    expect(typeof of.text(block as never)).toBe('string');
    expect(typeof of.timing(block as never).readingText).toBe('string');
    expect(Array.isArray(of.assetIds(block as never))).toBe(true);
    expect(Array.isArray(of.guidance(block as never))).toBe(true);
    expect(of.wellFormed(block as unknown as Record<string, unknown>)).toBe(true);
    expect(remapBlockAssets(block, new Map())).toEqual(block);
  });

  it.each(BLOCK_TYPES)('%s: the descriptor spreads its runtime half (what the player bundles instead)', (kind) => {
    // A kind that declared its structural check or resume state only in its authoring descriptor would lose them
    // in the player, which reads BLOCK_RUNTIME.
    expect(BLOCK_KINDS[kind].wellFormed).toBe(BLOCK_RUNTIME[kind].wellFormed);
    expect(BLOCK_KINDS[kind].stateMax).toBe(BLOCK_RUNTIME[kind].stateMax);
  });

  it('media kinds report and remap their asset references', () => {
    const video = blockSchema.parse({
      ...BLOCK_KINDS.video.create(newId),
      id: newId(),
      assetId: newId(),
      posterAssetId: newId(),
      captions: [{ assetId: newId(), language: 'en', label: 'English' }],
    }) as Block;
    const refs = BLOCK_KINDS.video.assetIds(video as never);
    expect(refs).toHaveLength(3);
    const map = new Map(refs.map((r) => [r, newId()]));
    expect(BLOCK_KINDS.video.assetIds(remapBlockAssets(video, map) as never)).toEqual(refs.map((r) => map.get(r)));
  });
});

describe('question kind descriptors', () => {
  it('list exactly the kinds of the question schema union', () => {
    expect(Object.keys(QUESTION_KIND_REGISTRY).sort()).toEqual([...QUESTION_KINDS].sort());
  });

  it('give every kind its learner logic, a player input and editor fields', () => {
    const parts = ['create', 'freshIds', 'text', 'correctAnswer', 'complete', 'grade', 'interaction', 'arity'] as const;
    for (const kind of QUESTION_KINDS) {
      const d = QUESTION_KIND_REGISTRY[kind];
      for (const part of [...parts, 'encode', 'decode'] as const)
        expect(typeof d[part], `${kind}.${part}`).toBe('function');
      expect(typeof QUESTION_WORST_LENGTH[kind], `${kind} worst length`).toBe('function');
      expect(typeof QUESTION_INPUTS[kind], kind).toBe('function');
      expect(typeof QUESTION_FIELDS[kind], kind).toBe('function');
    }
    expect(Object.keys(QUESTION_INPUTS).sort()).toEqual([...QUESTION_KINDS].sort());
    expect(Object.keys(QUESTION_FIELDS).sort()).toEqual([...QUESTION_KINDS].sort());
  });

  it.each(QUESTION_KINDS)('%s: the descriptor spreads its runtime half (what the player bundles instead)', (kind) => {
    const d = QUESTION_KIND_REGISTRY[kind] as unknown as Record<string, unknown>;
    const r = QUESTION_RUNTIME[kind] as unknown as Record<string, unknown>;
    expect(Object.keys(r).length).toBeGreaterThan(0);
    for (const part of Object.keys(r)) expect(d[part], `${kind}.${part}`).toBe(r[part]);
    // Learner logic declared only in the authoring descriptor would be missing from the player.
    const learnerParts = ['ungraded', 'correctAnswer', 'initialResponse', 'complete', 'grade', 'interaction'] as const;
    for (const part of [...learnerParts, 'arity', 'encode', 'decode']) expect(d[part], `${kind}.${part}`).toBe(r[part]);
  });

  it.each(QUESTION_KINDS)('%s: creates a valid question with fresh, consistent ids', (kind) => {
    const d = QUESTION_KIND_REGISTRY[kind];
    expect(d.kind).toBe(kind);
    expect(d.label.trim()).not.toBe('');
    expect(lucide[pascal(d.icon) as keyof typeof lucide], d.icon).toBeDefined();
    const q = d.create(newId, 'Why?');
    expect(questionSchema.safeParse(q).success).toBe(true);
    const copy = d.freshIds(q as never, newId);
    expect(questionSchema.safeParse(copy).success).toBe(true);
    const before = new Set(idsIn(q));
    for (const id of idsIn(copy)) expect(before.has(id)).toBe(false);
  });
});

describe('export format descriptors', () => {
  it('list exactly the formats of the contract enum, each with its main-side parts', () => {
    expect([...EXPORT_FORMATS].sort()).toEqual([...exportFormatSchema.options].sort());
    expect(Object.keys(EXPORT_FORMAT_REGISTRY).sort()).toEqual([...EXPORT_FORMATS].sort());
    expect(Object.keys(MANIFEST_BUILDERS).sort()).toEqual([...EXPORT_FORMATS].sort());
    for (const f of EXPORT_FORMATS) {
      expect(EXPORT_FORMAT_REGISTRY[f].id).toBe(f);
      expect(EXPORT_FORMAT_REGISTRY[f].suspendDataMax).toBeGreaterThan(0);
    }
    expect(PACKAGE_TARGETS).toEqual([...EXPORT_FORMATS, 'preview']);
  });
});
