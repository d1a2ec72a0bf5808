import { describe, expect, it } from 'vitest';
import { COURSE_PACKAGE_FORMAT_VERSION, LINK_PROTOCOLS, PACKAGE_GLOBAL, PACKAGE_TARGETS } from '../../../shared';
import { checkPackage } from '../../../renderer/player/package-check';
import {
  PLAYER_FORMAT_VERSION,
  PLAYER_LINK_PROTOCOLS,
  PLAYER_PACKAGE_GLOBAL,
  PLAYER_TARGETS,
} from '../../../renderer/player/runtime-constants';
import { sampleCourseTree } from '../../support/player-course-tree';

describe('player package check', () => {
  const good = {
    formatVersion: 1,
    target: 'html5',
    packageId: 'x',
    generator: 't',
    course: sampleCourseTree(),
    assets: {},
  };

  it('accepts a real package and rejects broken ones with a readable message', () => {
    expect(checkPackage(good)).toBeNull();
    expect(checkPackage(undefined)).toMatch(/missing/);
    expect(checkPackage({ ...good, formatVersion: 2 })).toMatch(/format 2/);
    expect(checkPackage({ ...good, target: 'scorm3' })).toMatch(/target/);
    expect(checkPackage({ ...good, course: { ...good.course, modules: [] } })).toMatch(/no lessons/);
    const badBlock = structuredClone(good);
    badBlock.course.modules[0]!.lessons[0]!.blocks.push({ id: 'q', type: 'question' } as never);
    expect(checkPackage(badBlock)).toMatch(/question/);
  });

  it("the player's zod-free constants match the shared ones", () => {
    expect(PLAYER_FORMAT_VERSION).toBe(COURSE_PACKAGE_FORMAT_VERSION);
    expect(PLAYER_PACKAGE_GLOBAL).toBe(PACKAGE_GLOBAL);
    expect([...PLAYER_TARGETS]).toEqual([...PACKAGE_TARGETS]);
    expect([...PLAYER_LINK_PROTOCOLS]).toEqual([...LINK_PROTOCOLS]);
  });
});
