import * as z from 'zod/mini';
import { FeatureId } from '../vocabulary/features';

/** Finding ids (spec: features.md, Findings). */
export const FINDING_IDS = [
  'flag.cauda_equina',
  'flag.neuro_deficit',
  'flag.malignancy',
  'flag.infection',
  'flag.fracture',
  'flag.vascular',
  'pattern.inflammatory',
  'pattern.mechanical',
  'pattern.static_posture',
  'pattern.degenerative_stiffness',
  'pattern.radicular',
  'axspa.asas_classification',
  'axspa.nice_referral',
  'imaging.not_indicated',
  'imaging.mri_emergency',
  'imaging.mri_urgent',
  'imaging.mri_soon',
  'imaging.xray_first',
  'imaging.sij_mri',
] as const;
export const FindingId = z.enum(FINDING_IDS);
export type FindingId = z.infer<typeof FindingId>;

export const Severity = z.enum(['critical', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

/** Three-valued outcome of one checked condition. */
export const CriterionState = z.enum(['met', 'not_met', 'not_documented']);
export type CriterionState = z.infer<typeof CriterionState>;

/** One row of a finding's trace: what was checked, the outcome, and the value seen. */
export const TraceRow = z.object({
  label: z.string(),
  state: CriterionState,
  seen: z.optional(z.string()),
});
export type TraceRow = z.infer<typeof TraceRow>;

/** A CDS Hooks card (cds-hooks.org), exportable unchanged. */
export const CdsCard = z.object({
  uuid: z.string(),
  summary: z.string().check(z.maxLength(140)),
  indicator: Severity,
  detail: z.string(),
  source: z.object({ label: z.string(), url: z.optional(z.url()) }),
  links: z.array(z.object({ label: z.string(), url: z.url(), type: z.literal('absolute') })),
});
export type CdsCard = z.infer<typeof CdsCard>;

export const Finding = z.object({
  id: FindingId,
  severity: Severity,
  title: z.string(),
  /** One sentence: why it fired, with criteria counts. */
  because: z.string(),
  trace: z.array(TraceRow),
  /** What would change it or is still missing ("night waking not documented"). */
  missing: z.array(z.string()),
  action: z.string(),
  snippets: z.array(z.string()).check(z.minLength(1)),
  card: CdsCard,
});
export type Finding = z.infer<typeof Finding>;

/** A red flag on the screen: documented present or absent, to ask or examine, or not documented. */
export const ScreenState = z.enum(['present', 'absent', 'ask', 'not_documented']);
export type ScreenState = z.infer<typeof ScreenState>;

export const ScreenRow = z.object({ id: FeatureId, label: z.string(), state: ScreenState });
export type ScreenRow = z.infer<typeof ScreenRow>;

/** Post-test probability of malignancy and the likelihood ratios behind it. */
export const Probability = z.object({
  /** 0–1. */
  value: z.number(),
  /** "≈ 9 %" */
  display: z.string(),
  factors: z.array(z.string()),
  caveat: z.string(),
});
export type Probability = z.infer<typeof Probability>;

/** What the rules make of a set of features. */
export const Assessment = z.object({
  findings: z.array(Finding),
  screen: z.array(ScreenRow),
  /** When the malignancy flag fires. */
  malignancy: z.optional(Probability),
  /** The general management snippets apply (no critical flag). */
  generalAdvice: z.boolean(),
});
export type Assessment = z.infer<typeof Assessment>;
