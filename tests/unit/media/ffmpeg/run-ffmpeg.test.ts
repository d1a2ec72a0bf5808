import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { ProcessRegistry, type ProcessError } from '../../../../main/media/ffmpeg/run-ffmpeg';

// Plain node children stand in for ffmpeg here: these tests are about process handling, not media.
const node = process.execPath;

describe('ProcessRegistry', () => {
  it('streams stdout lines and resolves on exit 0', async () => {
    const registry = new ProcessRegistry();
    const lines: string[] = [];
    const r = await registry.run(node, ['-e', 'process.stdout.write("a=1\\nb=2\\npartial")'], {
      onStdoutLine: (l) => lines.push(l),
    });
    expect(lines).toEqual(['a=1', 'b=2', 'partial']);
    expect(r.stdout).toBe('');
    expect(registry.size).toBe(0);
  });

  it('rejects with the stderr tail and exit code on failure', async () => {
    const registry = new ProcessRegistry();
    const run = registry.run(node, [
      '-e',
      'console.error("x".repeat(9000)); console.error("Invalid data found"); process.exit(3)',
    ]);
    await expect(run).rejects.toMatchObject({
      exitCode: 3,
      aborted: false,
      message: expect.stringMatching(/status 3: Invalid data found$/),
    });
    const e = (await run.catch((x: unknown) => x)) as ProcessError;
    expect(e.stderrTail.length).toBeLessThanOrEqual(4000);
  });

  it('does not run through a shell (metacharacters are plain arguments)', async () => {
    const registry = new ProcessRegistry();
    const r = await registry.run(node, ['-e', 'process.stdout.write(process.argv[1])', '$(echo hi); rm -rf /nope'], {
      collectStdout: true,
    });
    expect(r.stdout).toBe('$(echo hi); rm -rf /nope');
  });

  it('cancels one child through its signal and stopAll kills the rest', async () => {
    const registry = new ProcessRegistry();
    const forever = ['-e', 'setInterval(() => {}, 1000)'];
    const controller = new AbortController();
    // Each child's 'spawn' event: the processes really run before they are stopped.
    const spawned: Promise<unknown>[] = [];
    const onSpawn = (child: ChildProcess) => spawned.push(once(child, 'spawn'));
    const a = registry.run(node, forever, { signal: controller.signal, onSpawn });
    const b = registry.run(node, forever, { onSpawn });
    const c = registry.run(node, forever, { onSpawn });
    await Promise.all(spawned);
    expect(registry.size).toBe(3);
    controller.abort();
    await expect(a).rejects.toMatchObject({ aborted: true });
    expect(registry.size).toBe(2);
    registry.stopAll();
    await expect(b).rejects.toMatchObject({ aborted: true });
    await expect(c).rejects.toMatchObject({ aborted: true });
    expect(registry.size).toBe(0);
  });

  it('reports a missing binary', async () => {
    await expect(new ProcessRegistry().run('/no/such/ffmpeg', [])).rejects.toThrow(
      /Could not start \/no\/such\/ffmpeg/,
    );
  });
});
