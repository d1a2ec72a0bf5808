import { RouteLink } from './components/common/route-link';
import { useCourse, useNav } from './stores/stores-context';

/** App bar: the product name and, inside a course, the way back to the library. */
export function AppHeader() {
  const route = useNav((s) => s.route);
  const courseTitle = useCourse((s) => s.tree?.title);
  return (
    <header className="app-header">
      <span className="brand">
        <img className="brand-mark" src="./favicon.svg" alt="" width="22" height="22" />
        Coursewright
      </span>
      {route.screen === 'course' ? (
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <ol>
            <li>
              <RouteLink route={{ screen: 'library' }} className="back-link">
                <span aria-hidden="true">← </span>Course library
              </RouteLink>
            </li>
            {courseTitle ? (
              <li>
                <RouteLink route={{ screen: 'course', courseId: route.courseId, lessonId: null }}>
                  {courseTitle}
                </RouteLink>
              </li>
            ) : null}
          </ol>
        </nav>
      ) : null}
      <nav aria-label="Areas" className="app-areas">
        <RouteLink route={{ screen: route.screen === 'learn' ? 'library' : 'learn' }}>
          {route.screen === 'learn' ? 'Author courses' : 'Learn'}
        </RouteLink>
      </nav>
    </header>
  );
}
