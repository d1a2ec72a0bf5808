import type { Page } from '@playwright/test';
import type {} from '../../../renderer/lms-stand-in/hook';
import type { ApiCall } from '../../../renderer/lms-stand-in/runtime';
import type { StoredAttempt } from '../../../renderer/lms-stand-in/persistence';

/** Reads the stand-in page's test hook (`window.__lmsStandIn`). */
interface HookSnapshot {
  calls: ApiCall[];
  values: Record<string, string>;
  stored: StoredAttempt | null;
  restored: StoredAttempt | null;
}

export async function readHook(page: Page): Promise<HookSnapshot> {
  return page.evaluate(() => {
    const hook = window.__lmsStandIn;
    if (!hook) throw new Error('The stand-in page has not started (no window.__lmsStandIn).');
    return { calls: hook.calls, values: hook.values, stored: hook.stored(), restored: hook.restored };
  });
}

export async function waitForHook(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__lmsStandIn !== undefined);
}

export function countCalls(calls: ApiCall[], kind: ApiCall['kind']): number {
  return calls.filter((c) => c.kind === kind).length;
}
