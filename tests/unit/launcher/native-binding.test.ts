import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  electronBindingPath,
  ensureElectronNativeBinding,
  nodeGypArgs,
  nodeGypEnv,
  runCommand,
  type RunCommand,
} from '../../../main/launcher/native-binding';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A project with a better-sqlite3 source tree, its Node build, and node-gyp's CLI file. */
function fakeProject(): { root: string; nodeBuild: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-native-'));
  made.push(root);
  const pkg = path.join(root, 'node_modules', 'better-sqlite3');
  fs.mkdirSync(path.join(pkg, 'src'), { recursive: true });
  fs.mkdirSync(path.join(pkg, 'build', 'Release'), { recursive: true });
  fs.writeFileSync(path.join(pkg, 'binding.gyp'), '{}');
  fs.writeFileSync(path.join(pkg, 'src', 'better_sqlite3.cpp'), '// source');
  const nodeBuild = path.join(pkg, 'build', 'Release', 'better_sqlite3.node');
  fs.writeFileSync(nodeBuild, 'NODE-ABI-BUILD');
  fs.mkdirSync(path.join(root, 'node_modules', 'node-gyp', 'bin'), { recursive: true });
  fs.writeFileSync(path.join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'), '');
  return { root, nodeBuild };
}

describe('node-gyp invocation', () => {
  it('targets Electron headers and ABI', () => {
    expect(nodeGypArgs('45.3.4', 'x64')).toEqual([
      'rebuild',
      '--release',
      '--target=45.3.4',
      '--arch=x64',
      '--dist-url=https://electronjs.org/headers',
      '--runtime=electron',
    ]);
  });

  it('drops npm config variables that would override the command line (e.g. nodedir)', () => {
    const env = nodeGypEnv({
      PATH: '/bin',
      npm_config_nodedir: '/usr',
      NPM_CONFIG_TARGET: '20.0.0',
      npm_package_config_node_gyp_runtime: 'node',
      HOME: '/root',
    });
    expect(env).toEqual({ PATH: '/bin', HOME: '/root' });
  });
});

describe('ensureElectronNativeBinding', () => {
  it('builds in a temp copy and installs the result under out/native without touching node_modules', async () => {
    const { root, nodeBuild } = fakeProject();
    const calls: { command: string; args: string[]; cwd: string; env: NodeJS.ProcessEnv }[] = [];
    const run: RunCommand = async (command, args, { cwd, env }) => {
      calls.push({ command, args, cwd, env });
      // The copy has sources but not the Node build.
      expect(fs.existsSync(path.join(cwd, 'src', 'better_sqlite3.cpp'))).toBe(true);
      expect(fs.existsSync(path.join(cwd, 'build'))).toBe(false);
      fs.mkdirSync(path.join(cwd, 'build', 'Release'), { recursive: true });
      fs.writeFileSync(path.join(cwd, 'build', 'Release', 'better_sqlite3.node'), 'ELECTRON-ABI-BUILD');
    };
    const lines: string[] = [];
    const target = await ensureElectronNativeBinding({
      projectRoot: root,
      electronVersion: '45.3.4',
      env: { PATH: '/bin', npm_config_nodedir: '/usr' },
      run,
      log: (l) => lines.push(l),
    });

    expect(target).toBe(path.join(root, 'out', 'native', 'electron-45.3.4', 'better_sqlite3.node'));
    expect(target).toBe(electronBindingPath(root, '45.3.4'));
    expect(fs.readFileSync(target, 'utf8')).toBe('ELECTRON-ABI-BUILD');
    expect(fs.readFileSync(nodeBuild, 'utf8')).toBe('NODE-ABI-BUILD');
    expect(calls).toHaveLength(1);
    const call = calls[0]!;
    expect(call.command).toBe(process.execPath);
    expect(call.args[0]).toBe(path.join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
    expect(call.args).toContain('--runtime=electron');
    expect(call.cwd.startsWith(path.join(root, 'node_modules'))).toBe(false);
    expect(call.env.npm_config_nodedir).toBeUndefined();
    // The temp build folder is removed afterwards.
    expect(fs.existsSync(call.cwd)).toBe(false);
    expect(lines[0]).toMatch(/Building better-sqlite3 for Electron 45\.3\.4/);
  });

  it('skips the build when the binding for that version exists', async () => {
    const { root } = fakeProject();
    const target = electronBindingPath(root, '45.3.4');
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, 'ALREADY');
    let ran = false;
    const result = await ensureElectronNativeBinding({
      projectRoot: root,
      electronVersion: '45.3.4',
      run: async () => {
        ran = true;
      },
    });
    expect(result).toBe(target);
    expect(ran).toBe(false);
  });

  it('leaves no half-installed binding when the build fails', async () => {
    const { root } = fakeProject();
    await expect(
      ensureElectronNativeBinding({
        projectRoot: root,
        electronVersion: '45.3.4',
        run: async () => {
          throw new Error('headers download failed');
        },
        log: () => undefined,
      }),
    ).rejects.toThrow('headers download failed');
    expect(fs.existsSync(path.join(root, 'out', 'native', 'electron-45.3.4'))).toBe(false);
  });

  it('explains when better-sqlite3 is not installed', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-native-empty-'));
    made.push(root);
    await expect(ensureElectronNativeBinding({ projectRoot: root, electronVersion: '45.3.4' })).rejects.toThrow(
      /better-sqlite3 sources not found/,
    );
  });
});

describe('runCommand', () => {
  it('resolves on exit code 0 and runs in the given folder without a shell', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-run-'));
    made.push(dir);
    const script = "require('fs').writeFileSync('marker', process.env.CW_PROBE + ' $HOME')";
    await runCommand(process.execPath, ['-e', script], { cwd: dir, env: { ...process.env, CW_PROBE: 'probe' } });
    // '$HOME' stays literal: no shell expanded it.
    expect(fs.readFileSync(path.join(dir, 'marker'), 'utf8')).toBe('probe $HOME');
  });

  it('rejects with the exit code on failure', async () => {
    await expect(
      runCommand(process.execPath, ['-e', 'process.exit(3)'], { cwd: os.tmpdir(), env: process.env }),
    ).rejects.toThrow('exit code 3');
  });
});
