import { describe, expect, it } from 'vitest';
import { decodeSuspendData, encodeSuspendData, worstCaseSuspendDataLength } from '../../../shared/scorm/suspend-data';
import { courseStatefulBlocks, emptyLearnerState } from '../../../shared/scorm/learner-state';
import { sampleCourseTree } from '../../support/player-course-tree';

describe('scenario state in suspend_data', () => {
  const sample = sampleCourseTree();
  const ref = courseStatefulBlocks(sample).find((r) => r.block.type === 'scenario');

  it('the sample scenario keeps its position and completion, every value round-trips', () => {
    expect(ref).toBeDefined();
    const block = ref!.block;
    if (block.type !== 'scenario') throw new Error('not a scenario');
    expect(ref!.max).toBe(2 * (block.scenes.length + block.endings.length) - 1);
    for (let value = 0; value <= ref!.max; value++) {
      const state = { ...emptyLearnerState(), blocks: value ? { [block.id]: value } : {}, saveCount: 3 };
      const encoded = encodeSuspendData(state, sample);
      expect(encoded.length).toBeLessThanOrEqual(worstCaseSuspendDataLength(sample));
      expect(decodeSuspendData(encoded, sample)).toEqual(state);
    }
  });
});
