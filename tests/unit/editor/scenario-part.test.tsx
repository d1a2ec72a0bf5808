// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLOCK_KINDS, blockSchema, type BlockOf } from '../../../shared';
import { EditorProvider } from '../../../renderer/src/editor/editor-context';
import { EDITOR_PARTS } from '../../../renderer/src/editor/blocks/block-editor';
import { createAppStores, type AppStores } from '../../../renderer/src/stores/app-stores';
import { StoresProvider } from '../../../renderer/src/stores/stores-context';
import { createInProcessApi, type InProcessApi } from '../../support/in-process-api';

type Scenario = BlockOf<'scenario'>;
const Part = EDITOR_PARTS.scenario;

/** The part as the canvas uses it: every change replaces the block; the last one is kept for the asserts. */
function Harness({ initial, seen }: { initial: Scenario; seen: Scenario[] }) {
  const [block, setBlock] = useState(initial);
  return (
    <Part
      block={block}
      graded={false}
      onChange={(b) => {
        seen.push(b);
        setBlock(b);
      }}
    />
  );
}

describe('scenario editor part (real input)', () => {
  let env: InProcessApi;
  let stores: AppStores;
  beforeAll(async () => {
    env = await createInProcessApi();
    stores = createAppStores(env.api);
  });
  afterAll(async () => {
    stores.dispose();
    await env.close();
  });

  it('deleting an ending unlinks the choices that led to it; making another scene the start strands the old one', async () => {
    const user = userEvent.setup();
    const initial = blockSchema.parse({
      id: crypto.randomUUID(),
      ...BLOCK_KINDS.scenario.create(() => crypto.randomUUID()),
    }) as Scenario;
    const seen: Scenario[] = [];
    render(
      <StoresProvider stores={stores}>
        <EditorProvider>
          <Harness initial={initial} seen={seen} />
        </EditorProvider>
      </StoresProvider>,
    );
    const check = screen.getByRole('region', { name: 'Graph check' });
    expect(within(check).getByRole('status').textContent).toBe(
      'Every scene is reachable from the start and every path ends.',
    );

    await user.click(screen.getByRole('button', { name: 'Delete ending 2' }));
    const afterDelete = seen.at(-1)!;
    expect(afterDelete.endings.map((e) => e.id)).toEqual([initial.endings[0]!.id]);
    expect(afterDelete.scenes[0]!.choices.map((c) => c.next)).toEqual([initial.scenes[1]!.id, null]);
    expect((screen.getByLabelText('Scene 1 response 2 leads to') as HTMLSelectElement).value).toBe('');
    expect(
      within(check)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([`Choice 2 of scene “${initial.scenes[0]!.name}” leads nowhere.`]);
    // The last ending cannot go.
    expect(screen.getByRole('button', { name: 'Delete ending 1' })).toHaveProperty('disabled', true);

    await user.click(screen.getByRole('button', { name: 'Make scene 2 the start' }));
    expect(seen.at(-1)!.scenes.map((s) => s.id)).toEqual([initial.scenes[1]!.id, initial.scenes[0]!.id]);
    expect(
      within(check)
        .getAllByRole('listitem')
        .map((li) => li.getAttribute('data-problem')),
    ).toEqual(['unreachable', 'dangling']);
    expect(blockSchema.safeParse(seen.at(-1)).success).toBe(true);
  });
});
