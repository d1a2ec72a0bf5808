import { Play, X } from 'lucide-react';
import type { StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { Button } from '../components/ui/button';
import { CONTENT_FRAME_SANDBOX } from '../components/common/content-frame';
import type { Cmi5Playing, LearnState } from './learn-store';

/**
 * Imported cmi5 packages for the current learner. Play asks the app's cmi5 LMS for a launch (a relaunch resumes
 * the learner's registration, so completed/passed are never sent twice); Start over begins a new registration.
 */
export function Cmi5Packages({ store }: { store: StoreApi<LearnState> }) {
  const packages = useStore(store, (s) => s.cmi5Packages);
  const learnerId = useStore(store, (s) => s.learnerId);
  if (packages.length === 0 || !learnerId) return null;
  const start = (id: string, fresh: boolean) => {
    const pkg = packages.find((p) => p.id === id);
    if (pkg) void store.getState().playCmi5(pkg, fresh);
  };
  return (
    <section aria-labelledby="cmi5-heading" className="panel">
      <h2 id="cmi5-heading">cmi5 packages</h2>
      <ul className="learn-cmi5-list">
        {packages.map((p) => (
          <li key={p.id} data-cmi5-package={p.id}>
            <span>{p.title}</span>
            <Button
              size="sm"
              variant="primary"
              icon={Play}
              onClick={() => start(p.id, false)}
              aria-label={`Play ${p.title}`}
            >
              Play
            </Button>
            <Button size="sm" onClick={() => start(p.id, true)} aria-label={`Start over ${p.title}`}>
              Start over
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The AU on the content origin, framed like SCORM content; closing the frame ends the session (pagehide). */
export function Cmi5Player({ playing, onClose }: { playing: Cmi5Playing; onClose: () => void }) {
  return (
    <section className="learn-player" aria-labelledby="cmi5-player-title">
      <header className="learn-player-bar">
        <h2 id="cmi5-player-title">{playing.title}</h2>
        <Button size="sm" icon={X} onClick={onClose} className="learn-player-close">
          Close <span className="visually-hidden">{playing.title}</span>
        </Button>
      </header>
      <div className="learn-player-body">
        <iframe
          className="learn-frame"
          title={`${playing.title}: content`}
          sandbox={CONTENT_FRAME_SANDBOX}
          src={playing.launchUrl}
        />
      </div>
    </section>
  );
}
