import {
  LMS_LAUNCH,
  lmsReadySchema,
  lmsSaveSchema,
  type CmiLaunch,
  type CmiTree,
  type LmsLaunchMessage,
  type Result,
} from '../../../shared';

export interface LmsBridge {
  /** Saves the latest uncommitted data now (leaving the SCO or the page) unless the SCO already terminated. */
  flush(): Promise<void>;
  /** Stops listening. */
  dispose(): void;
}

interface BridgeOptions {
  /** Stores the CMI data of the attempt being played (the learn store's `saveCmi`). */
  saveCmi: (cmi: CmiTree) => Promise<Result<unknown>>;
  format: LmsLaunchMessage['format'];
  launch: CmiLaunch;
  /** The content origin the LMS page is served from (`event.origin` must equal it). */
  contentOrigin: string;
  /** The LMS page's window (the learn frame's contentWindow), or null before it exists. */
  lmsWindow: () => Window | null;
  onSaved?: () => void;
  /** A save message that did not come from the LMS frame on the content origin (refused, counted for diagnostics). */
  onRefused?: () => void;
  onError?: (message: string) => void;
}

/**
 * The app side of learner mode's LMS: scorm-again runs in the LMS page on the content origin (see
 * renderer/lms-stand-in/learn-host.ts); this window answers its postMessages. Only messages from that frame's
 * window on that origin, matching the schema, are accepted, and the attempt and SCO ids come from here, so
 * content can at most save CMI data for the attempt being played. Saves are queued, so they land in order;
 * in review mode nothing is ever saved.
 */
export function installLmsBridge(opts: BridgeOptions): LmsBridge {
  const review = opts.launch.mode === 'review';
  let terminated = false;
  let pending: CmiTree | null = null;
  let queue: Promise<void> = Promise.resolve();
  const save = (cmi: CmiTree): Promise<void> => {
    if (review) return queue;
    queue = queue.then(async () => {
      const result = await opts.saveCmi(cmi);
      if (result.ok) opts.onSaved?.();
      else opts.onError?.(result.error.message);
    });
    return queue;
  };

  const onMessage = (event: MessageEvent) => {
    const source = opts.lmsWindow();
    if (!source || event.source !== source || event.origin !== opts.contentOrigin) {
      if (lmsSaveSchema.safeParse(event.data).success) opts.onRefused?.();
      return;
    }
    if (lmsReadySchema.safeParse(event.data).success) {
      const message: LmsLaunchMessage = { type: LMS_LAUNCH, format: opts.format, launch: opts.launch };
      source.postMessage(message, opts.contentOrigin);
      return;
    }
    const parsed = lmsSaveSchema.safeParse(event.data);
    if (!parsed.success || terminated) return;
    const { kind, cmi } = parsed.data;
    if (kind === 'snapshot') {
      pending = cmi;
      return;
    }
    pending = null;
    if (kind === 'terminate') terminated = true;
    void save(cmi);
  };
  window.addEventListener('message', onMessage);

  return {
    flush: () => {
      if (terminated || !pending) return queue;
      const cmi = pending;
      pending = null;
      return save(cmi);
    },
    dispose: () => window.removeEventListener('message', onMessage),
  };
}
