import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../../main/scorm-import/manifest-parser';
import { applyParameters, packagePath } from '../../../main/scorm-import/launch-url';

const SCORM12 = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="com.example.m12" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="ORG">
    <organization identifier="OTHER"><title>Not me</title>
      <item identifier="X" identifierref="R2"><title>X</title></item>
    </organization>
    <organization identifier="ORG"><title>Safety &amp; Health</title>
      <item identifier="M1"><title>Module 1</title>
        <item identifier="I1" identifierref="R1" parameters="?page=1">
          <title>Lesson 1</title>
          <adlcp:masteryscore>80</adlcp:masteryscore>
          <adlcp:datafromlms>mode=a&amp;b</adlcp:datafromlms>
          <adlcp:maxtimeallowed>00:30:00</adlcp:maxtimeallowed>
          <adlcp:timelimitaction>exit,message</adlcp:timelimitaction>
        </item>
        <item identifier="I2" identifierref="R2" isvisible="false"><title>Lesson 2</title></item>
      </item>
      <item identifier="I3" identifierref="R3"><title>Outside</title></item>
    </organization>
  </organizations>
  <resources xml:base="content/">
    <resource identifier="R1" type="webcontent" adlcp:scormtype="sco" href="sco1/index.html?lang=en" xml:base="v1/">
      <file href="sco1/index.html"/><dependency identifierref="SHARED"/>
    </resource>
    <resource identifier="R2" type="webcontent" adlcp:scormtype="asset" href="page%20two.html"><file href="page two.html"/></resource>
    <resource identifier="R3" type="webcontent" adlcp:scormtype="sco" href="http://example.com/remote.html"/>
    <resource identifier="SHARED" type="webcontent" adlcp:scormtype="asset"><file href="shared/a.js"/></resource>
  </resources>
</manifest>`;

const SCORM2004_4TH = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="m2004" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
  <organizations default="O1">
    <organization identifier="O1"><title>Course 2004</title>
      <item identifier="I1" identifierref="R1" parameters="#start">
        <title>Only SCO</title>
        <adlcp:dataFromLMS>launch-me</adlcp:dataFromLMS>
        <adlcp:timeLimitAction>continue,no message</adlcp:timeLimitAction>
        <adlcp:completionThreshold completedByMeasure="true" minProgressMeasure="0.75"/>
        <imsss:sequencing>
          <imsss:limitConditions attemptAbsoluteDurationLimit="PT1H30M"/>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="p" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>0.6</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="R1" type="webcontent" adlcp:scormType="sco" href="index.html"><file href="index.html"/></resource>
  </resources>
</manifest>`;

