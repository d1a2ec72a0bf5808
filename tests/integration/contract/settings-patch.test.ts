import { afterEach, describe, expect, it } from 'vitest';
import { createInProcessApi, type InProcessApi } from '../../support/in-process-api';

/**
 * Through the real router: a settings patch changes only what it names. (zod applies defaults even inside
 * `.partial()`, so a patch schema built that way silently reset every other setting.)
 */
describe('courses.update settings patch', () => {
  let env: InProcessApi | undefined;
  afterEach(async () => {
    await env?.close();
    env = undefined;
  });

  it('keeps every setting the patch does not name, including nested groups', async () => {
    env = await createInProcessApi({ seedSample: false });
    const created = await env.api.invoke('courses.create', { title: 'Patch me' });
    if (!created.ok) throw new Error(created.error.message);
    const courseId = created.value.id;
    const first = await env.api.invoke('courses.update', {
      courseId,
      patch: {
        settings: {
          passingScore: 55,
          completion: { rule: 'passed', viewedPercent: 60 },
          theme: { brandColor: '#123456' },
        },
      },
    });
    expect(first.ok).toBe(true);

    const second = await env.api.invoke('courses.update', { courseId, patch: { settings: { navigation: 'linear' } } });
    if (!second.ok) throw new Error(second.error.message);
    expect(second.value.settings).toMatchObject({
      navigation: 'linear',
      passingScore: 55,
      completion: { rule: 'passed', viewedPercent: 60 },
      theme: { brandColor: '#123456', fontFamily: 'system' },
    });

    const third = await env.api.invoke('courses.update', {
      courseId,
      patch: { settings: { completion: { viewedPercent: 75 } } },
    });
    if (!third.ok) throw new Error(third.error.message);
    expect(third.value.settings.completion).toEqual({ rule: 'passed', viewedPercent: 75 });
    expect(third.value.settings.passingScore).toBe(55);
  });

  it('still refuses invalid values with VALIDATION', async () => {
    env = await createInProcessApi({ seedSample: false });
    const created = await env.api.invoke('courses.create', { title: 'Strict' });
    if (!created.ok) throw new Error(created.error.message);
    const r = await env.api.invoke('courses.update', {
      courseId: created.value.id,
      patch: { settings: { completion: { viewedPercent: 0 } } },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('VALIDATION');
  });
});
