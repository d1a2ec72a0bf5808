import { h, render } from 'preact';
import { useEffect, useMemo, useRef } from 'react';
import {
  blockAssetIds,
  COURSE_PACKAGE_FORMAT_VERSION,
  type Block,
  type CourseOutline,
  type CoursePackage,
  type CourseTree,
  type LessonTree,
  type PackagedAsset,
} from '../../../shared';
import { createStandaloneAdapter } from '../../player/lms/standalone-adapter';
import { PlayerController } from '../../player/state/player-controller';
import { BlockView, type BlockContext } from '../../player/ui/block-views';
import { useStores } from '../stores/stores-context';
import '../../player/player-content.css';
import '../../player/blocks-extra.css';
import '../../player/scenario.css';
import '../../player/continue.css';
import '../../player/attachment.css';
import '../../player/embed.css';
import '../../player/gallery-graphic-sorting.css';
import '../../player/themes.css';
import './canvas-block.css';

/** What the player views need besides the block; the assets are filled in per block (drafts may add media). */
export type CanvasContext = Omit<BlockContext, 'assets'>;

/**
 * A learner session for the lesson on the canvas: questions can be tried in the editor exactly as in the
 * player. Nothing is stored (no LMS, no storage).
 */
export function useCanvasContext(tree: CourseOutline, lesson: LessonTree): CanvasContext {
  return useMemo(() => {
    // The other lessons' blocks are not loaded (nor needed: the canvas shows this lesson only).
    const course: CourseTree = {
      ...tree,
      modules: tree.modules.map((m) => ({
        ...m,
        lessons: m.lessons.map(({ blockCount: _n, ...l }) => (l.id === lesson.id ? lesson : { ...l, blocks: [] })),
      })),
    };
    const pkg: CoursePackage = {
      formatVersion: COURSE_PACKAGE_FORMAT_VERSION,
      target: 'preview',
      packageId: tree.id,
      generator: 'coursewright-editor',
      course,
      assets: {},
    };
    const adapter = createStandaloneAdapter({ packageId: tree.id, storage: null });
    const logger = { warn: () => undefined };
    const controller = new PlayerController(pkg, adapter, adapter.start(), logger);
    controller.goTo(lesson.id);
    const questions = lesson.blocks.filter((b) => b.type === 'question').map((b) => b.id);
    return {
      language: tree.language,
      controller,
      canvas: true,
      questionNumber: (blockId: string) => ({
        index: questions.indexOf(blockId) + 1,
        total: questions.length,
        graded: lesson.kind === 'quiz',
      }),
    };
  }, [tree, lesson]);
}

/** The player's (Preact) view of one block, mounted inside the React editor: one renderer of what learners see. */
export function PlayerBlockView({ block, ctx }: { block: Block; ctx: CanvasContext }) {
  const host = useRef<HTMLDivElement>(null);
  const { api } = useStores();
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const assets: Record<string, PackagedAsset> = {};
    // The library serves media by asset id; the browser sniffs the type (the editor has no mime at hand).
    for (const id of blockAssetIds(block)) assets[id] = { kind: 'image', mime: '', src: api.mediaUrl(id), size: 0 };
    render(h(BlockView, { block, ctx: { ...ctx, assets } }), el);
  }, [block, ctx, api]);
  useEffect(() => {
    const el = host.current;
    return () => {
      if (el) render(null, el);
    };
  }, []);
  return <div ref={host} className="block-preview cw-main cw-canvas-block" data-player-view={block.type} />;
}
