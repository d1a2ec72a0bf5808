import { defineConfig } from '@playwright/test';

import { CHROMIUM_ARGS, findChromium } from './tests/support/chromium';

// End-to-end tests drive a real Chromium (CHROMIUM_PATH, the system's, or Playwright's own) against the browser host.
export { CHROMIUM_ARGS };

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  workers: 2,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: findChromium(),
      args: CHROMIUM_ARGS,
    },
    trace: 'retain-on-failure',
  },
});
