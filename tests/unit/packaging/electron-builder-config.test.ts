// Packaging cannot run here (no Electron binary, downloads blocked), so this pins electron-builder.yml instead:
// it must pass electron-builder's own schema, keep the security fuses, and name only files that exist or that
// the build produces.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(__dirname, '../../..');
const config = parse(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<string, unknown>;

// app-builder-lib and minimatch come with electron-builder; resolve them from it so hoisting does not matter.
const fromBuilder = createRequire(createRequire(path.join(root, 'package.json')).resolve('electron-builder'));
const fromAppBuilder = createRequire(fromBuilder.resolve('app-builder-lib'));
const { validateConfiguration } = fromBuilder('app-builder-lib/out/util/config/config') as {
  validateConfiguration: (
    cfg: unknown,
    logger: { isEnabled: boolean; add(k: string, v: unknown): void },
  ) => Promise<void>;
};
const { minimatch } = fromAppBuilder('minimatch') as { minimatch: (p: string, pattern: string, o?: object) => boolean };

function section(name: string): Record<string, unknown> {
  const value = config[name];
  expect(value, `electron-builder.yml: ${name}`).toBeTypeOf('object');
  return value as Record<string, unknown>;
}

/** electron-builder's file-set semantics: later patterns win, `!` excludes. */
function inFileSet(file: string, patterns: readonly string[]): boolean {
  let included = false;
  for (const pattern of patterns) {
    const negated = pattern.startsWith('!');
    if (minimatch(file, negated ? pattern.slice(1) : pattern, { dot: true })) included = !negated;
  }
  return included;
}

const packaged = (file: string) => inFileSet(file, config.files as string[]);

/** The Node bundles esbuild.config.mjs writes: `<outdir>/<entry name><ext>` → source entry. */
function esbuildOutputs(): Map<string, string> {
  const text = fs.readFileSync(path.join(root, 'esbuild.config.mjs'), 'utf8');
  const outputs = new Map<string, string>();
  // Each target: `entryPoints: { name: 'source', 'other-name': 'source', … }, outdir: '…', outExtension: { '.js': '…' }`.
  const target = /entryPoints:\s*\{([^}]*)\},\s*outdir:\s*'([^']+)',\s*outExtension:\s*\{\s*'\.js':\s*'([^']+)'\s*\}/g;
  for (const m of text.matchAll(target)) {
    for (const e of m[1]!.matchAll(/'?([\w-]+)'?:\s*'([^']+)'/g)) outputs.set(`${m[2]}/${e[1]}${m[3]}`, e[2]!);
  }
  return outputs;
}

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own configuration schema', async () => {
    await expect(validateConfiguration(config, { isEnabled: false, add: () => undefined })).resolves.toBeUndefined();
  });

  it('is rejected by that schema when a fuse name is misspelt (the check has teeth)', async () => {
    const broken = { ...config, electronFuses: { ...section('electronFuses'), runAsnode: false } };
    await expect(validateConfiguration(broken, { isEnabled: false, add: () => undefined })).rejects.toThrow(
      /electronFuses/,
    );
  });

  it('names the app and its folders', () => {
    expect(config.appId).toBe('org.coursewright.app');
    expect(config.productName).toBe('Coursewright');
    expect(config.directories).toEqual({ output: 'dist', buildResources: 'resources' });
  });

  it('builds AppImage + deb, nsis and dmg', () => {
    expect(section('linux').target).toEqual(['AppImage', 'deb']);
    expect(section('linux').category).toBe('Education');
    expect(section('win').target).toEqual(['nsis']);
    expect(section('mac').target).toEqual(['dmg']);
  });

  it('keeps the security fuses', () => {
    expect(section('electronFuses')).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
    });
  });

  it('packs into an asar with native modules and ffmpeg unpacked, rebuilding natives for Electron', () => {
    expect(config.asar).toBe(true);
    const unpack = config.asarUnpack as string[];
    const unpacked = (file: string) => unpack.some((pattern) => minimatch(file, pattern, { dot: true }));
    expect(unpacked('node_modules/better-sqlite3/build/Release/better_sqlite3.node')).toBe(true);
    expect(unpacked('node_modules/some-addon/build/Release/addon.node')).toBe(true);
    expect(unpacked('node_modules/ffmpeg-static/ffmpeg')).toBe(true);
    expect(unpacked('out/main/index.cjs')).toBe(false);
    expect(config.npmRebuild).toBe(true);
  });

  it('ships the build output and package.json, without source maps or tests', () => {
    expect(packaged('out/main/index.cjs')).toBe(true);
    expect(packaged('out/preload/index.cjs')).toBe(true);
    expect(packaged('out/renderer/index.html')).toBe(true);
    expect(packaged('package.json')).toBe(true);
    expect(packaged('out/main/index.cjs.map')).toBe(false);
    expect(packaged('out/renderer/assets/index-abc.js.map')).toBe(false);
    expect(packaged('main/electron/main.ts')).toBe(false);
    expect(packaged('tests/unit/packaging/electron-builder-config.test.ts')).toBe(false);
  });

  it('associates .cwcourse files with the app', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({
        ext: 'cwcourse',
        name: 'Coursewright course',
        mimeType: 'application/x-coursewright-course',
      }),
    ]);
  });

  it('names only icons and folders that exist', () => {
    const resources = path.join(root, (config.directories as { buildResources: string }).buildResources);
    expect(fs.statSync(resources).isDirectory()).toBe(true);
    for (const file of ['icon.svg', 'icon.png']) expect(fs.existsSync(path.join(resources, file)), file).toBe(true);
    const linuxIcons = path.join(root, section('linux').icon as string);
    for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) {
      const icon = path.join(linuxIcons, `${size}x${size}.png`);
      expect(fs.existsSync(icon), icon).toBe(true);
      // PNG signature, then the IHDR width/height must match the file name.
      const head = fs.readFileSync(icon).subarray(0, 24);
      expect(head.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([head.readUInt32BE(16), head.readUInt32BE(20)]).toEqual([size, size]);
    }
    for (const platform of ['win', 'mac']) {
      const icon = section(platform).icon as string;
      expect(fs.existsSync(path.join(root, icon)), `${platform}.icon ${icon}`).toBe(true);
    }
  });

  it('ships the sample course media where the resources lookup finds it', () => {
    const extra = config.extraResources as { from: string; to: string; filter?: string[] }[];
    const sample = extra.find((e) => e.from === 'resources/sample');
    expect(sample?.to).toBe('resources/sample');
    // main/library/resources-dir.ts recognises the folder by sample/README.md.
    expect(fs.existsSync(path.join(root, 'resources', 'sample', 'README.md'))).toBe(true);
    expect(inFileSet('README.md', sample?.filter ?? ['**/*'])).toBe(true);
    expect(inFileSet('welcome.mp4', sample?.filter ?? ['**/*'])).toBe(true);
    expect(inFileSet('generate.sh', sample?.filter ?? ['**/*'])).toBe(false);
    for (const entry of extra) expect(fs.existsSync(path.join(root, entry.from)), entry.from).toBe(true);
  });

  it('points at the entry points the build produces', () => {
    const outputs = esbuildOutputs();
    const main = pkg.main as string;
    expect(main).toBe('out/main/index.cjs');
    expect((config.extraMetadata as { main?: string } | undefined)?.main ?? main).toBe(main);
    expect(outputs.get(main)).toBe('main/electron/main.ts');
    expect(outputs.has('out/preload/index.cjs')).toBe(true);
    expect(outputs.get((pkg.bin as Record<string, string>).coursewright!)).toBe('main/cli/coursewright.ts');
    const vite = fs.readFileSync(path.join(root, 'vite.config.ts'), 'utf8');
    expect(vite).toMatch(/outDir:\s*'\.\.\/out\/renderer'/);
    for (const source of outputs.values()) expect(fs.existsSync(path.join(root, source)), source).toBe(true);
  });
});

describe('package.json for packaging', () => {
  it('keeps electron and electron-builder out of the runtime dependencies', () => {
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies']) {
      const deps = (pkg[field] ?? {}) as Record<string, string>;
      expect(deps.electron, `${field}.electron`).toBeUndefined();
      expect(deps['electron-builder'], `${field}.electron-builder`).toBeUndefined();
    }
    const dev = pkg.devDependencies as Record<string, string>;
    expect(dev.electron).toMatch(/^\d+\.\d+\.\d+$/);
    expect(dev['electron-builder']).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('keeps ffmpeg-static optional, so npm ci survives a failed binary download', () => {
    expect((pkg.optionalDependencies as Record<string, string>)['ffmpeg-static']).toBeDefined();
    expect((pkg.dependencies as Record<string, string>)['ffmpeg-static']).toBeUndefined();
  });

  it('never rebuilds native modules for Electron at install time', () => {
    const scripts = pkg.scripts as Record<string, string>;
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) {
      expect(scripts[hook] ?? '', hook).not.toMatch(/electron-builder|electron-rebuild|install-app-deps/);
    }
  });
});
