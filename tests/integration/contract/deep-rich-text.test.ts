import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { handleWireFrame } from '../../../main/host/wire-handler';
import { MAX_RICH_TEXT_DEPTH } from '../../../shared';
import { readTestZip, writeTestZip } from '../authoring/archive-kit';
import { createInProcessApi, type InProcessApi } from '../../support/in-process-api';
import { value } from '../../support/result-value';

let env: InProcessApi | undefined;
afterEach(async () => {
  await env?.close();
  env = undefined;
});

const ctx = { host: 'browser' } as const;

/** A document whose paragraph sits `levels` blockquotes deep (the audit's reproduction used 1000+). */
function deepDoc(levels: number) {
  let node: unknown = { type: 'paragraph', content: [{ type: 'text', text: 'deep' }] };
  for (let i = 0; i < levels; i++) node = { type: 'blockquote', content: [node] };
  return { type: 'doc', content: [node] };
}

/** Every block kind that carries rich text, as it is sent to blocks.create. */
const richBlocks = (doc: unknown) => [
  { type: 'richText', doc },
  { type: 'callout', variant: 'info', doc },
  { type: 'accordion', items: [{ id: randomUUID(), title: 'One', doc }] },
  {
    type: 'tabs',
    items: [
      { id: randomUUID(), title: 'One', doc },
      { id: randomUUID(), title: 'Two', doc: deepDoc(1) },
    ],
  },
];

async function lessonIn(api: InProcessApi['api']) {
  const course = value(await api.invoke('courses.create', { title: 'Deep' }));
  const mod = value(await api.invoke('modules.create', { courseId: course.id, title: 'M' }));
  const lesson = value(await api.invoke('lessons.create', { moduleId: mod.id, title: 'L' }));
  return { course, lesson };
}

describe('deeply nested rich text', () => {
  it('gets a typed VALIDATION error on every channel taking rich text, and nothing changes', async () => {
    env = await createInProcessApi({ seedSample: false });
    const { api } = env;
    const { course, lesson } = await lessonIn(api);
    for (const block of richBlocks(deepDoc(1000))) {
      const created = await api.invoke('blocks.create', { lessonId: lesson.id, block } as never);
      expect(!created.ok && created.error.code, block.type).toBe('VALIDATION');
      expect(!created.ok && created.error.message).toContain(`nested more than ${MAX_RICH_TEXT_DEPTH} levels`);
    }
    // Deeper than JSON.stringify can write: a hostile client sends the text itself, the host JSON.parses it.
    const levels = 20_000;
    const text = `{"type":"doc","content":[${'{"type":"blockquote","content":['.repeat(levels)}{"type":"paragraph"}${']}'.repeat(levels)}]}`;
    for (const block of richBlocks(JSON.parse(text))) {
      const created = await env.context.router.dispatch('blocks.create', { lessonId: lesson.id, block }, ctx);
      expect(!created.ok && created.error.code, `${block.type} ${levels}`).toBe('VALIDATION');
      expect(!created.ok && created.error.message).toContain('nested more than');
    }
    // Over the browser host's WebSocket: the answer keeps its request id (it was INTERNAL with id null).
    const frame = `{"id":41,"channel":"blocks.create","input":{"lessonId":"${lesson.id}","block":{"type":"richText","doc":${text}}}}`;
    const answer = await handleWireFrame(env.context.router, Buffer.from(frame), false);
    expect(answer.id).toBe(41);
    const result = answer.result as { ok: boolean; error?: { code: string } };
    expect(!result.ok && result.error?.code).toBe('VALIDATION');
    // blocks.update: a valid block of each kind first, then the deep version of it.
    for (const [i, block] of richBlocks(deepDoc(1)).entries()) {
      const existing = value(await api.invoke('blocks.create', { lessonId: lesson.id, block } as never));
      const deep = { ...richBlocks(deepDoc(1000))[i], id: existing.id };
      const updated = await api.invoke('blocks.update', { blockId: existing.id, block: deep } as never);
      expect(!updated.ok && updated.error.code, block.type).toBe('VALIDATION');
      expect(!updated.ok && updated.error.message).toContain('nested more than');
    }
    const tree = value(await api.invoke('courses.get', { courseId: course.id }));
    expect(tree.modules[0]!.lessons[0]!.blocks.map((b) => b.type)).toEqual([
      'richText',
      'callout',
      'accordion',
      'tabs',
    ]);
  });

  it('accepts documents up to the cap', async () => {
    env = await createInProcessApi({ seedSample: false });
    const { lesson } = await lessonIn(env.api);
    // blockquote levels + paragraph + text = MAX_RICH_TEXT_DEPTH
    const block = { type: 'richText', doc: deepDoc(MAX_RICH_TEXT_DEPTH - 2) };
    value(await env.api.invoke('blocks.create', { lessonId: lesson.id, block } as never));
    const over = { type: 'richText', doc: deepDoc(MAX_RICH_TEXT_DEPTH - 1) };
    const refused = await env.api.invoke('blocks.create', { lessonId: lesson.id, block: over } as never);
    expect(!refused.ok && refused.error.code).toBe('VALIDATION');
  });

  it('in a .cwcourse is refused with a typed IMPORT error that names the cause', async () => {
    env = await createInProcessApi({ seedSample: false });
    const { api, dir } = env;
    const { course, lesson } = await lessonIn(api);
    value(
      await api.invoke('blocks.create', { lessonId: lesson.id, block: { type: 'richText', doc: deepDoc(1) } } as never),
    );
    const good = path.join(dir, 'good.cwcourse');
    value(await api.invoke('courses.exportArchive', { courseId: course.id, outPath: good }));

    const entries = await readTestZip(good);
    const json = JSON.parse(entries.find((e) => e.name === 'course.json')!.data.toString('utf8'));
    json.course.modules[0].lessons[0].blocks[0].doc = deepDoc(1000);
    const bad = path.join(dir, 'deep.cwcourse');
    await writeTestZip(bad, [{ name: 'course.json', data: Buffer.from(JSON.stringify(json)) }]);

    const imported = await api.invoke('courses.importArchive', { path: bad });
    expect(!imported.ok && imported.error.code).toBe('IMPORT');
    expect(!imported.ok && imported.error.message).toContain(`nested more than ${MAX_RICH_TEXT_DEPTH} levels`);
    expect(value(await api.invoke('courses.list', {}))).toHaveLength(1);
  });
});
