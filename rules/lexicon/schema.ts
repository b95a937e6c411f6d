import { z } from 'zod';
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
]);
export type Concept = z.infer<typeof Concept>;

export const LexiconEntry = z
  .object({
    concept: Concept,
    patterns: z.array(z.string().min(1)).min(1),
    /**
     * Status of a mention no trigger modifies: tests named without a result are 'uncertain'
     * (ordered, pending); phrases that themselves deny the feature ("strength 5/5",
     * "intentional weight loss", "minimal relief from ibuprofen") are 'absent'.
     */
    assume: z.enum(['present', 'uncertain', 'absent']).default('present'),
    /** Match case-sensitively (abbreviations that are also words: "AS", "UC", "PsA"). */
    caseSensitive: z.boolean().default(false),
    /** Only a recent event counts (procedures, infections): an old one ("s/p fusion 2012") is dropped. */
    recentOnly: z.boolean().default(false),
    /** In a relative this condition sets family_history_spa (psoriasis, IBD, uveitis, AS…). */
    familySpa: z.boolean().default(false),
    note: z.string().optional(),
  })
  .strict();
export type LexiconEntry = z.input<typeof LexiconEntry>;
export type ParsedEntry = z.output<typeof LexiconEntry>;
