import { useEffect, useRef } from 'react';
import { showOpenNotice } from './screens/library/library-health-store';
import { assertNever } from '../../shared';
import { ConnectionBanner } from './components/common/connection-banner';
import { ToastRegion } from './components/ui/toast-region';
import { SkipLink } from './components/common/skip-link';
import { AppHeader } from './app-header';
import { CourseScreen } from './screens/course/course-screen';
import { LibraryScreen } from './screens/library/library-screen';
import { LearnScreen } from './learn/learn-screen';
import { useCourse, useNav, useStores } from './stores/stores-context';
import { useAppCommands } from './app-commands';

/** Top-level layout: header, the current screen (which owns <main>), and the notice region. */
export function App() {
  const route = useNav((s) => s.route);
  const screenKey = route.screen === 'course' ? `course:${route.courseId}` : route.screen;
  const courseReady = useCourse((s) => s.status === 'ready');
  useFocusMain(screenKey, courseReady);
  const stores = useStores();
  useAppCommands(stores);
  useEffect(() => {
    void showOpenNotice(stores.api, (message) => stores.notices.getState().pushInfo(message, { sticky: true }));
  }, [stores]);
  // Toasts do not follow the user to another screen.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) first.current = false;
    else stores.notices.getState().clear();
  }, [screenKey, stores]);

  return (
    <div className={route.screen === 'course' ? 'app app-course' : 'app'}>
      <SkipLink />
      <AppHeader />
      <ConnectionBanner />
      <ToastRegion />
      <Screen />
    </div>
  );
}

function Screen() {
  const route = useNav((s) => s.route);
  switch (route.screen) {
    case 'library':
      return <LibraryScreen />;
    case 'course':
      return <CourseScreen courseId={route.courseId} lessonId={route.lessonId} />;
    case 'learn':
      return <LearnScreen />;
    default:
      return assertNever(route, 'route');
  }
}

/**
 * Moving to another screen puts focus on its <main>, as a page load would (the link that was clicked is gone).
 * When a course finishes loading, its <main> replaces the placeholder, so focus follows it there too.
 */
function useFocusMain(screenKey: string, ready: boolean) {
  const mounted = useRef(false);
  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [screenKey]);
  useEffect(() => {
    const active = document.activeElement;
    if (ready && (!active || active === document.body || active.id === 'main'))
      document.getElementById('main')?.focus({ preventScroll: true });
  }, [ready]);
}
