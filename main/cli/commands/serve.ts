import fs from 'node:fs';
import path from 'node:path';
import type { CliCommand } from '../command';
import { UsageError } from '../command';
import { rendererDir } from '../paths';

/** Parses `--port`: 0 (any free port) to 65535. */
export function parsePort(value: string | boolean | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d{1,5}$/.test(value) || Number(value) > 65535) {
    throw new UsageError(`--port must be a number from 0 to 65535 (got ${String(value)}).`);
  }
  return Number(value);
}

/** Resolves once SIGINT or SIGTERM arrives. */
function waitForStopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export const serveCommand: CliCommand = {
  path: ['serve'],
  summary: 'Serve the app to your browser on 127.0.0.1 (token-protected) until Ctrl+C',
  usage: '[--port <n>]',
  options: { port: { type: 'string' } },
  async run({ values, io, env, libraryDir, withContext }) {
    const port = parsePort(values.port);
    const staticDir = rendererDir(env);
    if (!fs.existsSync(path.join(staticDir, 'index.html'))) {
      io.stderr(`Warning: ${staticDir} has no index.html; run \`npm run build\` to get the app's pages.\n`);
    }
    await withContext(
      async (context) => {
        const { startBrowserHost } = await import('../../host/browser-host');
        const host = await startBrowserHost({ context, staticDir, ...(port !== undefined ? { port } : {}) });
        io.stdout(`Coursewright is running at ${host.url}\n`);
        io.stderr(`Library: ${libraryDir}. Press Ctrl+C to stop.\n`);
        await waitForStopSignal();
        await host.close();
      },
      { host: 'browser' },
    );
    return 0;
  },
};
