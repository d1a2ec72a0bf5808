/** @jsxImportSource preact */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { BlockOf } from '../../../shared/model/blocks';
import { Paragraphs } from './activity-views';
import type { BlockContext, BlockViewRegistry } from './block-view-types';
import { Button } from './button';

/**
 * A scenario: the character's line in a polite live card, the learner's responses as buttons. After a choice,
 * focus moves to the first response of the new scene (or "Restart scenario" at an ending) while the card reads
 * the new line. Stored for resume: position (scene i, or scenes + ending j) + positions once an ending was reached.
 */
function ScenarioBlock({ block, ctx }: { block: BlockOf<'scenario'>; ctx: BlockContext }): JSX.Element {
  const { scenes, endings } = block;
  const n = scenes.length;
  const all = n + endings.length;
  const [stored, setStored] = useState(() => ctx.controller.blockState(block.id));
  const movedRef = useRef(false);
  const rootRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (movedRef.current) rootRef.current?.querySelector<HTMLElement>('.cw-scenario-next button')?.focus();
    movedRef.current = false;
  }, [stored]);
  const done = stored >= all;
  const at = stored % all;
  const go = (to: number) => {
    const next = to + (done || to >= n ? all : 0);
    movedRef.current = true;
    setStored(next);
    ctx.controller.setBlockState(block.id, next);
  };
  const scene = scenes[at];
  const ending = endings[at - n];
  const img = scene?.character.imageAssetId ? ctx.assets[scene.character.imageAssetId] : undefined;
  const ids = [...scenes, ...endings].map((x) => x.id);
  const choices = (scene?.choices ?? []).filter((c) => c.next !== null && ids.includes(c.next));
  return (
    <section
      ref={rootRef}
      class="cw-scenario"
      aria-label={block.title}
      data-scene={scene?.id ?? ''}
      data-ending={ending?.id ?? ''}
      data-complete={done}
    >
      <div class="cw-scenario-card" aria-live="polite" data-outcome={ending?.outcome}>
        {scene ? (
          <>
            {img ? <img src={img.src} alt={scene.character.alt} width={img.width} height={img.height} /> : null}
            <div key={at}>
              <p class="cw-scenario-name">{scene.character.name}</p>
              <Paragraphs text={scene.line} />
            </div>
          </>
        ) : (
          <div key={at}>
            <p class="cw-scenario-name">{ending?.title}</p>
            <Paragraphs text={ending?.feedback ?? ''} />
          </div>
        )}
      </div>
      <div class="cw-scenario-next" role="group" aria-label={choices.length ? 'Your response' : 'Scenario'}>
        {choices.length ? (
          choices.map((c) => (
            <Button key={c.id} onClick={() => go(ids.indexOf(c.next ?? ''))}>
              {c.text}
            </Button>
          ))
        ) : (
          <Button primary onClick={() => go(0)}>
            Restart scenario
          </Button>
        )}
      </div>
    </section>
  );
}

export const scenarioViews: Pick<BlockViewRegistry, 'scenario'> = {
  scenario: ScenarioBlock,
};
