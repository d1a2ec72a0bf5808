/** cmi5 learner preferences (§11) that media views apply; set once at boot, before the first render. */
export const mediaPrefs: { langs: string[]; muted: boolean } = { langs: [], muted: false };

/** `languagePreference` is a comma-separated list of RFC 5646 codes; `audioPreference` is `on` or `off`. */
export function setMediaPrefs(p: { languagePreference?: string; audioPreference?: string } | null): void {
  mediaPrefs.langs = String(p?.languagePreference ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  mediaPrefs.muted = p?.audioPreference === 'off';
}

/** The captions track shown by default: the learner's first preferred language the video has (same base language counts), else the first. */
export function preferredTrack(languages: string[]): number {
  const have = languages.map((l) => l.toLowerCase());
  for (const want of mediaPrefs.langs) {
    const i = have.indexOf(want);
    const j = have.findIndex((l) => l.split('-')[0] === want.split('-')[0]);
    if (i >= 0 || j >= 0) return i >= 0 ? i : j;
  }
  return 0;
}
