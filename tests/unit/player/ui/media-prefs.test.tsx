/** @jsxImportSource preact */
// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { BlockOf } from '../../../../shared';
import type { BlockContext } from '../../../../renderer/player/ui/block-view-types';
import { mediaViews } from '../../../../renderer/player/ui/media-views';
import { preferredTrack, setMediaPrefs } from '../../../../renderer/player/ui/media-prefs';

const ids = {
  video: '11111111-1111-4111-8111-111111111111',
  en: '22222222-2222-4222-8222-222222222222',
  fr: '33333333-3333-4333-8333-333333333333',
  audio: '44444444-4444-4444-8444-444444444444',
};
const asset = (src: string) => ({ src, mime: '' }) as unknown as BlockContext['assets'][string];
const ctx = {
  assets: {
    [ids.video]: asset('media/v.mp4'),
    [ids.en]: asset('media/en.vtt'),
    [ids.fr]: asset('media/fr.vtt'),
    [ids.audio]: asset('media/a.m4a'),
  },
  language: 'en',
} as unknown as BlockContext;
const video = {
  id: '55555555-5555-4555-8555-555555555555',
  type: 'video',
  assetId: ids.video,
  title: 'Talk',
  captions: [
    { assetId: ids.en, language: 'en', label: 'English' },
    { assetId: ids.fr, language: 'fr', label: 'Français' },
  ],
} as unknown as BlockOf<'video'>;
const audio = {
  id: '66666666-6666-4666-8666-666666666666',
  type: 'audio',
  assetId: ids.audio,
  title: 'Voice',
  transcript: '',
} as unknown as BlockOf<'audio'>;

function mount() {
  const root = document.createElement('div');
  document.body.appendChild(root);
  render(
    <>
      <mediaViews.video block={video} ctx={ctx} />
      <mediaViews.audio block={audio} ctx={ctx} />
    </>,
    root,
  );
  const defaults = [...root.querySelectorAll('track')].filter((t) => t.default).map((t) => t.srclang);
  return { root, defaults, video: root.querySelector('video')!, audio: root.querySelector('audio')! };
}

afterEach(() => {
  setMediaPrefs(null);
  document.body.replaceChildren();
});

describe('cmi5 learner preferences in the media views', () => {
  it('without preferences: the first captions track, sound on', () => {
    const m = mount();
    expect(m.defaults).toEqual(['en']);
    expect(m.video.muted).toBe(false);
    expect(m.audio.muted).toBe(false);
  });

  it('languagePreference picks the captions track; audioPreference off starts media muted', () => {
    setMediaPrefs({ languagePreference: 'de, FR-ca ,en', audioPreference: 'off' });
    const m = mount();
    expect(m.defaults).toEqual(['fr']);
    expect(m.video.muted).toBe(true);
    expect(m.audio.muted).toBe(true);
  });

  it('an exact language beats a base-language match; an unknown list keeps the first track', () => {
    setMediaPrefs({ languagePreference: 'pt-BR,en-GB', audioPreference: 'on' });
    expect(preferredTrack(['en', 'en-GB', 'fr'])).toBe(1);
    expect(preferredTrack(['fr', 'de'])).toBe(0);
    expect(mount().video.muted).toBe(false);
  });
});
