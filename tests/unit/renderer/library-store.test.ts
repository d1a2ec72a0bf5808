import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppErrorShape } from '../../../shared';
import { createAppStores } from '../../../renderer/src/stores/app-stores';
import { createLibraryStore } from '../../../renderer/src/stores/library-store';
import { createInProcessApi, type InProcessApi } from '../../support/in-process-api';

const SAMPLE_TITLE = 'Asynchronous Learning 101';

describe('library store (real router + SQLite library)', () => {
  let env: InProcessApi;
  beforeEach(async () => {
    env = await createInProcessApi();
  });
  afterEach(async () => {
    await env.close();
  });

  it('loads a fresh library with the sample course first', async () => {
    const store = createLibraryStore(env.api);
    expect(store.getState().status).toBe('idle');
    const loading = store.getState().load();
    expect(store.getState().status).toBe('loading');
    await loading;
    const { status, courses, error } = store.getState();
    expect(status).toBe('ready');
    expect(error).toBeNull();
    expect(courses[0]?.title).toBe(SAMPLE_TITLE);
    expect(courses[0]?.isSample).toBe(true);
    expect(courses[0]?.lessonCount).toBeGreaterThan(0);
  });

  it('creates, renames, duplicates and deletes, with state updated when each action resolves', async () => {
    const store = createLibraryStore(env.api);
    await store.getState().load();
    const before = store.getState().courses.length;

    const created = await store.getState().createCourse('Onboarding basics');
    expect(created?.title).toBe('Onboarding basics');
    expect(store.getState().courses.map((c) => c.title)).toContain('Onboarding basics');
    expect(store.getState().courses).toHaveLength(before + 1);

    expect(await store.getState().renameCourse(created!.id, 'Onboarding, revised')).toBe(true);
    const renamed = store.getState().courses.find((c) => c.id === created!.id);
    expect(renamed?.title).toBe('Onboarding, revised');

    const copy = await store.getState().duplicateCourse(created!.id);
    expect(copy).not.toBeNull();
    expect(copy!.id).not.toBe(created!.id);
    expect(store.getState().courses.map((c) => c.id)).toContain(copy!.id);
    expect(store.getState().courses).toHaveLength(before + 2);

    expect(await store.getState().deleteCourse(created!.id)).toBe(true);
    expect(store.getState().courses.map((c) => c.id)).not.toContain(created!.id);
    expect(store.getState().courses).toHaveLength(before + 1);
    expect(store.getState().pendingWrites).toBe(0);
    expect(store.getState().error).toBeNull();
  });

  it('surfaces a validation error from the router and leaves the list unchanged', async () => {
    const onError = vi.fn<(e: AppErrorShape) => void>();
    const store = createLibraryStore(env.api, { onError });
    await store.getState().load();
    const titles = store.getState().courses.map((c) => c.title);

    expect(await store.getState().createCourse('   ')).toBeNull();
    expect(store.getState().error?.code).toBe('VALIDATION');
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0].code).toBe('VALIDATION');
    expect(store.getState().courses.map((c) => c.title)).toEqual(titles);

    // The next success clears the error.
    expect(await store.getState().createCourse('Valid title')).not.toBeNull();
    expect(store.getState().error).toBeNull();
  });

  it('surfaces NOT_FOUND when deleting a course that no longer exists', async () => {
    const store = createLibraryStore(env.api);
    await store.getState().load();
    const created = await store.getState().createCourse('Short-lived');
    expect(await store.getState().deleteCourse(created!.id)).toBe(true);
    expect(await store.getState().deleteCourse(created!.id)).toBe(false);
    expect(store.getState().error?.code).toBe('NOT_FOUND');
    expect(store.getState().error?.message).toMatch(/\S/);
  });

  it('refreshes on library.changed when another window writes', async () => {
    const stores = createAppStores(env.api);
    await stores.library.getState().load();
    const before = stores.library.getState().courses.length;
    // Another window (same library, different API user) creates a course.
    const result = await env.api.invoke('courses.create', { title: 'Made elsewhere' });
    expect(result.ok).toBe(true);
    await vi.waitFor(() => expect(stores.library.getState().courses).toHaveLength(before + 1));
    expect(stores.library.getState().courses.map((c) => c.title)).toContain('Made elsewhere');
    stores.dispose();
  });

  it('routes store errors into the app-wide notice region', async () => {
    const stores = createAppStores(env.api);
    await stores.library.getState().renameCourse('00000000-0000-4000-8000-000000000000', 'Nope');
    const notices = stores.notices.getState().notices;
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ kind: 'error', code: 'NOT_FOUND' });
    stores.notices.getState().dismiss(notices[0]!.id);
    expect(stores.notices.getState().notices).toHaveLength(0);
    stores.dispose();
  });
});
