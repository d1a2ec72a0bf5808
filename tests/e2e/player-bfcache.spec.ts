import { expect, test } from '@playwright/test';
import { buildSamplePlayerPackage, type PlayerPackage } from './support/player-package';
import { LMS_ORIGIN, readFake, routeStrictLms } from './support/player-strict-lms';
import { cw } from './support/cw-class';

// A page restored from the back/forward cache gets `pagehide` then `pageshow` with `persisted`; the session ended
// at pagehide. The strict LMS (like most) refuses a second Initialize: the learner must be told, never left
// clicking through a course that records nothing. The events are dispatched as the browser fires them on a restore.
let pkg: PlayerPackage;
test.beforeAll(() => {
  pkg = buildSamplePlayerPackage('scorm2004-4th');
});
test.afterAll(() => pkg.cleanup());

test('after a bfcache restore the player tries a new session and, refused, tells the learner to reopen', async ({
  page,
}) => {
  const frame = page.frameLocator('#sco');
  await routeStrictLms(page, pkg.dir, '2004');
  await page.goto(`${LMS_ORIGIN}/lms.html`);
  await expect(frame.locator('#app')).toHaveAttribute('data-state', 'ready');
  await expect(frame.locator(cw('.cw-lms-status'))).toBeEmpty();
  await page.frames()[1]!.evaluate(() => {
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
  });
  await expect(frame.locator(cw('.cw-lms-status'))).toContainText('reopen the course from the LMS');
  const fake = await readFake(page, '2004');
  expect(fake.calls.filter((c) => c[0] === 'Terminate')).toHaveLength(1);
  expect(fake.calls.filter((c) => c[0] === 'Initialize')).toHaveLength(2);
  expect(fake.violations).toEqual(['Initialize called after Terminate']);
  // Nothing is sent after the refused session.
  await frame.getByRole('button', { name: /^Next/ }).click();
  expect((await readFake(page, '2004')).calls.at(-1)?.[0]).toBe('Initialize');
});
