import { useEffect, useState } from 'react';
import type { BlockType, FoundBlock } from '../../../shared';
import { useCourse, useStores } from './stores-context';

/**
 * The open course's blocks of some kinds, asked of the host (`blocks.find`) when a panel needs the whole course
 * (video captions, questions to move into a bank): the editor holds only the lessons opened. Asked again when the
 * outline or a loaded lesson changes (every write refreshes one of them); null until the first answer.
 */
export function useCourseBlocks(types: readonly BlockType[]): FoundBlock[] | null {
  const { course } = useStores();
  const tree = useCourse((s) => s.tree);
  const lessons = useCourse((s) => s.lessons);
  const [found, setFound] = useState<FoundBlock[] | null>(null);
  const key = types.join(',');
  useEffect(() => {
    let live = true;
    void course
      .getState()
      .findBlocks({ types: key.split(',') as BlockType[] })
      .then((blocks) => {
        if (live && blocks) setFound(blocks);
      });
    return () => {
      live = false;
    };
  }, [course, tree, lessons, key]);
  return found;
}
