import { AppError } from '../../shared';
import { attr, childNamed, childrenNamed, decodeXmlBytes, parseXml, type XmlElement } from '../scorm-import/xml-lite';

export interface Cmi5Au {
  id: string;
  title: string;
  /** Relative to the package root (§14.1) or absolute (an AU hosted elsewhere). */
  url: string;
  moveOn: 'NotApplicable' | 'Passed' | 'Completed' | 'CompletedAndPassed' | 'CompletedOrPassed';
  masteryScore: number | null;
  launchMethod: 'AnyWindow' | 'OwnWindow';
  launchParameters: string | null;
}
export interface Cmi5Structure {
  courseId: string;
  title: string;
  /** Every AU in document order (blocks flattened). */
  aus: Cmi5Au[];
}

const MOVE_ON = ['NotApplicable', 'Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed'] as const;
const refuse = (message: string) => new AppError('IMPORT', `cmi5.xml: ${message}`);
/** §3.0: IRIs fully qualified — a scheme, then something. */
const isAbsoluteIri = (s: string) => /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(s);
const text = (el: XmlElement | undefined): string =>
  (el ? (childrenNamed(el, 'langstring')[0]?.text ?? el.text) : '').trim();

/** Reads a cmi5 course structure (§13) with the project's entity-free XML reader; refuses what an LMS must not launch. */
export function parseCmi5Structure(bytes: Buffer): Cmi5Structure {
  const root = parseXml(decodeXmlBytes(bytes), 'cmi5.xml');
  if (root.local !== 'coursestructure') throw refuse('the root element is not courseStructure');
  const course = childNamed(root, 'course');
  const courseId = course ? (attr(course, 'id') ?? '') : '';
  if (!isAbsoluteIri(courseId)) throw refuse('course id must be an absolute IRI');
  const aus: Cmi5Au[] = [];
  const ids = new Set<string>([courseId]);
  const walk = (el: XmlElement) => {
    for (const child of el.children) {
      if (child.local === 'block') {
        walk(child);
        continue;
      }
      if (child.local !== 'au') continue;
      const id = attr(child, 'id') ?? '';
      if (!isAbsoluteIri(id)) throw refuse(`AU id "${id}" is not an absolute IRI`);
      if (ids.has(id)) throw refuse(`id "${id}" is used twice`);
      ids.add(id);
      const url = (childNamed(child, 'url')?.text ?? '').trim();
      if (!url) throw refuse(`AU "${id}" has no url`);
      const moveOn = attr(child, 'moveOn') ?? 'NotApplicable';
      if (!(MOVE_ON as readonly string[]).includes(moveOn)) throw refuse(`AU "${id}" has moveOn "${moveOn}"`);
      const ms = attr(child, 'masteryScore');
      const mastery = ms === undefined ? null : Number(ms);
      if (mastery !== null && !(mastery >= 0 && mastery <= 1))
        throw refuse(`AU "${id}" masteryScore "${ms}" is not 0..1`);
      aus.push({
        id,
        title: text(childNamed(child, 'title')) || id,
        url,
        moveOn: moveOn as Cmi5Au['moveOn'],
        masteryScore: mastery,
        launchMethod: attr(child, 'launchMethod') === 'OwnWindow' ? 'OwnWindow' : 'AnyWindow',
        launchParameters: childNamed(child, 'launchParameters')?.text.trim() || null,
      });
    }
  };
  walk(root);
  if (aus.length === 0) throw refuse('the course has no AU');
  return { courseId, title: text(course ? childNamed(course, 'title') : undefined) || courseId, aus };
}
