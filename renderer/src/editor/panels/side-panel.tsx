import { useEffect, useId, useRef } from 'react';
import type { CourseOutline } from '../../../../shared';
import type { EditorPanel } from '../editor-bar';
import { GuidancePanel } from './guidance-panel';
import { SettingsPanel } from './settings-panel';
import { ShortcutsPanel } from './shortcuts-panel';
import { MediaLibraryPanel } from '../../media/media-library-panel';
import { BanksPanel } from '../banks/banks-panel';
import { X } from 'lucide-react';
import { IconButton } from '../../components/ui/icon-button';

const TITLES = {
  settings: 'Course settings',
  guidance: 'Design checklist',
  shortcuts: 'Keyboard shortcuts',
  media: 'Media library',
  banks: 'Question banks',
} as const;

/** A complementary region beside the lesson; focus moves to its heading when it opens. */
export function SidePanel({
  panel,
  tree,
  onClose,
}: {
  panel: Exclude<EditorPanel, null>;
  tree: CourseOutline;
  onClose: () => void;
}) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [panel]);
  return (
    <aside
      className="side-panel"
      aria-labelledby={headingId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className="side-panel-head">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          {TITLES[panel]}
        </h2>
        <IconButton icon={X} label="Close" onClick={onClose} />
      </div>
      {panel === 'settings' ? <SettingsPanel key={tree.id} tree={tree} /> : null}
      {panel === 'guidance' ? <GuidancePanel tree={tree} /> : null}
      {panel === 'shortcuts' ? <ShortcutsPanel /> : null}
      {panel === 'media' ? <MediaLibraryPanel tree={tree} /> : null}
      {panel === 'banks' ? <BanksPanel tree={tree} /> : null}
    </aside>
  );
}
