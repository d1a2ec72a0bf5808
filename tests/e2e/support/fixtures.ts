import { test as base, expect } from '@playwright/test';
import { startHost, type RunningHost } from './host';

/** `host`: a fresh `coursewright serve` on a fresh temp library for each test. */
export const test = base.extend<{ host: RunningHost }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
  host: async ({}, use) => {
    const host = await startHost();
    await use(host);
    await host.stop();
  },
});

export { expect };
