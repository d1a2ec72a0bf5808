import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppErrorShape, ErrorCode } from '../../../shared';

export interface Notice {
  id: number;
  kind: 'error' | 'success' | 'info';
  message: string;
  code?: ErrorCode;
  /** Stays until dismissed, also across screens (e.g. where the pre-upgrade backup was written). */
  sticky?: boolean;
}

export interface NoticeState {
  notices: Notice[];
  pushError(error: AppErrorShape): void;
  /** `sticky`: stays until dismissed (what the user must be able to read at leisure, e.g. a backup's path). */
  pushInfo(message: string, opts?: { sticky?: boolean }): void;
  /** A confirmation that something was done ("Created …"). */
  pushSuccess(message: string): void;
  dismiss(id: number): void;
  /** Drops every notice but sticky ones: toasts belong to the screen they were raised on. */
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
      pushInfo: (message, opts) => {
        const id = push({ kind: 'info', message, ...(opts?.sticky ? { sticky: true } : {}) });
        if (!opts?.sticky) setTimeout(() => get().dismiss(id), INFO_MS);
      },
      pushSuccess: (message) => {
        const id = push({ kind: 'success', message });
        setTimeout(() => get().dismiss(id), INFO_MS);
      },
      dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
      clear: () =>
        set((s) => (s.notices.some((n) => !n.sticky) ? { notices: s.notices.filter((n) => n.sticky) } : s)),
    };
  });
}
