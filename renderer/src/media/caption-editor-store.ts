import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ChannelOutput, CoursewrightApi } from '../../../shared';
import { callApi, type ErrorSink } from '../stores/call-api';
import { cuesToVtt, parseVttCues, type EditableCue } from './cue-text';
import { distributeTranscript } from './transcript';

type CaptionIssue = ChannelOutput<'captions.validate'>['issues'][number];

export interface CaptionEditorState {
  assetId: string | null;
  status: 'closed' | 'loading' | 'ready' | 'saving' | 'error';
  cues: EditableCue[];
  issues: CaptionIssue[];
  valid: boolean;
  dirty: boolean;
  /** The asset the last save produced (the editor then edits that one). */
  savedAssetId: string | null;
  open(assetId: string): Promise<void>;
  close(): void;
  editCue(index: number, patch: Partial<EditableCue>): void;
  addCue(): void;
  removeCue(index: number): void;
  /** Fills the cues' text from a pasted transcript, spread by cue duration (timings unchanged). */
  pasteTranscript(transcript: string): void;
  /** Re-checks the cues with `captions.validate` (the panel calls it after each edit, debounced). */
  validate(): Promise<void>;
  save(): Promise<boolean>;
}

interface CaptionEditorOptions {
  api: CoursewrightApi;
  onError: ErrorSink;
  /** Reads an asset's text (default: fetch of `api.mediaUrl`). */
  readText?: (assetId: string) => Promise<string>;
  /** Called after a save, e.g. to reload the media list. */
  onSaved?: () => void;
}

/** Cue editing for one captions asset: load, edit, validate live, save as a new asset. */
export function createCaptionEditorStore(opts: CaptionEditorOptions): StoreApi<CaptionEditorState> {
  const { api, onError } = opts;
  const readText =
    opts.readText ??
    (async (assetId: string) => {
      const res = await fetch(api.mediaUrl(assetId));
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return res.text();
    });
  let validation = 0;

  return createStore<CaptionEditorState>()((set, get) => ({
    assetId: null,
    status: 'closed',
    cues: [],
    issues: [],
    valid: true,
    dirty: false,
    savedAssetId: null,
    async open(assetId) {
      set({ assetId, status: 'loading', cues: [], issues: [], valid: true, dirty: false, savedAssetId: null });
      let text: string;
      try {
        text = await readText(assetId);
      } catch (e) {
        set({ status: 'error' });
        onError({ code: 'NOT_FOUND', message: `Could not read the captions file: ${String(e)}` });
        return;
      }
      if (get().assetId !== assetId) return;
      set({ cues: parseVttCues(text), status: 'ready' });
      await get().validate();
    },
    close() {
      set({ assetId: null, status: 'closed', cues: [], issues: [], dirty: false });
    },
    editCue(index, patch) {
      set((s) => ({ cues: s.cues.map((c, i) => (i === index ? { ...c, ...patch } : c)), dirty: true }));
    },
    addCue() {
      const last = get().cues.at(-1);
      const cue = { start: last?.end ?? '00:00:00.000', end: last?.end ?? '00:00:01.000', text: '' };
      set((s) => ({ cues: [...s.cues, cue], dirty: true }));
    },
    pasteTranscript(transcript) {
      if (!transcript.trim()) return;
      set((s) => ({ cues: distributeTranscript(s.cues, transcript), dirty: true }));
    },
    removeCue(index) {
      set((s) => ({ cues: s.cues.filter((_, i) => i !== index), dirty: true }));
    },
    async validate() {
      const run = ++validation;
      const report = await callApi(api, 'captions.validate', { text: cuesToVtt(get().cues) }, onError);
      // An older check answering late must not overwrite a newer one.
      if (!report || run !== validation) return;
      set({ issues: report.issues, valid: report.valid });
    },
    async save() {
      const { assetId, cues } = get();
      if (!assetId) return false;
      set({ status: 'saving' });
      const result = await callApi(api, 'captions.save', { assetId, vtt: cuesToVtt(cues) }, onError);
      if (!result) {
        set({ status: 'ready' });
        await get().validate();
        return false;
      }
      set({ status: 'ready', dirty: false, assetId: result.asset.id, savedAssetId: result.asset.id });
      opts.onSaved?.();
      return true;
    },
  }));
}
