import { z } from 'zod';
import { FeatureId } from './features';

/** What the text says about a feature for this patient (spec: features.md). */
export const Status = z.enum(['present', 'absent', 'uncertain']);
export type Status = z.infer<typeof Status>;

export const Sex = z.enum(['male', 'female']);
export type Sex = z.infer<typeof Sex>;

export const FeatureValue = z.union([z.number().finite(), Sex]);
export type FeatureValue = z.infer<typeof FeatureValue>;

/** One mention: the exact words, where they are, and what the context made of them. */
export const Evidence = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  text: z.string(),
  status: Status,
  section: z.string(),
  /** The context cue that set the status ("denies", "r/o", "Fever: No"), if any. */
  cue: z.string().optional(),
  historical: z.boolean(),
});
export type Evidence = z.infer<typeof Evidence>;

export const ExtractedFeature = z.object({
  id: FeatureId,
  status: Status,
  value: FeatureValue.optional(),
  evidence: z.array(Evidence).min(1),
  /** Mentions disagree (e.g. copied-forward text): the panel shows every one. */
  conflict: z.boolean(),
});
export type ExtractedFeature = z.infer<typeof ExtractedFeature>;

export const Extraction = z.object({
  features: z.array(ExtractedFeature),
});
export type Extraction = z.infer<typeof Extraction>;
