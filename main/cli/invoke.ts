import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared';
import type { AppContext } from '../app/app-context';
import { CliError } from './command';

/**
 * Calls a contract channel through the shared router (same validation as Electron and the browser
 * host) and unwraps the Result: an error becomes a CliError carrying its stable code.
 */
export async function invokeChannel<C extends ChannelName>(
  context: AppContext,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const result = await context.router.dispatch(channel, input, { host: 'cli' });
  if (!result.ok) throw new CliError(`${result.error.message} [${result.error.code}]`);
  return result.value as ChannelOutput<C>;
}