describe('parseManifest', () => {
  it('reads a SCORM 1.2 manifest: default organization, items in order, launch URLs, item data', () => {
    const m = parseManifest(SCORM12);
    expect(m.version).toBe('scorm12');
    expect(m.schemaVersion).toBe('1.2');
    expect(m.identifier).toBe('com.example.m12');
    expect(m.title).toBe('Safety & Health');
    expect(m.defaultOrganizationId).toBe('ORG');
    expect(m.organizations.map((o) => o.identifier)).toEqual(['OTHER', 'ORG']);
    expect(m.organizations[1]?.items[0]?.children.map((i) => i.identifier)).toEqual(['I1', 'I2']);
    expect(m.scos.map((s) => [s.itemId, s.launchUrl, s.launchPath, s.scormType, s.depth])).toEqual([
      ['I1', 'content/v1/sco1/index.html?lang=en&page=1', 'content/v1/sco1/index.html', 'sco', 1],
      ['I2', 'content/page%20two.html', 'content/page two.html', 'asset', 1],
    ]);
    const first = m.scos[0];
    expect(first).toMatchObject({
      masteryScore: 80,
      launchData: 'mode=a&b',
      maxTimeAllowed: '00:30:00',
      timeLimitAction: 'exit,message',
      scaledPassingScore: null,
    });
    expect(m.resources.find((r) => r.identifier === 'R1')).toMatchObject({
      files: ['content/v1/sco1/index.html'],
      dependencies: ['SHARED'],
    });
    expect(m.warnings.join('\n')).toMatch(/Item "I3" launches http:\/\/example\.com\/remote\.html, which is outside/);
  });

  it('reads a SCORM 2004 4th edition manifest: scaled passing score, completion threshold, limits, fragment parameters', () => {
    const m = parseManifest(Buffer.from(SCORM2004_4TH));
    expect(m.version).toBe('scorm2004-4th');
    expect(m.scos).toHaveLength(1);
    expect(m.scos[0]).toMatchObject({
      launchUrl: 'index.html#start',
      launchPath: 'index.html',
      launchData: 'launch-me',
      timeLimitAction: 'continue,no message',
      maxTimeAllowed: 'PT1H30M',
      scaledPassingScore: 0.6,
      completionThreshold: 0.75,
      masteryScore: null,
    });
    expect(m.warnings).toEqual([]);
  });

  it('detects 2004 3rd edition and CAM 1.3, and ignores minNormalizedMeasure unless satisfied by measure', () => {
    const third = SCORM2004_4TH.replace('2004 4th Edition', '2004 3rd Edition').replace(
      'satisfiedByMeasure="true"',
      'satisfiedByMeasure="false"',
    );
    const m = parseManifest(third);
    expect(m.version).toBe('scorm2004-3rd');
    expect(m.scos[0]?.scaledPassingScore).toBeNull();
    expect(parseManifest(SCORM2004_4TH.replace('2004 4th Edition', 'CAM 1.3')).version).toBe('scorm2004-3rd');
  });

  it('falls back to namespaces when there is no schemaversion', () => {
    const no12 = SCORM12.replace(/<metadata>.*<\/metadata>/, '');
    const m12 = parseManifest(no12);
    expect(m12.version).toBe('scorm12');
    expect(m12.warnings.join('\n')).toMatch(/treated as SCORM 1\.2 from its namespaces/);
    const m2004 = parseManifest(SCORM2004_4TH.replace(/<metadata>.*<\/metadata>/, ''));
    expect(m2004.version).toBe('scorm2004-3rd');
    expect(m2004.warnings.join('\n')).toMatch(/treated as SCORM 2004/);
  });

  it('tolerates a BOM, uppercase tags, missing prefixes and a missing default organization', () => {
    const sloppy = `\uFEFF<?xml version="1.0"?>
<MANIFEST IDENTIFIER="sloppy">
  <Organizations>
    <Organization Identifier="A"><Title>Sloppy</Title>
      <Item Identifier="i1" IdentifierRef="r1" Parameters="a=1&b=2"><Title>One</Title><MasteryScore>70</MasteryScore></Item>
      <ITEM identifier="i2" identifierref="r2"><title>Two</title></item>
    </Organization>
  </Organizations>
  <Resources>
    <Resource identifier="r1" type="webcontent" scormtype="sco" href="one.html"/>
    <Resource identifier="r2" type="webcontent" href="./two.html"/>
  </Resources>
</MANIFEST>`;
    const m = parseManifest(Buffer.from(sloppy, 'utf8'));
    expect(m.version).toBe('scorm12');
    expect(m.title).toBe('Sloppy');
    expect(m.defaultOrganizationId).toBe('A');
    expect(m.scos.map((s) => s.launchUrl)).toEqual(['one.html?a=1&b=2', 'two.html']);
    expect(m.scos[0]?.masteryScore).toBe(70);
    expect(m.warnings.join('\n')).toMatch(/No default organization is named; using the first one, "A"/);
  });

  it('offers the resources when the organizations are empty', () => {
    const m = parseManifest(
      `<manifest><organizations/><resources><resource identifier="r" adlcp:scormtype="sco" href="a/b.html"/></resources></manifest>`,
    );
    expect(m.scos.map((s) => s.launchUrl)).toEqual(['a/b.html']);
    expect(m.warnings.join('\n')).toMatch(/no organization/);
  });

  it('decodes UTF-16 manifests by their BOM', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(SCORM2004_4TH.replace('UTF-8', 'UTF-16'), 'utf16le'),
    ]);
    expect(parseManifest(bytes).version).toBe('scorm2004-4th');
  });

  it('refuses entity declarations and never expands unknown entities (no XXE, no billion laughs)', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE manifest [<!ENTITY x SYSTEM "file:///etc/passwd">]><manifest><resources/></manifest>`;
    expect(() => parseManifest(xxe)).toThrow(/DOCTYPE with an internal subset/);
    const undefinedEntity = `<manifest><organizations><organization><title>&x;</title></organization></organizations><resources/></manifest>`;
    expect(() => parseManifest(undefinedEntity)).toThrow(/undefined entity &x;/);
    // A plain external DOCTYPE is ignored, not fetched.
    const external = SCORM12.replace(
      '<manifest',
      '<!DOCTYPE manifest SYSTEM "http://127.0.0.1:9/never.dtd">\n<manifest',
    );
    expect(parseManifest(external).version).toBe('scorm12');
  });

  it.each([
    ['<manifest><resources>', /is not well-formed XML: <resources> opened on line 1 is never closed/],
    ['<manifest></resource></manifest>', /<\/resource> closes <manifest>/],
    ['<package/>', /root element <package>/],
    ['<manifest><organizations/></manifest>', /no <resources> element/],
    [
      '<manifest><organizations><organization identifier="o"><item identifier="i" identifierref="missing"/></organization></organizations><resources/></manifest>',
      /names nothing to launch/,
    ],
    ['', /no root element/],
    ['<manifest a="1" a="2"><resources/></manifest>', /attribute a appears twice/],
  ])('refuses %j clearly', (xml, message) => {
    expect(() => parseManifest(xml)).toThrow(message);
  });

  it('joins parameters per SCORM CAM and keeps launch paths inside the package', () => {
    expect(applyParameters('a.html', '?x=1')).toBe('a.html?x=1');
    expect(applyParameters('a.html?y=2', '?x=1')).toBe('a.html?y=2&x=1');
    expect(applyParameters('a.html?y=2', '&x=1')).toBe('a.html?y=2&x=1');
    expect(applyParameters('a.html#f', 'x=1')).toBe('a.html?x=1#f');
    expect(applyParameters('a.html#f', '#g')).toBe('a.html#f');
    expect(packagePath('a/../b.html?q')).toBe('b.html');
    expect(packagePath('../b.html')).toBeNull();
    expect(packagePath('/etc/passwd')).toBeNull();
    expect(packagePath('javascript:alert(1)')).toBeNull();
  });
});
