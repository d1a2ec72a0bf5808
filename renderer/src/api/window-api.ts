import type { CoursewrightApi } from '../../../shared';

/** The preload (Electron) exposes the contract as `window.coursewright`; absent in the browser host. */
declare global {
  interface Window {
    coursewright?: CoursewrightApi;
  }
}

export {};
