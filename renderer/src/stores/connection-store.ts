import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ConnectionState } from '../api/browser-api';

export interface ConnectionStoreState {
  /** Electron IPC is always 'open'; the browser host's WebSocket can drop and come back. */
  state: ConnectionState;
  setState(state: ConnectionState): void;
}

export function createConnectionStore(initial: ConnectionState = 'open'): StoreApi<ConnectionStoreState> {
  return createStore<ConnectionStoreState>()((set) => ({
    state: initial,
    setState: (state) => set({ state }),
  }));
}
