import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { useStores } from '../stores/stores-context';
import { browserStorage, createDraftStorage } from './draft-storage';
import { createEditorStore, type EditorState } from './editor-store';
import { createMediaStore, type MediaState } from './media/media-store';
import { createGuidanceStore, type GuidanceState } from './panels/guidance-store';
import { createBanksStore, type BanksState } from './banks/banks-store';

interface EditorStores {
  editor: StoreApi<EditorState>;
  media: StoreApi<MediaState>;
  guidance: StoreApi<GuidanceState>;
  banks: StoreApi<BanksState>;
}

const EditorContext = createContext<EditorStores | null>(null);

/** One editor (history, autosave, media list) per open course; mounted by the course screen. */
export function EditorProvider({ children }: { children: ReactNode }) {
  const { api, course, notices } = useStores();
  const [stores] = useState<EditorStores>(() => {
    const onError = notices.getState().pushError;
    return {
      editor: createEditorStore({ api, course, drafts: createDraftStorage(browserStorage()), onError }),
      media: createMediaStore(api, onError),
      guidance: createGuidanceStore(api, onError),
      banks: createBanksStore(api, onError),
    };
  });
  useEffect(() => stores.media.getState().watch(), [stores]);
  // Leaving the course (or closing the window) stores pending typing right away.
  useEffect(() => {
    const flush = () => void stores.editor.getState().flush();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [stores]);
  return <EditorContext.Provider value={stores}>{children}</EditorContext.Provider>;
}

export function useEditorStores(): EditorStores {
  const stores = useContext(EditorContext);
  if (!stores) throw new Error('editor hooks outside <EditorProvider>');
  return stores;
}

export const useEditor = <T,>(selector: (s: EditorState) => T): T => useStore(useEditorStores().editor, selector);
export const useMedia = <T,>(selector: (s: MediaState) => T): T => useStore(useEditorStores().media, selector);
export const useGuidance = <T,>(selector: (s: GuidanceState) => T): T => useStore(useEditorStores().guidance, selector);
export const useBanks = <T,>(selector: (s: BanksState) => T): T => useStore(useEditorStores().banks, selector);
