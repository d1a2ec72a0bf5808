import { afterEach, describe, expect, it } from 'vitest';
import { createContextFor, type AppContext } from '../../../main/app/app-context';
import { docFromParagraphs, type Block } from '../../../shared';
import { buildCourse, openTempLibrary } from './helpers';

/**
 * The block save path: the router validates the block once against the contract, the library trusts it. So what
 * the contract refuses never reaches the library, and what it accepts is stored as given and announced once.
 */
let context: AppContext | null = null;
afterEach(async () => {
  await context?.close();
  context = null;
});

describe('blocks.update through the router', () => {
  it('refuses an invalid block with VALIDATION and leaves the stored block as it was', async () => {
    const lib = await openTempLibrary();
    const { course, blocks } = buildCourse(lib, 'Save');
    context = createContextFor({ library: lib, libraryDir: lib.dir, host: 'browser' });
    const events: unknown[] = [];
    context.events.subscribe((e) => events.push(e));
    const heading = blocks[0]!;
    const save = (block: unknown) =>
      context!.router.dispatch('blocks.update', { blockId: heading.id, block }, { host: 'browser' });

    for (const bad of [
      { ...heading, level: 9 },
      { ...heading, text: 42 },
      {
        id: heading.id,
        type: 'richText',
        doc: {
          type: 'doc',
          content: [
            {
              type: 'paragraph',
              content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }],
            },
          ],
        },
      },
    ]) {
      const result = await save(bad);
      expect(!result.ok && result.error.code).toBe('VALIDATION');
    }
    expect(lib.getCourse(course.id).modules[0]!.lessons[0]!.blocks[0]).toEqual(heading);
    expect(events).toEqual([]);

    const ok = await save({ ...heading, text: 'Saved through the router' });
    expect(ok).toEqual({ ok: true, value: { ...heading, text: 'Saved through the router' } });
    expect(lib.getCourse(course.id).modules[0]!.lessons[0]!.blocks[0]).toMatchObject({
      text: 'Saved through the router',
    });
    expect(events).toEqual([
      expect.objectContaining({ event: 'library.changed', payload: { courseId: course.id, reason: 'blocks.update' } }),
    ]);
    expect(lib.search('router').map((h) => h.blockId)).toEqual([heading.id]);
  });

  it('a type change is a CONFLICT from the library', async () => {
    const lib = await openTempLibrary();
    const { blocks } = buildCourse(lib, 'Kinds');
    context = createContextFor({ library: lib, libraryDir: lib.dir, host: 'browser' });
    const block: Block = { id: blocks[0]!.id, type: 'richText', doc: docFromParagraphs('Now rich') };
    const result = await context.router.dispatch('blocks.update', { blockId: block.id, block }, { host: 'browser' });
    expect(!result.ok && result.error.code).toBe('CONFLICT');
  });
});
