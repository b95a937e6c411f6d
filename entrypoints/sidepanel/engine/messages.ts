import * as z from 'zod/mini';
import { ChartBanner } from '@/rules/edits';
import { MAX_TEXT_CHARS } from '@/rules/input';
import { Outcome, TextAssessment } from '@/rules/report/schema';
import { ExtractedFeature } from '@/rules/vocabulary/extraction';

/** Every request carries an id; its reply carries the same one. */
const id = z.number().check(z.int(), z.nonnegative());

/** Panel → engine worker. */
export const EngineRequest = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('assess'), id, text: z.string().check(z.maxLength(MAX_TEXT_CHARS)), banner: ChartBanner }),
  z.strictObject({ type: z.literal('rules'), id, features: z.array(ExtractedFeature) }),
]);
export type EngineRequest = z.infer<typeof EngineRequest>;

/** Engine worker → panel. */
export const EngineReply = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('assessed'), id, result: TextAssessment }),
  z.strictObject({ type: z.literal('ruled'), id, result: Outcome }),
  z.strictObject({ type: z.literal('failed'), id, error: z.string() }),
]);
export type EngineReply = z.infer<typeof EngineReply>;

/** What a request's reply must be, when it did not fail. */
export const REPLY_TYPE = { assess: 'assessed', rules: 'ruled' } as const satisfies Record<EngineRequest['type'], EngineReply['type']>;
