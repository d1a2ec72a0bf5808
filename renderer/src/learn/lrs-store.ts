import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ChannelInput, ChannelOutput, CoursewrightApi, LrsSettingsViewInfo } from '../../../shared';

type Outbox = ChannelOutput<'records.outbox'>;
type Credentials = ChannelInput<'records.testLrs'>;

/**
 * Where learner records go (the organisation's LRS): settings, the outbox and sync, the Learn screen's only way
 * to the records channels. `status` is the one line the panel shows (saved, connected, the sync summary, errors).
 */
export interface LrsState {
  settings: LrsSettingsViewInfo | null;
  outbox: Outbox | null;
  status: string;
  load(): Promise<void>;
  save(input: ChannelInput<'records.saveLrsSettings'>): Promise<boolean>;
  test(input: Credentials): Promise<void>;
  sync(): Promise<void>;
}

export function createLrsStore(api: Pick<CoursewrightApi, 'invoke'>): StoreApi<LrsState> {
  return createStore<LrsState>()((set, get) => ({
    settings: null,
    outbox: null,
    status: '',
    async load() {
      const [s, o] = await Promise.all([api.invoke('records.lrsSettings', {}), api.invoke('records.outbox', {})]);
      set({ ...(s.ok ? { settings: s.value } : {}), ...(o.ok ? { outbox: o.value } : {}) });
    },
    async save(input) {
      const r = await api.invoke('records.saveLrsSettings', input);
      set(r.ok ? { status: 'Saved.', settings: r.value } : { status: r.error.message });
      return r.ok;
    },
    async test(input) {
      set({ status: 'Testing…' });
      const r = await api.invoke('records.testLrs', input);
      set({
        status: !r.ok
          ? r.error.message
          : r.value.ok
            ? `Connected (${r.value.detail}).`
            : `Not connected: ${r.value.detail}`,
      });
    },
    async sync() {
      set({ status: 'Syncing…' });
      const r = await api.invoke('records.sync', {});
      set({
        status: !r.ok
          ? r.error.message
          : `Sent ${r.value.sent}, already there ${r.value.alreadyThere}, rejected ${r.value.rejected}, left ${r.value.left}.` +
            (r.value.stoppedBecause ? ` Stopped: ${r.value.stoppedBecause}` : ''),
      });
      await get().load();
    },
  }));
}
