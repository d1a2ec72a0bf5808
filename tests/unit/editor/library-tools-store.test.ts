import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLibraryStore } from '../../../renderer/src/stores/library-store';
import { createLibraryToolsStore } from '../../../renderer/src/screens/library/library-tools-store';
import { snippetParts } from '../../../renderer/src/screens/library/library-search';
import { createInProcessApi, type InProcessApi } from '../../support/in-process-api';

describe('library tools store (real router + SQLite library)', () => {
  let env: InProcessApi;
  let out: string;
  beforeEach(async () => {
    // The desktop's Save dialog, as the author accepting the place the store suggests.
    env = await createInProcessApi({
      desktop: {
        showItemInFolder: () => Promise.resolve({ shown: false }),
        chooseSavePath: ({ defaultPath }) => Promise.resolve(defaultPath),
      },
    });
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-archive-'));
  });
  afterEach(async () => {
    await env.close();
    fs.rmSync(out, { recursive: true, force: true });
  });

  const setup = async () => {
    const errors: string[] = [];
    const library = createLibraryStore(env.api);
    await library.getState().load();
    const tools = createLibraryToolsStore(env.api, library, (e) => errors.push(e.code));
    return { library, tools, errors };
  };

  it('searches course text and drops the answer of an older query', async () => {
    const { tools } = await setup();
    const older = tools.getState().search('zzzznotfound');
    const newer = tools.getState().search('learning');
    await Promise.all([older, newer]);
    const hits = tools.getState().hits!;
    expect(hits.length).toBeGreaterThan(0);
    expect(
      hits.every((h) => h.snippet.toLowerCase().includes('learning') || h.title.toLowerCase().includes('learning')),
    ).toBe(true);
    tools.getState().clearSearch();
    expect(tools.getState().hits).toBeNull();
  });

  it('creates from the sample, deletes to the trash, restores and purges', async () => {
    const { library, tools } = await setup();
    const sample = library.getState().courses.find((c) => c.isSample)!;
    const copy = (await tools.getState().createFromSample(sample.id, 'My copy'))!;
    expect(library.getState().courses.map((c) => c.title)).toContain('My copy');
    expect(await library.getState().deleteCourse(copy.id)).toBe(true);
    await tools.getState().loadTrash();
    expect(tools.getState().trash!.map((c) => c.id)).toEqual([copy.id]);
    await tools.getState().restore(copy.id);
    expect(tools.getState().trash).toEqual([]);
    expect(library.getState().courses.map((c) => c.id)).toContain(copy.id);
    await library.getState().deleteCourse(copy.id);
    await tools.getState().loadTrash();
    expect(await tools.getState().purge(copy.id)).toBe(true);
    expect(tools.getState().trash).toEqual([]);
  });

  it('exports a .cwcourse and imports it back as a second course; a bad archive changes nothing', async () => {
    const { library, tools, errors } = await setup();
    const sample = library.getState().courses.find((c) => c.isSample)!;
    const file = path.join(out, 'sample.cwcourse');
    const done = await tools.getState().exportArchive(sample.id, file);
    expect(done!.bytes).toBeGreaterThan(0);
    expect(fs.existsSync(file)).toBe(true);
    const before = library.getState().courses.length;
    const imported = await tools.getState().importArchive(file);
    expect(imported!.id).not.toBe(sample.id);
    expect(library.getState().courses).toHaveLength(before + 1);
    const bad = path.join(out, 'bad.cwcourse');
    fs.writeFileSync(bad, 'not a zip');
    expect(await tools.getState().importArchive(bad)).toBeNull();
    expect(errors.length).toBe(1);
    expect(library.getState().courses).toHaveLength(before + 1);
  });
});

describe('snippetParts', () => {
  it('splits «» markers into highlighted parts', () => {
    expect(snippetParts('a «b» c «d»')).toEqual([
      { text: 'a ', match: false },
      { text: 'b', match: true },
      { text: ' c ', match: false },
      { text: 'd', match: true },
    ]);
    expect(snippetParts('plain')).toEqual([{ text: 'plain', match: false }]);
  });
});
