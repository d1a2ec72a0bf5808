import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCourseLibrary, type SqliteCourseLibrary } from '../../../main/library/open-library';
import { exportCourse } from '../../../main/export/export-course';
import { xapiIds, MODULE_LAUNCH_PARAM } from '../../../shared/package/xapi-ids';
import { courseQuestions } from '../../../shared/scorm/learner-state';
import { ensurePlayerBuilt, readZip, REPO_ROOT, type ZipEntryData } from './export-test-kit';

const XSD = path.join(REPO_ROOT, 'tests/fixtures/xsd/cmi5/CourseStructure.xsd');

let tmp: string;
let library: SqliteCourseLibrary;
let sampleId: string;

beforeAll(async () => {
  ensurePlayerBuilt();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-cmi5-export-'));
  library = await openCourseLibrary({ dir: path.join(tmp, 'library') });
  const sample = library.listCourses().find((c) => c.isSample);
  if (!sample) throw new Error('the fresh library has no sample course');
  sampleId = sample.id;
});
afterAll(() => {
  library?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

let n = 0;
async function exportEntries(
  courseId: string,
  format: 'cmi5' | 'xapi',
  extra: { cmi5AuPerModule?: boolean } = {},
): Promise<ZipEntryData[]> {
  const outPath = path.join(tmp, `${format}-${n++}.zip`);
  await exportCourse({ library, courseId, format, outPath, ...extra });
  return readZip(outPath);
}
const text = (entries: ZipEntryData[], name: string): string => {
  const e = entries.find((x) => x.name === name);
  if (!e) throw new Error(`missing ${name}`);
  return e.data.toString('utf8');
};

/** The system xmllint against the cmi5 CourseStructure.xsd copied unchanged into the repository. */
function xmllint(xml: string): { status: number | null; stderr: string } {
  const file = path.join(fs.mkdtempSync(path.join(tmp, 'xml-')), 'cmi5.xml');
  fs.writeFileSync(file, xml);
  const res = spawnSync('xmllint', ['--noout', '--nonet', '--schema', XSD, file], { encoding: 'utf8' });
  return { status: res.status, stderr: res.stderr };
}

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const auTags = (xml: string): string[] => [...xml.matchAll(/<au\s[^>]*>/g)].map((m) => m[0]);
const auUrls = (xml: string): string[] => [...xml.matchAll(/<url>([^<]*)<\/url>/g)].map((m) => m[1] ?? '');

describe('cmi5 export', () => {
  it('writes a cmi5.xml at the zip root that validates against the cmi5 CourseStructure.xsd', async () => {
    const entries = await exportEntries(sampleId, 'cmi5');
    const xml = text(entries, 'cmi5.xml');
    const res = xmllint(xml);
    expect(res.stderr).toContain('validates');
    expect(res.status).toBe(0);
    // Not a SCORM package: no imsmanifest.xml to confuse an LMS's import.
    expect(entries.map((e) => e.name)).not.toContain('imsmanifest.xml');
  });

  it('the schema check can fail: a broken moveOn is refused', async () => {
    const xml = text(await exportEntries(sampleId, 'cmi5'), 'cmi5.xml').replace(/moveOn="[^"]*"/, 'moveOn="Sometimes"');
    expect(xmllint(xml).status).not.toBe(0);
  });

  it('derives absolute IRI ids from the course id, the same on every export', async () => {
    const first = text(await exportEntries(sampleId, 'cmi5'), 'cmi5.xml');
    const again = text(await exportEntries(sampleId, 'cmi5'), 'cmi5.xml');
    expect(again).toBe(first);
    const ids = xapiIds(sampleId);
    expect(first).toContain(`<course id="${ids.course}">`);
    const [au, ...others] = auTags(first);
    expect(others).toEqual([]);
    expect(attr(au!, 'id')).toBe(ids.au);
    for (const id of [ids.course, ids.au]) expect(id).toMatch(/^[a-z][a-z0-9+.-]*:/); // scheme: not a reference
    // A copy of the course is another course: other ids.
    const copy = library.duplicateCourse(sampleId);
    const copyXml = text(await exportEntries(copy.id, 'cmi5'), 'cmi5.xml');
    expect(copyXml).toContain(`<course id="${xapiIds(copy.id).course}">`);
    expect(copyXml).not.toContain(sampleId);
  });

  it('takes moveOn from the completion rule and masteryScore from the passing score', async () => {
    const course = library.duplicateCourse(sampleId);
    expect(courseQuestions(library.getCourse(course.id)).some((q) => q.graded)).toBe(true);
    const cases = [
      ['viewed', 'Completed'],
      ['passed', 'Passed'],
      ['viewedAndPassed', 'CompletedAndPassed'],
    ] as const;
    for (const [rule, moveOn] of cases) {
      library.updateCourse(course.id, { settings: { completion: { rule }, passingScore: 75 } });
      const xml = text(await exportEntries(course.id, 'cmi5'), 'cmi5.xml');
      const au = auTags(xml)[0]!;
      expect([rule, attr(au, 'moveOn')]).toEqual([rule, moveOn]);
      expect(attr(au, 'masteryScore')).toBe('0.75');
      expect(xmllint(xml).status).toBe(0);
    }
  });

  it('a course without graded questions asks for Completed and has no masteryScore', async () => {
    const course = library.createCourse({ title: 'No quiz here' });
    library.updateCourse(course.id, { settings: { completion: { rule: 'passed' } } });
    const mod = library.createModule(course.id, 'Only module');
    library.createLesson(mod.id, 'Reading');
    const xml = text(await exportEntries(course.id, 'cmi5'), 'cmi5.xml');
    const au = auTags(xml)[0]!;
    expect(attr(au, 'moveOn')).toBe('Completed');
    expect(attr(au, 'masteryScore')).toBeUndefined();
    expect(xmllint(xml).status).toBe(0);
  });

  it('AU urls are relative and name the launch file inside the zip', async () => {
    const entries = await exportEntries(sampleId, 'cmi5');
    const names = entries.map((e) => e.name);
    const urls = auUrls(text(entries, 'cmi5.xml'));
    expect(urls).toEqual(['index.html']);
    for (const u of urls) {
      expect(u).not.toMatch(/^(\/|[a-z][a-z0-9+.-]*:)/i);
      expect(names).toContain(u.split('?')[0]);
    }
  });

  it('one AU per module on request, each launching its module', async () => {
    const tree = library.getCourse(sampleId);
    const entries = await exportEntries(sampleId, 'cmi5', { cmi5AuPerModule: true });
    const xml = text(entries, 'cmi5.xml');
    expect(xmllint(xml).status).toBe(0);
    const tags = auTags(xml);
    expect(tags.map((t) => attr(t, 'id'))).toEqual(tree.modules.map((m) => xapiIds(sampleId).moduleAu(m.id)));
    expect(auUrls(xml)).toEqual(tree.modules.map((m) => `index.html?${MODULE_LAUNCH_PARAM}=${m.id}`));
    expect(new Set(tags.map((t) => attr(t, 'id'))).size).toBe(tags.length);
  });

  it('loads nothing from another server: every src/href in the package pages is relative', async () => {
    const entries = await exportEntries(sampleId, 'cmi5');
    const html = text(entries, 'index.html');
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ref).not.toMatch(/^(\/\/|[a-z][a-z0-9+.-]*:)/i);
    const css = text(entries, 'runtime/player.css');
    expect(css).not.toMatch(/@import|url\(\s*["']?(https?:)?\/\//);
  });
});

describe('xapi (Tin Can) export', () => {
  it('writes tincan.xml with the course activity and the relative launch file', async () => {
    const entries = await exportEntries(sampleId, 'xapi');
    const xml = text(entries, 'tincan.xml');
    const tree = library.getCourse(sampleId);
    expect(xml).toContain('<tincan xmlns="http://projecttincan.com/tincan.xsd">');
    expect(xml).toContain(
      `<activity id="${xapiIds(sampleId).course}" type="http://adlnet.gov/expapi/activities/course">`,
    );
    expect(xml).toContain(`<launch lang="${tree.language}">index.html</launch>`);
    expect(entries.map((e) => e.name)).toContain('index.html');
    const wellFormed = spawnSync('xmllint', ['--noout', '-'], { input: xml, encoding: 'utf8' });
    expect(wellFormed.status).toBe(0);
  });
});
