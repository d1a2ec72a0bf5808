import { useEffect } from 'react';
import type { CourseTree, GuidanceItem } from '../../../../shared';
import { RouteLink } from '../../components/common/route-link';
import { useEditorStores, useGuidance } from '../editor-context';

const minutes = (n: number | undefined) => `${Math.max(1, Math.round(n ?? 0))} min`;

/** The non-blocking design checklist and duration estimates (`courses.guidance`), refreshed on open and edit. */
export function GuidancePanel({ tree }: { tree: CourseTree }) {
  const { guidance: store } = useEditorStores();
  const guidance = useGuidance((s) => s.guidance);
  const status = useGuidance((s) => s.status);
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
        {guidance.items.map((item, i) => (
          <GuidanceRow key={`${item.code}-${i}`} item={item} />
        ))}
      </ul>
    </div>
  );
}

function GuidanceRow({ item }: { item: GuidanceItem }) {
  const { target } = item;
  return (
    <li className={`guidance-item guidance-${item.severity}`}>
      <span className="guidance-severity">
        {item.severity === 'warning' ? 'Fix' : item.severity === 'suggestion' ? 'Tip' : 'Note'}:
      </span>{' '}
      {item.message}
      {target.lessonId ? (
        <>
          {' '}
          <RouteLink route={{ screen: 'course', courseId: target.courseId, lessonId: target.lessonId }}>
            Go to lesson
          </RouteLink>
        </>
      ) : null}
    </li>
  );
}
