import { render } from '@testing-library/react';
import { useState, type ReactNode } from 'react';
import { afterAll, beforeAll } from 'vitest';
import type { Block, BlockOf, BlockType, CoursewrightApi } from '../../shared';
import { BlockEditor } from '../../renderer/src/editor/blocks/block-editor';
import { newBlock } from '../../renderer/src/editor/blocks/new-block';
import { EditorProvider } from '../../renderer/src/editor/editor-context';
import { createAppStores, type AppStores } from '../../renderer/src/stores/app-stores';
import { StoresProvider } from '../../renderer/src/stores/stores-context';
import { createInProcessApi, type InProcessApi } from './in-process-api';

/**
 * App stores over an empty real library (no sample) for one describe block: made before its tests, closed after.
 * `api` may wrap the library's API (e.g. add Electron's `pathForFile`). Call the result inside a test.
 */
export function editorStoresPerSuite(
  api: (env: InProcessApi) => CoursewrightApi = (env) => env.api,
): () => { env: InProcessApi; stores: AppStores } {
  let open: { env: InProcessApi; stores: AppStores } | null = null;
  beforeAll(async () => {
    const env = await createInProcessApi({ seedSample: false });
    open = { env, stores: createAppStores(api(env)) };
  });
  afterAll(async () => {
    open?.stores.dispose();
    await open?.env.close();
    open = null;
  });
  return () => {
    if (!open) throw new Error('the editor stores exist only while their suite runs');
    return open;
  };
}

/** A new block of `type` with a fresh id and `patch` applied. */
const blockOf = <T extends BlockType>(type: T, patch: Partial<BlockOf<T>> = {}): Block =>
  ({ ...newBlock(type), id: crypto.randomUUID(), ...patch }) as Block;

/**
 * Renders one block's editor like the lesson editor does: each change re-renders with the new block. `sent` holds
 * every block handed to `onChange` (what the lesson editor saves); `before` renders above it (e.g. the toasts).
 */
export function renderBlockEditor<T extends BlockType>(
  stores: AppStores,
  type: T,
  options: { patch?: Partial<BlockOf<T>>; graded?: boolean; before?: ReactNode } = {},
) {
  const sent: Block[] = [];
  const initial = blockOf(type, options.patch);
  function Harness() {
    const [block, setBlock] = useState(initial);
    const onChange = (next: Block) => {
      sent.push(next);
      setBlock(next);
    };
    return <BlockEditor block={block} onChange={onChange} graded={options.graded ?? false} />;
  }
  render(
    <StoresProvider stores={stores}>
      <EditorProvider>
        {options.before}
        <Harness />
      </EditorProvider>
    </StoresProvider>,
  );
  const last = (): BlockOf<T> => {
    const block = sent.at(-1);
    if (block?.type !== type) throw new Error(`no ${type} block sent`);
    return block as BlockOf<T>;
  };
  return { sent, last };
}
