import { describe, expect, it } from 'vitest';
import type { CoursewrightApi, Result } from '../../../shared';
import { createElectronTransport } from '../../../renderer/src/api/file-transport';

// Electron moves files by the author's own paths: saving asks the native Save dialog (through the contract's
// `files.chooseSavePath`), with a filter named after the file's kind; cancelling it is CANCELLED, not an error.
function scripted(answer: Result<{ path: string | null }>) {
  const calls: Array<{ channel: string; input: unknown }> = [];
  const api = {
    invoke(channel: string, input: unknown) {
      calls.push({ channel, input });
      return Promise.resolve(answer);
    },
    pathForFile: () => null,
  } as unknown as Pick<CoursewrightApi, 'invoke' | 'pathForFile'>;
  return { transport: createElectronTransport(api), calls };
}

describe('Electron file transport: Save', () => {
  it('asks the Save dialog with the suggestion and a filter for the kind of file', async () => {
    const { transport, calls } = scripted({ ok: true, value: { path: '/home/ana/Desktop/intro.cwcourse' } });
    const target = await transport.saveTarget('intro.cwcourse', '/home/ana/intro.cwcourse');
    expect(calls).toEqual([
      {
        channel: 'files.chooseSavePath',
        input: {
          fileName: 'intro.cwcourse',
          suggestedPath: '/home/ana/intro.cwcourse',
          filter: { name: 'Coursewright course archive', extensions: ['cwcourse'] },
        },
      },
    ]);
    expect(target.ok && target.value.outPath).toBe('/home/ana/Desktop/intro.cwcourse');
  });

  it('answers CANCELLED when the author closes the dialog, and passes host errors through', async () => {
    const cancelled = await scripted({ ok: true, value: { path: null } }).transport.saveTarget('x-scorm12.zip');
    expect(cancelled).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    const refused = await scripted({
      ok: false,
      error: { code: 'VALIDATION', message: 'no dialog' },
    }).transport.saveTarget('records.csv');
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'no dialog' } });
  });

  it('sends no suggestion when there is none, and names unknown kinds by their extension', async () => {
    const { transport, calls } = scripted({ ok: true, value: { path: '/tmp/a.xyz' } });
    await transport.saveTarget('a.xyz', '   ');
    expect(calls[0]?.input).toEqual({ fileName: 'a.xyz', filter: { name: 'XYZ file', extensions: ['xyz'] } });
  });
});
