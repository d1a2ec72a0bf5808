import { useEffect, useState } from 'preact/hooks';
import { CAPTIONS_GLOBAL, captionScriptPath } from '../../../shared/package/player-html';

type CaptionStore = Record<string, string | undefined>;
const store = (): CaptionStore =>
  ((window as unknown as Record<string, CaptionStore | undefined>)[CAPTIONS_GLOBAL] ??= {});
const requested = new Map<string, Promise<void>>();

function loadScript(src: string): Promise<void> {
  let p = requested.get(src);
  if (!p) {
    p = new Promise((resolve) => {
      const s = document.createElement('script');
      s.src = src;
      s.onload = s.onerror = () => resolve();
      document.head.appendChild(s);
    });
    requested.set(src, p);
  }
  return p;
}

/**
 * The `src` for a caption `<track>`: the file itself over http(s); on `file:` (where Chromium refuses
 * cross-file track loads) a `data:` URL of the text the exporter wrote as `<src>.js`.
 */
export function useCaptionSrc(assetId: string, src: string): string | null {
  const onDisk = typeof location !== 'undefined' && location.protocol === 'file:';
  const [, setLoaded] = useState(0);
  const text = onDisk ? store()[assetId] : undefined;
  useEffect(() => {
    if (!onDisk || text !== undefined) return;
    let alive = true;
    void loadScript(captionScriptPath(src)).then(() => alive && setLoaded((n) => n + 1));
    return () => {
      alive = false;
    };
  }, [onDisk, text, src]);
  if (!onDisk) return src;
  return text === undefined ? null : `data:text/vtt;charset=utf-8,${encodeURIComponent(text)}`;
}
