import type { CliCommand } from '../command';
import { CliError } from '../command';
import { findProjectRoot } from '../paths';
import { parsePort } from './serve';

export const startCommand: CliCommand = {
  path: ['start'],
  summary: 'Start the desktop app (or, without an Electron binary, the browser host)',
  usage: '[--port <n>] [--no-open]',
  options: { port: { type: 'string' }, 'no-open': { type: 'boolean' } },
  async run({ values, env, libraryDir }) {
    const port = parsePort(values.port);
    const projectRoot = findProjectRoot();
    if (!projectRoot) throw new CliError('Cannot find the Coursewright project folder (package.json).');
    const { startApp } = await import('../../launcher/start-app');
    await startApp({
      projectRoot,
      libraryDir,
      env,
      openBrowser: values['no-open'] !== true,
      ...(port !== undefined ? { port } : {}),
    });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  },
};
