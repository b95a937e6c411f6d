import * as z from 'zod/mini';
import { FeatureId } from './features';

/** What the text says about a feature for this patient (spec: features.md). */
export const Status = z.enum(['present', 'absent', 'uncertain']);
export type Status = z.infer<typeof Status>;

export const Sex = z.enum(['male', 'female']);
export type Sex = z.infer<typeof Sex>;

export const FeatureValue = z.union([z.number(), Sex]);
export type FeatureValue = z.infer<typeof FeatureValue>;

/**
 * A number written as a bound: "> 30 min", "more than 30 minutes" (above: the true value is
 * more than `value`), "< 30 min", "under half an hour" (below). The rules compare the bound, so
 * "more than 30 minutes" meets "> 30 min" and is not "30 min or less".
 */
export const ValueBound = z.enum(['above', 'below']);
export type ValueBound = z.infer<typeof ValueBound>;
/** A bound written as a sign before its number, for traces and terminal output ("> 30"). */
export const BOUND_SIGN: Record<ValueBound, string> = { above: '> ', below: '< ' };

/** One mention: the exact words, where they are, and what the context made of them. */
export const Evidence = z.object({
  start: z.number().check(z.int(), z.nonnegative()),
  end: z.number().check(z.int(), z.positive()),
  text: z.string(),
  status: Status,
  section: z.string(),
  /** The context cue that set the status ("denies", "r/o", "Fever: No"), if any. */
  cue: z.optional(z.string()),
  historical: z.boolean(),
});
export type Evidence = z.infer<typeof Evidence>;

/**
 * Where a feature's status comes from: the assessed text (the default when absent), the chart
 * banner (age, sex), or the clinician in the panel. Only a feature read from the text must
 * carry at least one evidence span; the others may have none.
 */
export const FeatureSource = z.enum(['text', 'chart', 'clinician']);
export type FeatureSource = z.infer<typeof FeatureSource>;

export const ExtractedFeature = z
  .object({
    id: FeatureId,
    status: Status,
    value: z.optional(FeatureValue),
    /** The value is a bound, not an amount (see ValueBound); only with a number value. */
    bound: z.optional(ValueBound),
    evidence: z.array(Evidence),
    /** Mentions disagree (e.g. copied-forward text): the panel shows every one. */
    conflict: z.boolean(),
    source: z.optional(FeatureSource),
  })
  .check(
    z.refine((f) => (f.source ?? 'text') !== 'text' || f.evidence.length >= 1, {
      message: 'a feature read from the text needs at least one evidence span',
      path: ['evidence'],
    }),
  );
export type ExtractedFeature = z.infer<typeof ExtractedFeature>;

export const Extraction = z.object({
  features: z.array(ExtractedFeature),
});
export type Extraction = z.infer<typeof Extraction>;
