import { X } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { LEARN_PAGE_PATH, packageBaseFromLms, previewBaseFromLms, type AttemptLaunch } from '../../../shared';
import type { StoreApi } from 'zustand/vanilla';
import type { LearnState } from './learn-store';
import { Button } from '../components/ui/button';
import { installLmsBridge, type LmsBridge } from './lms-bridge';
import { CONTENT_FRAME_SANDBOX } from '../components/common/content-frame';

interface Props {
  store: StoreApi<LearnState>;
  launch: AttemptLaunch;
  onClose: () => void;
  onError: (message: string) => void;
}

/**
 * Plays one attempt: the table of contents in the organization's order and the current SCO, framed by the LMS
 * page (scorm-again) on the content origin, which reports CMI data back through lms-bridge.ts. Packages are served
 * at <content base>/packages/<id>/; library courses are exported as SCORM 2004 to a preview build first.
 */
export function LearnPlayer({ store, launch, onClose, onError }: Props) {
  const [scoId, setScoId] = useState(launch.scos[0]?.id ?? '');
  const [contentBase, setContentBase] = useState<string | null>(null);
  const [base, setBase] = useState<string | null>(launch.kind === 'package' ? packageBaseFromLms(launch.itemId) : null);
  const [src, setSrc] = useState<string | null>(null);
  const [saved, setSaved] = useState(0);
  const [refused, setRefused] = useState(0);
  const frameRef = useRef<HTMLIFrameElement | null>(null);

  useEffect(() => {
    let live = true;
    void store
      .getState()
      .contentBase()
      .then((found) => {
        if (live && found) setContentBase(found);
      });
    return () => {
      live = false;
    };
  }, [store]);

  useEffect(() => {
    if (launch.kind !== 'course') return;
    let live = true;
    // The course plays as the export the learn service records its attempts for (launch.format).
    void store
      .getState()
      .previewCourse(launch.itemId, launch.format)
      .then((previewId) => {
        if (live && previewId) setBase(previewBaseFromLms(previewId));
      });
    return () => {
      live = false;
    };
  }, [store, launch]);

  useEffect(() => {
    const sco = launch.scos.find((s) => s.id === scoId);
    if (!sco || base === null || contentBase === null) return;
    let live = true;
    let bridge: LmsBridge | null = null;
    const leave = () => void bridge?.flush();
    (async () => {
      const loaded = await store.getState().loadCmi(launch.attemptId, sco.id, launch.mode === 'review');
      if (!live || !loaded) return;
      bridge = installLmsBridge({
        saveCmi: (cmi) => store.getState().saveCmi(launch.attemptId, sco.id, cmi),
        format: launch.format,
        launch: loaded,
        contentOrigin: new URL(contentBase).origin,
        lmsWindow: () => frameRef.current?.contentWindow ?? null,
        onSaved: () => setSaved((n) => n + 1),
        onRefused: () => setRefused((n) => n + 1),
        onError,
      });
      window.addEventListener('pagehide', leave);
      // The LMS page and the SCO run on the content origin: no access to this window, the API or the cookie.
      const q = new URLSearchParams({ src: `${base}${sco.launchUrl}`, parent: window.location.origin });
      setSrc(`${contentBase}${LEARN_PAGE_PATH}?${q.toString()}`);
    })();
    return () => {
      live = false;
      window.removeEventListener('pagehide', leave);
      setSrc(null);
      void bridge?.flush();
      bridge?.dispose();
    };
  }, [store, launch, scoId, base, contentBase, onError]);

  return (
    <section className="learn-player" aria-labelledby="learn-player-title">
      <header className="learn-player-bar">
        <h2 id="learn-player-title">
          {launch.title}
          {launch.mode === 'review' ? <span className="learn-badge">Review — nothing is saved</span> : null}
        </h2>
        <span className="muted" data-testid="learn-saves" data-saves={saved} data-refused={refused}>
          Attempt {launch.number}
        </span>
        <Button size="sm" icon={X} onClick={onClose} className="learn-player-close">
          Close <span className="visually-hidden">{launch.title}</span>
        </Button>
      </header>
      <div className="learn-player-body">
        {launch.scos.length > 1 ? (
          <nav aria-label="Contents" className="learn-toc">
            <ol>
              {launch.scos.map((s) => (
                <li key={s.id} style={{ paddingInlineStart: `${s.depth}em` }}>
                  <button
                    type="button"
                    className="learn-toc-item"
                    aria-current={s.id === scoId ? 'page' : undefined}
                    onClick={() => setScoId(s.id)}
                  >
                    {s.title}
                  </button>
                </li>
              ))}
            </ol>
          </nav>
        ) : null}
        {src ? (
          <iframe
            key={src}
            ref={frameRef}
            className="learn-frame"
            title={`${launch.title}: content`}
            sandbox={CONTENT_FRAME_SANDBOX}
            src={src}
          />
        ) : (
          <p className="muted">Loading…</p>
        )}
      </div>
    </section>
  );
}
