import { z } from 'zod';

/** Records that reach an LRS (main/records-sync/): settings, connection test, outbox state, one sync run. */
const lrsSettingsViewSchema = z.object({
  endpoint: z.string(),
  key: z.string(),
  /** The secret itself never leaves the main process. */
  hasSecret: z.boolean(),
  /** False where the secret cannot be stored encrypted (browser host, CLI): it must then be given per sync. */
  canStoreSecret: z.boolean(),
});
export type LrsSettingsViewInfo = z.infer<typeof lrsSettingsViewSchema>;

const endpoint = z.url({ protocol: /^https?$/ }).max(2000);

const syncSummarySchema = z.object({
  sent: z.number().int().min(0),
  alreadyThere: z.number().int().min(0),
  rejected: z.number().int().min(0),
  left: z.number().int().min(0),
  stoppedBecause: z.string().nullable(),
});

export const recordsChannels = {
  'records.lrsSettings': { input: z.object({}).strict(), output: lrsSettingsViewSchema },
  'records.saveLrsSettings': {
    input: z.object({ endpoint, key: z.string().max(500), secret: z.string().max(500).optional() }),
    output: lrsSettingsViewSchema,
  },
  /** GET /about with the saved settings (or the ones given, before saving). */
  'records.testLrs': {
    input: z.object({
      endpoint: endpoint.optional(),
      key: z.string().max(500).optional(),
      secret: z.string().max(500).optional(),
    }),
    output: z.object({ ok: z.boolean(), detail: z.string() }),
  },
  'records.outbox': {
    input: z.object({}).strict(),
    output: z.object({
      pending: z.number().int().min(0),
      sent: z.number().int().min(0),
      duplicate: z.number().int().min(0),
      rejected: z.array(z.object({ statementId: z.string(), reason: z.string() })),
    }),
  },
  'records.sync': { input: z.object({}).strict(), output: syncSummarySchema },
} as const;
