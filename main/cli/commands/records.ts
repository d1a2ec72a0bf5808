import { libraryConnection } from '../../library/sqlite-course-library';
import { Outbox } from '../../records-sync/outbox';
import { LrsSettings } from '../../records-sync/lrs-settings';
import { syncOutbox, type LrsConnection } from '../../records-sync/sync-worker';
import { CliError, UsageError, type CliCommand } from '../command';
import { toJson } from '../format';

/**
 * `records sync`: sends the learner records waiting in the outbox to the organisation's LRS. The secret
 * comes from --secret or COURSEWRIGHT_LRS_SECRET (the CLI cannot unseal the one the desktop app stores).
 */
export const recordsSyncCommand: CliCommand = {
  path: ['records', 'sync'],
  summary: 'Send waiting learner records (xAPI statements) to an LRS',
  usage: '[--endpoint <url> --key <key> --secret <secret>] [--json]',
  options: {
    endpoint: { type: 'string' },
    key: { type: 'string' },
    secret: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run({ values, io, env, withContext }) {
    return withContext(async (context) => {
      const db = libraryConnection(context.library);
      const saved = new LrsSettings(db, null).view();
      const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
      const connection: LrsConnection = {
        endpoint: str(values.endpoint) ?? saved.endpoint,
        key: str(values.key) ?? saved.key,
        secret: str(values.secret) ?? env.COURSEWRIGHT_LRS_SECRET ?? '',
      };
      if (!connection.endpoint)
        throw new UsageError('records sync needs --endpoint <url> (or an LRS saved in settings).');
      if (!connection.key || !connection.secret)
        throw new UsageError('records sync needs --key and --secret (or COURSEWRIGHT_LRS_SECRET).');
      const controller = new AbortController();
      const onSignal = () => controller.abort();
      process.once('SIGINT', onSignal);
      try {
        let last = -1;
        const summary = await syncOutbox({
          outbox: new Outbox(db),
          connection,
          signal: controller.signal,
          maxRetries: Number(env.COURSEWRIGHT_SYNC_RETRIES ?? 5),
          backoffMs: env.COURSEWRIGHT_SYNC_BACKOFF_MS ? () => Number(env.COURSEWRIGHT_SYNC_BACKOFF_MS) : undefined,
          onProgress: ({ done, total }) => {
            if (done === last) return;
            last = done;
            io.stderr(`Syncing records… ${done}/${total}\n`);
          },
        });
        if (values.json) io.stdout(`${toJson(summary)}\n`);
        else
          io.stdout(
            `Sent ${summary.sent}, already there ${summary.alreadyThere}, rejected ${summary.rejected}, left ${summary.left}.\n`,
          );
        if (summary.stoppedBecause) throw new CliError(`Sync stopped: ${summary.stoppedBecause}`);
        return 0;
      } finally {
        process.off('SIGINT', onSignal);
      }
    });
  },
};
