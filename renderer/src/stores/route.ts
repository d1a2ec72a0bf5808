import { idSchema } from '../../../shared';

/** Where the user is. Kept in the URL hash so reload (and Electron's app:// page) restores it. */
export type Route =
  { screen: 'library' } | { screen: 'course'; courseId: string; lessonId: string | null } | { screen: 'learn' };

export const LIBRARY_ROUTE: Route = { screen: 'library' };

const isId = (s: string | undefined): s is string => s !== undefined && idSchema.safeParse(s).success;

/** `#/courses/<id>[/lessons/<id>]`; anything else is the library. */
export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/');
  if (parts[0] === 'learn') return { screen: 'learn' };
  if (parts[0] === 'courses' && isId(parts[1])) {
    const lessonId = parts[2] === 'lessons' && isId(parts[3]) ? parts[3] : null;
    return { screen: 'course', courseId: parts[1], lessonId };
  }
  return LIBRARY_ROUTE;
}

export function formatHash(route: Route): string {
  switch (route.screen) {
    case 'library':
      return '#/';
    case 'learn':
      return '#/learn';
    case 'course':
      return `#/courses/${route.courseId}${route.lessonId ? `/lessons/${route.lessonId}` : ''}`;
  }
}
