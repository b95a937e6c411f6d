import * as z from 'zod/mini';
import { Assessment } from '../findings/schema';
import { ExtractedFeature } from '../vocabulary/extraction';

/** A guideline snippet as a card shows it: the text, any note, a plain citation and its https links. */
export const SnippetView = z.object({
  id: z.string(),
  text: z.string(),
  note: z.optional(z.string()),
  cite: z.string(),
  links: z.array(z.object({ label: z.string(), url: z.string() })),
});
export type SnippetView = z.infer<typeof SnippetView>;

/**
 * Everything the panel shows for one set of features: the findings, the guidance they cite
 * (each snippet the cards and the general advice show, by id), the note to copy and the
 * CDS Hooks JSON. Built in one place so the copied note always matches the cards.
 */
export const Outcome = z.object({
  assessment: Assessment,
  guidance: z.record(z.string(), SnippetView),
  note: z.string(),
  json: z.string(),
});
export type Outcome = z.infer<typeof Outcome>;

/** A text's assessment for the panel: the features read, and the outcome before any edit. */
export const TextAssessment = z.object({ features: z.array(ExtractedFeature), outcome: Outcome });
export type TextAssessment = z.infer<typeof TextAssessment>;
