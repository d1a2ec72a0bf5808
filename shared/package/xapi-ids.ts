/**
 * Activity IRIs of exported cmi5 / xAPI packages. Derived only from the course (and module) id, so a
 * re-export keeps them and the LRS keeps one history per course. `urn:` IRIs are absolute (cmi5 §3.0:
 * fully qualified) and claim no web domain we would have to serve. Plain strings: the player imports this.
 */
const BASE = 'urn:coursewright:course:';

export const xapiIds = (courseId: string) => ({
  /** cmi5 `course@id` / the xAPI course activity. */
  course: `${BASE}${courseId}`,
  /** The AU of a one-AU package. */
  au: `${BASE}${courseId}:au`,
  /** The AU of one module (one-AU-per-module packages). */
  moduleAu: (moduleId: string) => `${BASE}${courseId}:module:${moduleId}`,
  /** One `cmi.interaction` activity per question block. */
  question: (blockId: string) => `${BASE}${courseId}:question:${blockId}`,
});

/** Query parameter naming the module a one-AU-per-module launch plays (not a cmi5 launch parameter name, §8.1). */
export const MODULE_LAUNCH_PARAM = 'cw-module';
