import { useId, useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { RouteLink } from '../../components/common/route-link';
import type { LibraryToolsState } from './library-tools-store';
import { Search } from 'lucide-react';
import { Button } from '../../components/ui/button';

/** Splits a search snippet on the «» markers the library puts around matches. */
export function snippetParts(snippet: string): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  const re = /«([^»]*)»/g;
  let last = 0;
  for (let m = re.exec(snippet); m; m = re.exec(snippet)) {
    if (m.index > last) parts.push({ text: snippet.slice(last, m.index), match: false });
    parts.push({ text: m[1] ?? '', match: true });
    last = m.index + m[0].length;
  }
  if (last < snippet.length) parts.push({ text: snippet.slice(last), match: false });
  return parts;
}

/** Full-text search across every course's titles and content (`library.search`). */
export function LibrarySearch({ store }: { store: StoreApi<LibraryToolsState> }) {
  const hits = useStore(store, (s) => s.hits);
  const searching = useStore(store, (s) => s.searching);
  const [query, setQuery] = useState('');
  const id = useId();
  const resultsId = useId();
  return (
    <section aria-labelledby={`${id}-h`} className="panel library-search">
      <h2 id={`${id}-h`}>Search all courses</h2>
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          void store.getState().search(query);
        }}
      >
        <label htmlFor={id}>Search text</label>
        <div className="title-form-row">
          <input
            id={id}
            type="search"
            value={query}
            placeholder="Words in titles, text, questions…"
            onChange={(e) => {
              setQuery(e.target.value);
              if (!e.target.value) store.getState().clearSearch();
            }}
          />
          <Button type="submit" icon={Search}>
            Search
          </Button>
        </div>
      </form>
      <div id={resultsId} aria-live="polite">
        {searching ? <p className="muted">Searching…</p> : null}
        {hits && !searching ? (
          hits.length === 0 ? (
            <p className="muted">No matches.</p>
          ) : (
            <>
              <p className="muted">
                {hits.length} {hits.length === 1 ? 'match' : 'matches'}
              </p>
              <ul className="search-results">
                {hits.map((hit, i) => (
                  <li key={`${hit.courseId}-${hit.lessonId ?? ''}-${hit.blockId ?? ''}-${i}`}>
                    <RouteLink route={{ screen: 'course', courseId: hit.courseId, lessonId: hit.lessonId }}>
                      {hit.kind === 'course' ? hit.courseTitle : `${hit.courseTitle} › ${hit.title}`}
                    </RouteLink>
                    <p className="search-snippet">
                      {snippetParts(hit.snippet).map((p, j) => (p.match ? <mark key={j}>{p.text}</mark> : p.text))}
                    </p>
                  </li>
                ))}
              </ul>
            </>
          )
        ) : null}
      </div>
    </section>
  );
}
