import * as z from 'zod/mini';
import { FeatureId } from '../vocabulary/features';

/**
 * A lexicon entry: the ways clinicians and patients write one feature. Patterns are regular
 * expression sources (case-insensitive) that may use {macros} from macros.ts. They are
 * matched whole-word; keep them free of nested quantifiers (hostile-input tests check this).
 */
export const Concept = z.union([
  FeatureId,
  /** Spondyloarthritis-family diagnoses with no patient feature of their own (AS, PsA…):
   * they matter only in relatives, where they set family_history_spa. */
  z.literal('spa_condition'),
  /** One leg's symptom ("sciatica right leg", "left leg started tingling"): no feature of its
   * own; both sides present in one note are bilateral_leg_symptoms (extract.ts). */
  z.literal('right_leg_symptom'),
  z.literal('left_leg_symptom'),
]);
export type Concept = z.infer<typeof Concept>;

export const LexiconEntry = z.strictObject({
  concept: Concept,
  patterns: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  /**
   * Status of a mention no trigger modifies: tests named without a result are 'uncertain'
   * (ordered, pending); phrases that themselves deny the feature ("strength 5/5",
   * "intentional weight loss", "minimal relief from ibuprofen") are 'absent'.
   */
  assume: z._default(z.enum(['present', 'uncertain', 'absent']), 'present'),
  /** Match case-sensitively (abbreviations that are also words: "AS", "UC", "PsA"). */
  caseSensitive: z._default(z.boolean(), false),
  /** Only a recent event counts (procedures, infections): an old one ("s/p fusion 2012") is dropped. */
  recentOnly: z._default(z.boolean(), false),
  /** In a relative this condition sets family_history_spa (psoriasis, IBD, uveitis, AS…). */
  familySpa: z._default(z.boolean(), false),
  /**
   * Minor trauma (a fall from standing, sitting down hard): significant only in the elderly or
   * with fragile bones (spec: features.md, significant_trauma). In a patient known to be younger
   * with no osteoporosis or steroid use documented, it is asked about rather than fired on.
   */
  minorTrauma: z._default(z.boolean(), false),
  note: z.optional(z.string()),
});
export type LexiconEntry = z.input<typeof LexiconEntry>;
export type ParsedEntry = z.output<typeof LexiconEntry>;
