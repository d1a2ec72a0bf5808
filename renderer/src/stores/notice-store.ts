import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppErrorShape, ErrorCode } from '../../../shared';

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  message: string;
  code?: ErrorCode;
}

export interface NoticeState {
  notices: Notice[];
  pushError(error: AppErrorShape): void;
  /** `sticky`: stays until dismissed (what the user must be able to read at leisure, e.g. a backup's path). */
  pushInfo(message: string, opts?: { sticky?: boolean }): void;
  dismiss(id: number): void;
}

/** How many notices stay on screen; older ones drop off so the region never grows without bound. */
const MAX_NOTICES = 3;
/** Confirmations fade on their own; errors stay until dismissed. */
const INFO_MS = 6000;

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
        const id = push({ kind: 'info', message });
        if (!opts?.sticky) setTimeout(() => get().dismiss(id), INFO_MS);
      },
      dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
    };
  });
}
