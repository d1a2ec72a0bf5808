import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AppStores } from './app-stores';
import type { ConnectionStoreState } from './connection-store';
import type { CourseState } from './course-store';
import type { LibraryState } from './library-store';
import type { NavState } from './nav-store';
import type { NoticeState } from './notice-store';

const StoresContext = createContext<AppStores | null>(null);

export function StoresProvider({ stores, children }: { stores: AppStores; children: ReactNode }) {
  return <StoresContext.Provider value={stores}>{children}</StoresContext.Provider>;
}

export function useStores(): AppStores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('useStores() outside <StoresProvider>');
  return stores;
}

export const useLibrary = <T,>(selector: (s: LibraryState) => T): T => useStore(useStores().library, selector);
export const useCourse = <T,>(selector: (s: CourseState) => T): T => useStore(useStores().course, selector);
export const useNav = <T,>(selector: (s: NavState) => T): T => useStore(useStores().nav, selector);
export const useNotices = <T,>(selector: (s: NoticeState) => T): T => useStore(useStores().notices, selector);
export const useConnection = <T,>(selector: (s: ConnectionStoreState) => T): T =>
  useStore(useStores().connection, selector);
/** `mediaUrl` is a pure URL builder, not a call, so components may use it directly. */
export function useMediaUrl(): (assetId: string) => string {
  const { api } = useStores();
  return (assetId) => api.mediaUrl(assetId);
}
