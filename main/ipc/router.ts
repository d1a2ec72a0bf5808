import {
  AppError,
  channels,
  err,
  formatZodError,
  isChannelName,
  ok,
  toAppError,
  type ChannelName,
  type ChannelOutput,
  type ChannelParsedInput,
  type Result,
} from '../../shared';

/** Who is calling: lets handlers report the host kind; never used for authorisation (transports do that). */
export interface CallContext {
  readonly host: 'electron' | 'browser' | 'cli';
  /** Base URL of the separate origin serving packages/previews/LMS pages (browser host and Electron only). */
  readonly contentBase?: string;
}

/**
 * One handler per channel. A mapped type over the contract, so a channel added to
 * shared/contract without a handler here is a compile error.
 */
export type Handlers = {
  [C in ChannelName]: (input: ChannelParsedInput<C>, ctx: CallContext) => ChannelOutput<C> | Promise<ChannelOutput<C>>;
};

export interface Router {
  /** Validates `channel` and `rawInput` against the contract, runs the handler, and never throws. */
  dispatch(channel: unknown, rawInput: unknown, ctx: CallContext): Promise<Result<unknown>>;
}

interface RouterOptions {
  /** Also validate handler output against the contract (on in tests and development; cheap enough to keep on). */
  validateOutput?: boolean;
  /** Called for INTERNAL errors so they can be logged with their stack. */
  onInternalError?: (channel: string, error: unknown) => void;
}

/** Most validation issues returned in `error.details`. */
export const MAX_ISSUES = 20;

export function createRouter(handlers: Handlers, options: RouterOptions = {}): Router {
  const validateOutput = options.validateOutput ?? true;
  return {
    async dispatch(channel, rawInput, ctx) {
      if (!isChannelName(channel)) {
        return err('UNKNOWN_CHANNEL', `Unknown channel: ${describe(channel)}`);
      }
      let parsed: ReturnType<(typeof channels)[typeof channel]['input']['safeParse']>;
      try {
        parsed = channels[channel].input.safeParse(rawInput);
      } catch (e) {
        // A schema should never throw (recursive ones cap their depth); if one does, it is still a Result.
        options.onInternalError?.(channel, e);
        return { ok: false, error: toAppError(e) };
      }
      if (!parsed.success) {
        // Issues are capped: a hostile payload can produce thousands, and they travel back over IPC/WS.
        return err(
          'VALIDATION',
          `${channel}: ${formatZodError(parsed.error)}`,
          parsed.error.issues.slice(0, MAX_ISSUES),
        );
      }
      try {
        const handler = handlers[channel] as (input: unknown, ctx: CallContext) => unknown;
        const value = await handler(parsed.data, ctx);
        if (validateOutput) {
          const out = channels[channel].output.safeParse(value);
          if (!out.success) {
            throw new AppError(
              'INTERNAL',
              `${channel} produced output that breaks the contract: ${formatZodError(out.error)}`,
            );
          }
          return ok(out.data);
        }
        return ok(value);
      } catch (e) {
        const error = toAppError(e);
        if (error.code === 'INTERNAL') options.onInternalError?.(channel, e);
        return { ok: false, error };
      }
    },
  };
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 80));
  return typeof value;
}
