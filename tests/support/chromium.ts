import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { chromium } from 'playwright-core';

/** Flags every test and benchmark launches Chromium with (headless, offline-friendly, no background traffic). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The one command that gets a browser the tests can use, printed when none is found. */
export const INSTALL_CHROMIUM = 'npx playwright install chromium';

interface ChromiumLookup {
  env?: NodeJS.ProcessEnv;
  /** Resolves a command name on PATH; returns null when absent. */
  which?: (name: string) => string | null;
  /** Where Playwright keeps its own downloaded Chromium (may not exist). */
  playwrightPath?: () => string;
  exists?: (file: string) => boolean;
}

function whichOnPath(name: string): string | null {
  try {
    const out = execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return out === '' ? null : out;
  } catch {
    return null;
  }
}

/**
 * Finds the Chromium the tests drive: `CHROMIUM_PATH`, then the system's `chromium`, then Playwright's own
 * browser. Throws at once, naming the install command, when there is none — a missing browser must not look like
 * 48 timed-out tests.
 */
export function findChromium(lookup: ChromiumLookup = {}): string {
  const env = lookup.env ?? process.env;
  const exists = lookup.exists ?? ((file: string) => fs.existsSync(file));
  const which = lookup.which ?? whichOnPath;
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!exists(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  for (const name of ['chromium', 'chromium-browser']) {
    const found = which(name);
    if (found !== null && exists(found)) return found;
  }
  let own: string | null = null;
  try {
    own = (lookup.playwrightPath ?? (() => chromium.executablePath()))();
  } catch {
    own = null;
  }
  if (own !== null && own !== '' && exists(own)) return own;
  throw new Error(
    `No Chromium found (looked at CHROMIUM_PATH, \`chromium\` on PATH and Playwright's own browser). Install one with:\n  ${INSTALL_CHROMIUM}`,
  );
}
