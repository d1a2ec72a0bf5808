import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExportStore } from '../../../renderer/src/export/export-store';
import { MASTERY_SCORE_TEXT, SCORM12_STATUS_TEXT } from '../../../renderer/src/export/scorm12-reporting';
import { SCORM12_STATUS_MAPPINGS } from '../../../shared';
import { createInProcessApi, type InProcessApi } from '../../support/in-process-api';

// The export dialog's SCORM 1.2 reporting choices, against the real router and library.
describe('export dialog: SCORM 1.2 reporting settings', () => {
  let env: InProcessApi;
  let courseId: string;
  beforeAll(async () => {
    env = await createInProcessApi();
    const list = await env.api.invoke('courses.list', {});
    if (!list.ok) throw new Error(list.error.message);
    courseId = list.value.find((c) => c.isSample)!.id;
  });
  afterAll(async () => env.close());

  it('loads the course choice, stores a new one in the course, and explains every option', async () => {
    const store = createExportStore(env.api, { courseId, courseTitle: 'Sample' });
    await store.getState().init();
    expect(store.getState().reporting).toEqual({
      scorm12Status: 'passed-failed',
      scorm12MasteryScore: false,
      passingScore: 80,
    });
    await store.getState().setReporting({ scorm12Status: 'completed-incomplete', scorm12MasteryScore: true });
    const tree = await env.api.invoke('courses.get', { courseId });
    if (!tree.ok) throw new Error(tree.error.message);
    expect(tree.value.settings).toMatchObject({ scorm12Status: 'completed-incomplete', scorm12MasteryScore: true });
    expect(tree.value.settings.passingScore).toBe(80); // a partial patch changes nothing else
    for (const m of SCORM12_STATUS_MAPPINGS) expect(SCORM12_STATUS_TEXT[m].explanation.length).toBeGreaterThan(40);
    expect(MASTERY_SCORE_TEXT).toContain('adlcp:masteryscore');
  });
});
