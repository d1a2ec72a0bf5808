import type { AppErrorShape, ChannelInput, ChannelName, ChannelOutput, CoursewrightApi } from '../../../shared';

export type ErrorSink = (error: AppErrorShape) => void;

/**
 * Calls a channel and hands failures to `onError`, returning null instead. Store actions use this
 * so every failure reaches the user the same way and no component branches on Result.
 */
export async function callApi<C extends ChannelName>(
  api: CoursewrightApi,
  channel: C,
  input: ChannelInput<C>,
  onError: ErrorSink,
): Promise<ChannelOutput<C> | null> {
  let result;
  try {
    result = await api.invoke(channel, input);
  } catch (e) {
    // The API promises never to throw; if a transport does anyway, surface it rather than lose it.
    result = { ok: false as const, error: { code: 'INTERNAL' as const, message: `Unexpected error: ${String(e)}` } };
  }
  if (result.ok) return result.value;
  onError(result.error);
  return null;
}
