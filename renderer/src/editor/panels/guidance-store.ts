import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CourseGuidance, CoursewrightApi, FoundBlock } from '../../../../shared';
import { callApi, type ErrorSink } from '../../stores/call-api';
import { findCourseBlocks } from '../../stores/find-blocks';

export interface GuidanceState {
  guidance: CourseGuidance | null;
  /** The blocks the checklist names, by id (the outline has no blocks; these come with the checklist). */
  blocks: Record<string, FoundBlock>;
  status: 'idle' | 'loading' | 'ready' | 'error';
  load(courseId: string): Promise<void>;
}

export function createGuidanceStore(api: CoursewrightApi, onError: ErrorSink): StoreApi<GuidanceState> {
  return createStore<GuidanceState>()((set) => ({
    guidance: null,
    blocks: {},
    status: 'idle',
    async load(courseId) {
      set({ status: 'loading' });
      const guidance = await callApi(api, 'courses.guidance', { courseId }, onError);
      if (!guidance) return set({ status: 'error' });
      // Only the flagged blocks, to name them ("Video “Intro” (block 2)"); a large course may flag more than one
      // `blocks.find` call takes, so they may go in several.
      const ids = [...new Set(guidance.items.flatMap((i) => (i.target.blockId ? [i.target.blockId] : [])))];
      const found = ids.length ? await findCourseBlocks(api, courseId, { blockIds: ids }, onError) : [];
      const blocks = Object.fromEntries((found ?? []).map((f) => [f.block.id, f]));
      set({ guidance, blocks, status: 'ready' });
    },
  }));
}
