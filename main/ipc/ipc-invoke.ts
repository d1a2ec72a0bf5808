import { err, type Result } from '../../shared';
import { isTrustedSender, type IpcSender } from '../security/trusted-sender';
import type { Router } from './router';
import { CONTENT_ORIGIN } from '../security/csp';

/**
 * The decision logic behind Electron's `ipcMain.handle(IPC_INVOKE_CHANNEL, ...)`, kept free of
 * electron so it is unit- and fuzz-tested in Node: refuse untrusted senders (not the app's top
 * frame), then dispatch through the same router as every other transport. Never throws.
 */
export async function handleIpcInvoke(
  router: Router,
  sender: IpcSender | null,
  channel: unknown,
  input: unknown,
): Promise<Result<unknown>> {
  try {
    if (!isTrustedSender(sender)) {
      return err('FORBIDDEN', 'IPC message refused: it did not come from the Coursewright window.');
    }
    return await router.dispatch(channel, input, { host: 'electron', contentBase: CONTENT_ORIGIN });
  } catch (e) {
    // The router never throws; this guards against a broken sender object (getters that throw).
    return err('INTERNAL', `Unexpected error: ${e instanceof Error ? e.message : String(e)}`);
  }
}
