import { mediaKeyFor } from '../../main/host/auth';
import { HOSTILE_COURSE_TITLE, HOSTILE_SVG } from '../fixtures/media/hostile-svg';
import { test, expect } from './support/fixtures';

/**
 * Issue 13 §1, the audit's reproduction: an SVG with a script, uploaded as media, then opened as a page through
 * the host ("open image in new tab"). Its script used to run on the app origin and create a course.
 */
test('a hostile SVG opened in a new tab through the host runs nothing and calls no API', async ({ page, host }) => {
  const auth = { Authorization: `Bearer ${host.token}` };
  await page.goto(host.url);
  await expect(page.getByRole('link', { name: 'Asynchronous Learning 101' })).toBeVisible();

  const upload = await page.request.post(`${host.origin}/api/upload?name=hostile.svg`, {
    data: Buffer.from(HOSTILE_SVG, 'utf8'),
    headers: { ...auth, 'Content-Type': 'application/octet-stream' },
  });
  const result = (await upload.json()) as { ok: boolean; value: { asset: { id: string } | null }[] };
  expect(result.ok).toBe(true);
  const assetId = result.value[0]?.asset?.id;
  expect(assetId).toBeTruthy();

  // Hooks on the whole browser context, set before the tab exists: any script, dialog or API call is seen.
  const signs: string[] = [];
  page.context().on('console', (m) => {
    if (/svg-/.test(m.text())) signs.push(`console: ${m.text()}`);
  });
  page.context().on('dialog', (d) => {
    signs.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  const apiCalls: string[] = [];
  page.context().on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/api/')) apiCalls.push(r.url());
  });
  apiCalls.length = 0;

  // The image's own URL, as the app puts it in <img src>; opened from the app tab, so the new tab starts with a
  // copy of its sessionStorage (the token) — the strongest position for the script.
  const mediaUrl = `${host.origin}/media/${assetId}?key=${mediaKeyFor(host.token)}`;
  const [tab] = await Promise.all([
    page.context().waitForEvent('page'),
    page.evaluate((url) => void window.open(url), mediaUrl),
  ]);
  // An SVG's scripts run while it is parsed, before `load`: by then a script would have logged, alerted and sent
  // its request.
  await tab.waitForLoadState('load');

  // The picture is there (so the page really loaded), the script is not.
  await expect(tab.locator('circle')).toHaveCount(1);
  await expect(tab.locator('script')).toHaveCount(0);
  // Second wall: the media CSP sandbox puts the document on an opaque origin (no storage, no same-origin API).
  expect(await tab.evaluate(() => self.origin)).toBe('null');
  expect(signs).toEqual([]);
  expect(apiCalls.filter((u) => !u.includes('/api/ws'))).toEqual([]);

  const list = await page.request.post(`${host.origin}/api/invoke/courses.list`, { data: {}, headers: auth });
  const courses = ((await list.json()) as { value: { title: string }[] }).value.map((c) => c.title);
  expect(courses).toContain('Asynchronous Learning 101');
  expect(courses).not.toContain(HOSTILE_COURSE_TITLE);
});
