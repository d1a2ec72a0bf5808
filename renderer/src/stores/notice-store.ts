import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppErrorShape, ErrorCode } from '../../../shared';

export interface Notice {
  id: number;
  kind: 'error' | 'success' | 'info';
  message: string;
  code?: ErrorCode;
}

export interface NoticeState {
  notices: Notice[];
  pushError(error: AppErrorShape): void;
  pushInfo(message: string): void;
  /** A confirmation that something was done ("Created …"). */
  pushSuccess(message: string): void;
  dismiss(id: number): void;
  /** Drops every notice: toasts belong to the screen they were raised on. */
  clear(): void;
}

/** How many notices stay on screen; older ones drop off so the region never grows without bound. */
const MAX_NOTICES = 3;
/** Confirmations close on their own; errors stay until dismissed. */
const INFO_MS = 5000;

/** App-wide messages shown in the aria-live region (errors from any store end up here). */
export function createNoticeStore(): StoreApi<NoticeState> {
  let nextId = 1;
  return createStore<NoticeState>()((set, get) => {
    const push = (notice: Omit<Notice, 'id'>) => {
      const id = nextId++;
      set((s) => ({ notices: [...s.notices, { ...notice, id }].slice(-MAX_NOTICES) }));
      return id;
    };
    return {
      notices: [],
      pushError: (error) => void push({ kind: 'error', message: error.message, code: error.code }),
      pushInfo: (message) => {
        const id = push({ kind: 'info', message });
        setTimeout(() => get().dismiss(id), INFO_MS);
      },
      pushSuccess: (message) => {
        const id = push({ kind: 'success', message });
        setTimeout(() => get().dismiss(id), INFO_MS);
      },
      dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
      clear: () => set((s) => (s.notices.length ? { notices: [] } : s)),
    };
  });
}
