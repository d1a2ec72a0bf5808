import { createStore, type StoreApi } from 'zustand/vanilla';
import { formatHash, LIBRARY_ROUTE, parseHash, type Route } from './route';

export interface NavState {
  route: Route;
  navigate(route: Route): void;
}

export function createNavStore(initial: Route = LIBRARY_ROUTE): StoreApi<NavState> {
  return createStore<NavState>()((set) => ({
    route: initial,
    navigate: (route) => set({ route }),
  }));
}

/** Keeps the route and `location.hash` in step (both directions); returns the unbind function. */
export function bindHashRouting(nav: StoreApi<NavState>, win: Window): () => void {
  nav.getState().navigate(parseHash(win.location.hash));
  const onHashChange = () => {
    const route = parseHash(win.location.hash);
    if (formatHash(route) !== formatHash(nav.getState().route)) nav.getState().navigate(route);
  };
  win.addEventListener('hashchange', onHashChange);
  const unsubscribe = nav.subscribe((state) => {
    const hash = formatHash(state.route);
    if (win.location.hash !== hash) win.location.hash = hash;
  });
  return () => {
    win.removeEventListener('hashchange', onHashChange);
    unsubscribe();
  };
}
