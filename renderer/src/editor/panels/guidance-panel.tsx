import { useEffect } from 'react';
import type { CourseOutline } from '../../../../shared';
import { RouteLink } from '../../components/common/route-link';
import { useEditorStores, useGuidance } from '../editor-context';
import { groupGuidance, type GuidanceGroup } from './guidance-groups';

const minutes = (n: number | undefined) => `${Math.max(1, Math.round(n ?? 0))} min`;

/** The non-blocking design checklist and duration estimates (`courses.guidance`), refreshed on open and edit. */
export function GuidancePanel({ tree }: { tree: CourseOutline }) {
  const { guidance: store } = useEditorStores();
  const guidance = useGuidance((s) => s.guidance);
  const status = useGuidance((s) => s.status);
  const blocks = useGuidance((s) => s.blocks);
  useEffect(() => {
    void store.getState().load(tree.id);
  }, [store, tree]);

  if (!guidance) return <p className="muted">{status === 'error' ? 'The checklist is unavailable.' : 'Checking…'}</p>;
  const byModule = tree.modules.map((m) => ({ module: m, min: guidance.moduleMinutes[m.id] }));
  return (
    <div className="guidance">
      <p>
        Estimated course duration: <strong>{minutes(guidance.courseMinutes)}</strong>
      </p>
      <ul className="guidance-durations">
        {byModule.map(({ module, min }) => (
          <li key={module.id}>
            {module.title}: {minutes(min)}
            {(min ?? 0) > tree.settings.targetModuleMinutes ? (
              <span className="badge badge-warning"> over {tree.settings.targetModuleMinutes} min</span>
            ) : null}
          </li>
        ))}
      </ul>
      <h3>Checklist</h3>
      {guidance.items.length === 0 ? <p>Nothing to fix. Well done.</p> : null}
      <ul className="guidance-items">
        {groupGuidance(guidance.items, tree, blocks).map((group) => (
          <GuidanceRow key={group.code} group={group} courseId={tree.id} />
        ))}
      </ul>
    </div>
  );
}

/**
 * Brings a block into view once the lesson showing it has rendered: after navigating, and after the lesson's blocks
 * have loaded (`lessons.get`, a round trip), so it waits up to ~2 s of frames.
 */
function revealBlock(blockId: string, framesLeft = 120): void {
  const el = document.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(blockId)}"]`);
  if (el) {
    el.scrollIntoView({ block: 'center' });
    return;
  }
  if (framesLeft > 0) requestAnimationFrame(() => revealBlock(blockId, framesLeft - 1));
}

function GuidanceRow({ group, courseId }: { group: GuidanceGroup; courseId: string }) {
  return (
    <li className={`guidance-item guidance-${group.severity}`}>
      <span className="guidance-severity">
        {group.severity === 'warning' ? 'Fix' : group.severity === 'suggestion' ? 'Tip' : 'Note'}:
      </span>{' '}
      {group.title}
      <ul className="guidance-places">
        {group.places.map((place, i) => (
          <li key={`${place.blockId ?? place.lessonId ?? 'course'}-${i}`}>
            {place.lessonId ? (
              <span onClickCapture={() => (place.blockId ? revealBlock(place.blockId) : undefined)}>
                <RouteLink route={{ screen: 'course', courseId, lessonId: place.lessonId }}>{place.name}</RouteLink>
              </span>
            ) : (
              place.name
            )}
          </li>
        ))}
      </ul>
    </li>
  );
}
