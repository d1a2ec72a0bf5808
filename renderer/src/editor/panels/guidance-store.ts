import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CourseGuidance, CoursewrightApi } from '../../../../shared';
import { callApi, type ErrorSink } from '../../stores/call-api';

export interface GuidanceState {
  guidance: CourseGuidance | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  load(courseId: string): Promise<void>;
}

export function createGuidanceStore(api: CoursewrightApi, onError: ErrorSink): StoreApi<GuidanceState> {
  return createStore<GuidanceState>()((set) => ({
    guidance: null,
    status: 'idle',
    async load(courseId) {
      set({ status: 'loading' });
      const guidance = await callApi(api, 'courses.guidance', { courseId }, onError);
      set(guidance ? { guidance, status: 'ready' } : { status: 'error' });
    },
  }));
}
