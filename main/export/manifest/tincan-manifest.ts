import type { CourseTree } from '../../../shared/model/course';
import { PACKAGE_PATHS } from '../../../shared/package/player-html';
import { xapiIds } from '../../../shared/package/xapi-ids';
import { el, renderXmlDocument } from './xml-writer';

const TINCAN_NAMESPACE = 'http://projecttincan.com/tincan.xsd';
const XAPI_COURSE_ACTIVITY_TYPE = 'http://adlnet.gov/expapi/activities/course';

/**
 * `tincan.xml`: the course activity and its launch file. The LMS (SCORM Cloud, Moodle's xAPI launch …)
 * appends `endpoint`, `auth`, `actor`, `registration` to the launch URL; the player's xAPI adapter reads them.
 */
export function buildTincanManifest(course: CourseTree): string {
  const lang = course.language;
  const root = el(
    'tincan',
    { xmlns: TINCAN_NAMESPACE },
    el(
      'activities',
      {},
      el(
        'activity',
        { id: xapiIds(course.id).course, type: XAPI_COURSE_ACTIVITY_TYPE },
        el('name', { lang }, course.title),
        el('description', { lang }, course.description.trim()),
        el('launch', { lang }, PACKAGE_PATHS.index),
      ),
    ),
  );
  return renderXmlDocument(root);
}
