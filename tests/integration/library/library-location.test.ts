import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultUserDataDir, resolveLibraryDir } from '../../../main/library/library-location';
import { resolveResourcesDir } from '../../../main/library/resources-dir';
import { openTempLibrary, tempDir } from './helpers';

describe('library location', () => {
  const defaultDir = '/home/u/.config/Coursewright';

  it('uses --library over COURSEWRIGHT_LIBRARY over the default, resolving relative paths against cwd', () => {
    const env = { COURSEWRIGHT_LIBRARY: '/env/lib' };
    expect(resolveLibraryDir({ argv: [], env: {}, defaultDir })).toBe(defaultDir);
    expect(resolveLibraryDir({ argv: [], env, defaultDir })).toBe('/env/lib');
    expect(resolveLibraryDir({ argv: ['serve', '--library', '/arg/lib'], env, defaultDir })).toBe('/arg/lib');
    expect(resolveLibraryDir({ argv: ['--library=/eq/lib', 'courses', 'list'], env, defaultDir })).toBe('/eq/lib');
    expect(resolveLibraryDir({ argv: ['--library', 'rel/lib'], env: {}, defaultDir })).toBe(path.resolve('rel/lib'));
    expect(resolveLibraryDir({ argv: [], env: { COURSEWRIGHT_LIBRARY: 'relenv' }, defaultDir })).toBe(
      path.resolve('relenv'),
    );
    // Empty or missing values do not count.
    expect(resolveLibraryDir({ argv: ['--library'], env, defaultDir })).toBe('/env/lib');
    expect(resolveLibraryDir({ argv: ['--library='], env: { COURSEWRIGHT_LIBRARY: ' ' }, defaultDir })).toBe(
      defaultDir,
    );
    expect(resolveLibraryDir({ argv: ['--', '--library', '/after/dashdash'], env: {}, defaultDir })).toBe(defaultDir);
  });

  it('mirrors Electron userData per platform', () => {
    expect(defaultUserDataDir('linux', {}, '/home/ann')).toBe('/home/ann/.config/Coursewright');
    expect(defaultUserDataDir('linux', { XDG_CONFIG_HOME: '/xdg' }, '/home/ann')).toBe('/xdg/Coursewright');
    expect(defaultUserDataDir('darwin', {}, '/Users/ann')).toBe('/Users/ann/Library/Application Support/Coursewright');
    expect(defaultUserDataDir('win32', { APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' }, 'C:\\Users\\ann')).toBe(
      'C:\\Users\\ann\\AppData\\Roaming\\Coursewright',
    );
  });

  it('creates the library folder where it is pointed', async () => {
    const dir = path.join(tempDir(), 'nested', 'deeper', 'lib');
    const lib = await openTempLibrary({ dir });
    expect(lib.info().path).toBe(dir);
    expect(fs.existsSync(path.join(dir, 'library.sqlite'))).toBe(true);
    expect(fs.statSync(path.join(dir, 'media')).isDirectory()).toBe(true);
  });
});

describe('resources folder', () => {
  it('is found from source, honours the override and a packaged resources path', () => {
    const repoResources = path.resolve('resources');
    expect(resolveResourcesDir(undefined, {})).toBe(repoResources);
    expect(resolveResourcesDir(undefined, { COURSEWRIGHT_RESOURCES: '/opt/cw/res' })).toBe('/opt/cw/res');

    const packaged = tempDir('cw-packaged-');
    fs.mkdirSync(path.join(packaged, 'resources', 'sample'), { recursive: true });
    fs.writeFileSync(path.join(packaged, 'resources', 'sample', 'README.md'), '#');
    expect(resolveResourcesDir(packaged, {})).toBe(path.join(packaged, 'resources'));
  });
});
