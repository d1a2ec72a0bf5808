import { Play, X } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { AppErrorShape, Cmi5PackageInfo, CoursewrightApi } from '../../../shared';
import { Button } from '../components/ui/button';
import { CONTENT_FRAME_SANDBOX } from '../components/common/content-frame';

export interface Cmi5Playing {
  title: string;
  launchUrl: string;
}

/**
 * Imported cmi5 packages (`coursewright cmi5 import`) for the current learner. Start asks the app's cmi5 LMS
 * for a launch (a relaunch resumes the learner's registration, so completed/passed are never sent twice).
 */
export function Cmi5Packages(props: {
  api: CoursewrightApi;
  learnerId: string | null;
  onPlay: (playing: Cmi5Playing) => void;
  onError: (e: AppErrorShape) => void;
}) {
  const { api, learnerId, onPlay, onError } = props;
  const [packages, setPackages] = useState<Cmi5PackageInfo[]>([]);
  useEffect(() => {
    let live = true;
    void api.invoke('cmi5.list', {}).then((r) => {
      if (live && r.ok) setPackages(r.value);
    });
    return () => {
      live = false;
    };
  }, [api]);
  if (packages.length === 0 || !learnerId) return null;
  const start = async (pkg: Cmi5PackageInfo, fresh: boolean) => {
    const r = await api.invoke('cmi5.launch', { learnerId, packageId: pkg.id, fresh });
    if (!r.ok) return onError(r.error);
    onPlay({ title: pkg.title, launchUrl: r.value.launchUrl });
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
              onClick={() => void start(p, false)}
              aria-label={`Play ${p.title}`}
            >
              Play
            </Button>
            <Button size="sm" onClick={() => void start(p, true)} aria-label={`Start over ${p.title}`}>
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
