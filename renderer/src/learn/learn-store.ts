import { createStore, type StoreApi } from 'zustand/vanilla';
import type {
  AppErrorShape,
  AttemptLaunch,
  ChannelOutput,
  Cmi5PackageInfo,
  CmiLaunch,
  CmiTree,
  CoursewrightApi,
  Learner,
  PackageSummaryInfo,
  PlayableItem,
  Result,
} from '../../../shared';
import { callApi, type ErrorSink } from '../stores/call-api';

export interface Cmi5Playing {
  title: string;
  launchUrl: string;
}

/**
 * Learner mode's state and its only way to the API (like the rest of the renderer, screens call actions):
 * learners, what they can play with its progress, imported SCORM and cmi5 packages, and what is playing.
 */
export interface LearnState {
  learners: Learner[];
  learnerId: string | null;
  items: PlayableItem[];
  cmi5Packages: Cmi5PackageInfo[];
  /** The SCORM attempt being played (course or package), or the cmi5 package being played. */
  launch: AttemptLaunch | null;
  cmi5Playing: Cmi5Playing | null;
  /** Bumped whenever attempts may have changed (records views reload on it). */
  version: number;

  load(): Promise<void>;
  selectLearner(learnerId: string): Promise<void>;
  reloadItems(): Promise<void>;
  createLearner(name: string): Promise<boolean>;
  deleteLearner(learnerId: string): Promise<Result<unknown>>;
  deletePackage(packageId: string): Promise<Result<unknown>>;
  importScorm(path: string): Promise<Result<PackageSummaryInfo>>;
  importCmi5(path: string): Promise<Result<Cmi5PackageInfo>>;
  /** After an import by upload (the transport called the channel): reload the lists. */
  imported(): Promise<void>;
  open(item: PlayableItem, action: 'start' | 'review' | 'reset'): Promise<void>;
  closePlayer(): Promise<void>;
  playCmi5(pkg: Cmi5PackageInfo, fresh: boolean): Promise<void>;
  closeCmi5(): void;

  /** The player's needs: where content plays, a library course as a playable build, and the attempt's CMI data. */
  contentBase(): Promise<string | null>;
  /** Builds a library course as its learner export; answers the preview id. */
  previewCourse(courseId: string, format: AttemptLaunch['format']): Promise<string | null>;
  loadCmi(attemptId: string, scoId: string, review: boolean): Promise<CmiLaunch | null>;
  saveCmi(attemptId: string, scoId: string, cmi: CmiTree): Promise<Result<unknown>>;
  /** Records as a file (CSV or xAPI), for a learner or an item, or everything. */
  exportRecords(
    format: 'csv' | 'xapi',
    filter?: { learnerId?: string | undefined; itemId?: string | undefined },
  ): Promise<ChannelOutput<'records.export'> | null>;
  listRecords(itemId?: string): Promise<ChannelOutput<'records.list'> | null>;
}

export function createLearnStore(api: CoursewrightApi, deps: { onError: ErrorSink }): StoreApi<LearnState> {
  const onError = deps.onError;
  return createStore<LearnState>()((set, get) => {
    const listItems = async (learnerId: string | null) => {
      if (!learnerId) return set({ items: [] });
      const items = await callApi(api, 'learn.list', { learnerId }, onError);
      // A newer selection may have replaced this one while the call was out.
      if (items && get().learnerId === learnerId) set((s) => ({ items, version: s.version + 1 }));
    };
    const listCmi5 = async () => {
      // Hosts without cmi5 playing answer an error: the section just stays empty.
      const r = await api.invoke('cmi5.list', {});
      if (r.ok) set({ cmi5Packages: r.value });
    };
    return {
      learners: [],
      learnerId: null,
      items: [],
      cmi5Packages: [],
      launch: null,
      cmi5Playing: null,
      version: 0,

      async load() {
        const learners = await callApi(api, 'learners.list', {}, onError);
        if (!learners) return;
        const learnerId = get().learnerId ?? learners[0]?.id ?? null;
        set({ learners, learnerId });
        await Promise.all([listItems(learnerId), listCmi5()]);
      },
      async selectLearner(learnerId) {
        set({ learnerId });
        await listItems(learnerId);
      },
      reloadItems: () => listItems(get().learnerId),
      async createLearner(name) {
        const learner = await callApi(api, 'learners.create', { name }, onError);
        if (!learner) return false;
        set((s) => ({ learners: [...s.learners, learner], learnerId: learner.id }));
        await listItems(learner.id);
        return true;
      },
      async deleteLearner(learnerId) {
        const r = await api.invoke('learners.delete', { learnerId });
        if (r.ok) {
          const rest = get().learners.filter((l) => l.id !== learnerId);
          set({ learners: rest, learnerId: rest[0]?.id ?? null, items: [] });
          await listItems(get().learnerId);
        }
        return r;
      },
      async deletePackage(packageId) {
        const r = await api.invoke('scorm.delete', { packageId });
        if (r.ok) await listItems(get().learnerId);
        return r;
      },
      async importScorm(path) {
        const r = await api.invoke('scorm.import', { path });
        if (r.ok) await listItems(get().learnerId);
        return r;
      },
      async importCmi5(path) {
        const r = await api.invoke('cmi5.import', { path });
        if (r.ok) await listCmi5();
        return r;
      },
      async imported() {
        await Promise.all([listItems(get().learnerId), listCmi5()]);
      },
      async open(item, action) {
        const learnerId = get().learnerId;
        if (!learnerId) return;
        const ref = { learnerId, kind: item.kind, itemId: item.id };
        const launch =
          action === 'reset'
            ? await callApi(api, 'attempts.reset', ref, onError)
            : await callApi(api, 'attempts.start', { ...ref, mode: action }, onError);
        if (launch) set({ launch });
      },
      async closePlayer() {
        set({ launch: null });
        await listItems(get().learnerId);
      },
      async playCmi5(pkg, fresh) {
        const learnerId = get().learnerId;
        if (!learnerId) return;
        const launched = await callApi(api, 'cmi5.launch', { learnerId, packageId: pkg.id, fresh }, onError);
        if (launched) set({ cmi5Playing: { title: pkg.title, launchUrl: launched.launchUrl } });
      },
      closeCmi5: () => set({ cmi5Playing: null }),

      async contentBase() {
        const info = await callApi(api, 'app.info', {}, onError);
        if (!info) return null;
        if (!info.contentBase) onError(noContentOrigin);
        return info.contentBase ?? null;
      },
      async previewCourse(courseId, format) {
        const built = await callApi(api, 'export.preview', { courseId, format }, onError);
        return built?.previewId ?? null;
      },
      loadCmi: (attemptId, scoId, review) => callApi(api, 'cmi.load', { attemptId, scoId, review }, onError),
      saveCmi: (attemptId, scoId, cmi) => api.invoke('cmi.save', { attemptId, scoId, cmi }),
      exportRecords: (format, filter = {}) =>
        callApi(
          api,
          'records.export',
          {
            format,
            ...(filter.learnerId ? { learnerId: filter.learnerId } : {}),
            ...(filter.itemId ? { itemId: filter.itemId } : {}),
          },
          onError,
        ),
      listRecords: (itemId) => callApi(api, 'records.list', itemId ? { itemId } : {}, onError),
    };
  });
}

const noContentOrigin: AppErrorShape = {
  code: 'INTERNAL',
  message: 'This host cannot play content (no content origin).',
};
