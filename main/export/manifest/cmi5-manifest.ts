import type { CourseTree } from '../../../shared/model/course';
import { PACKAGE_PATHS } from '../../../shared/package/player-html';
import { MODULE_LAUNCH_PARAM, xapiIds } from '../../../shared/package/xapi-ids';
import { courseQuestions } from '../../../shared/scorm/learner-state';
import { el, renderXmlDocument, type XmlElement } from './xml-writer';

/** cmi5 CourseStructure namespace (cmi5 §13.2); the element names below are the XSD's. */
const CMI5_NAMESPACE = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';

type Cmi5MoveOn = 'Completed' | 'Passed' | 'CompletedAndPassed';

interface Cmi5ManifestOptions {
  /** One AU per module (each launching the player on that module) instead of one AU for the course. */
  auPerModule?: boolean | undefined;
}

/**
 * moveOn from the completion rule. A course (or module) without graded questions never sends Passed,
 * so requiring it would make the AU impossible to satisfy: its rule falls back to Completed, exactly
 * as the player completes such a course once every lesson is viewed (state/progress.ts).
 */
export function cmi5MoveOn(rule: CourseTree['settings']['completion']['rule'], hasGradedQuiz: boolean): Cmi5MoveOn {
  if (!hasGradedQuiz) return 'Completed';
  switch (rule) {
    case 'viewed':
      return 'Completed';
    case 'passed':
      return 'Passed';
    case 'viewedAndPassed':
      return 'CompletedAndPassed';
  }
}

/** Passing score in percent → masteryScore 0..1 with at most 4 decimals (§13.1.4); passingScore is an integer. */
export const cmi5MasteryScore = (passingScore: number): string =>
  String(Math.min(100, Math.max(0, passingScore)) / 100);

const text = (name: string, lang: string, value: string): XmlElement =>
  // textType needs at least one langstring; an empty description stays a valid empty langstring.
  el(name, {}, el('langstring', { lang }, value));

/**
 * `cmi5.xml`: the course, then one AU for the whole course (default) or one per module. AU urls are
 * relative to the package root (§14.1), so the LMS resolves them against wherever it unpacked the zip;
 * the player, its CSS and the media are all inside the package (nothing from a CDN).
 */
export function buildCmi5Manifest(course: CourseTree, opts: Cmi5ManifestOptions = {}): string {
  const ids = xapiIds(course.id);
  const lang = course.language;
  const { rule } = course.settings.completion;
  const graded = courseQuestions(course).filter((q) => q.graded);
  const au = (id: string, title: string, description: string, url: string, hasQuiz: boolean): XmlElement =>
    el(
      'au',
      {
        id,
        moveOn: cmi5MoveOn(rule, hasQuiz),
        masteryScore: hasQuiz ? cmi5MasteryScore(course.settings.passingScore) : undefined,
        launchMethod: 'AnyWindow',
      },
      text('title', lang, title),
      text('description', lang, description),
      el('url', {}, url),
    );
  const aus = opts.auPerModule
    ? course.modules.map((m) =>
        au(
          ids.moduleAu(m.id),
          m.title,
          course.title,
          `${PACKAGE_PATHS.index}?${MODULE_LAUNCH_PARAM}=${encodeURIComponent(m.id)}`,
          graded.some((q) => m.lessons.some((l) => l.id === q.lesson.id)),
        ),
      )
    : [au(ids.au, course.title, course.description.trim(), PACKAGE_PATHS.index, graded.length > 0)];
  const root = el(
    'courseStructure',
    { xmlns: CMI5_NAMESPACE },
    el(
      'course',
      { id: ids.course },
      text('title', lang, course.title),
      text('description', lang, course.description.trim()),
    ),
    ...aus,
  );
  return renderXmlDocument(root);
}
