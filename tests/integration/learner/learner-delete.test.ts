import { afterEach, describe, expect, it } from 'vitest';
import { createInProcessApi, type InProcessApi } from '../../support/in-process-api';

let app: InProcessApi | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

describe('deleting a learner', () => {
  it('removes the learner and their attempts; an unknown id is NOT_FOUND and changes nothing', async () => {
    app = await createInProcessApi();
    const { api } = app;
    const ada = await api.invoke('learners.create', { name: 'Ada' });
    const bob = await api.invoke('learners.create', { name: 'Bob' });
    if (!ada.ok || !bob.ok) throw new Error('create failed');
    const items = await api.invoke('learn.list', { learnerId: ada.value.id });
    if (!items.ok) throw new Error(items.error.message);
    const course = items.value[0]!;
    const started = await api.invoke('attempts.start', {
      learnerId: ada.value.id,
      kind: course.kind,
      itemId: course.id,
    });
    expect(started.ok).toBe(true);

    const deleted = await api.invoke('learners.delete', { learnerId: ada.value.id });
    expect(deleted).toEqual({ ok: true, value: { deleted: true } });
    const left = await api.invoke('learners.list', {});
    expect(left.ok && left.value.map((l) => l.name)).toEqual(['Bob']);
    const records = await api.invoke('records.export', { format: 'csv' });
    expect(records.ok && records.value.content).not.toContain('Ada');

    const again = await api.invoke('learners.delete', { learnerId: ada.value.id });
    expect(again.ok ? null : again.error.code).toBe('NOT_FOUND');
  });
});
