import { useState } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { useStores } from '../../stores/stores-context';
import { formatDateTime } from './format-date';
import type { LibraryToolsState } from './library-tools-store';
import { ChevronDown, ChevronRight, RotateCcw, Trash2 } from 'lucide-react';
import { Button } from '../../components/ui/button';

/** Deleted courses: restore them, or erase them for good. */
export function TrashSection({ store }: { store: StoreApi<LibraryToolsState> }) {
  const { notices } = useStores();
  const trash = useStore(store, (s) => s.trash);
  const busy = useStore(store, (s) => s.busy);
  const [open, setOpen] = useState(false);
  const toggle = () => {
    if (!open) void store.getState().loadTrash();
    setOpen(!open);
  };
  return (
    <section aria-labelledby="trash-heading" className="panel trash-section">
      <h2 id="trash-heading">
        <Button variant="quiet" icon={open ? ChevronDown : ChevronRight} aria-expanded={open} onClick={toggle}>
          Trash{trash ? ` (${trash.length})` : ''}
        </Button>
      </h2>
      {open ? (
        trash === null ? (
          <p className="muted">Loading…</p>
        ) : trash.length === 0 ? (
          <p className="muted">The trash is empty.</p>
        ) : (
          <ul className="trash-list">
            {trash.map((course) => (
              <li key={course.id} className="trash-row">
                <span>
                  <strong>{course.title}</strong>{' '}
                  <span className="muted">
                    deleted <time dateTime={course.deletedAt}>{formatDateTime(course.deletedAt)}</time>
                  </span>
                </span>
                <Button
                  size="sm"
                  icon={RotateCcw}
                  disabled={busy}
                  aria-label={`Restore ${course.title}`}
                  onClick={async () => {
                    if (await store.getState().restore(course.id))
                      notices.getState().pushInfo(`Restored “${course.title}”.`);
                  }}
                >
                  Restore
                </Button>
                <Button
                  size="sm"
                  variant="danger-quiet"
                  icon={Trash2}
                  disabled={busy}
                  aria-label={`Delete ${course.title} forever`}
                  onClick={async () => {
                    if (await store.getState().purge(course.id))
                      notices.getState().pushInfo(`Deleted “${course.title}” for good.`);
                  }}
                >
                  Delete forever
                </Button>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </section>
  );
}
