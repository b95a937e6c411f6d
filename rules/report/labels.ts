import { humanizeSources } from '../guidelines/seeds';
import type { CriterionState, Severity } from '../findings/schema';
import type { ScreenState } from '../findings/schema';
import type { FeatureValue, Status, ValueBound } from '../vocabulary/extraction';
import { FEATURE_TABLE, type FeatureGroup, type FeatureId } from '../vocabulary/features';

/** Feature groups in the order a clinician reads them: red flags first, the patient last. */
export const GROUP_ORDER: FeatureGroup[] = ['red_flag', 'pattern', 'spa', 'exam', 'patient'];

export const GROUP_TITLE: Record<FeatureGroup, string> = {
  red_flag: 'Red-flag screen',
  pattern: 'Pain pattern',
  spa: 'Spondyloarthritis features',
  exam: 'Examination',
  patient: 'Patient and course',
};

/** Severity as a word and a symbol, so it never rests on colour alone. */
export const SEVERITY_WORD: Record<Severity, string> = { critical: 'Critical', warning: 'Warning', info: 'Info' };
export const SEVERITY_ICON: Record<Severity, string> = { critical: '‼', warning: '!', info: 'i' };
export const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

export const CRITERION_WORD: Record<CriterionState, string> = { met: 'met', not_met: 'not met', not_documented: 'not documented' };
export const CRITERION_ICON: Record<CriterionState, string> = { met: '✓', not_met: '✗', not_documented: '?' };

export const STATUS_WORD: Record<Status | 'not_documented', string> = {
  present: 'present',
  absent: 'absent',
  uncertain: 'uncertain',
  not_documented: 'not documented',
};

export const SCREEN_WORD: Record<ScreenState, string> = {
  present: 'documented present',
  absent: 'documented absent',
  ask: 'ask or examine',
  not_documented: 'not documented',
};

const UNIT = { years: 'years', weeks: 'weeks', minutes: 'min' } as const;

const BOUND_WORDS = { above: 'more than ', below: 'less than ' } as const;

/** "45 years", "3 weeks", "more than 30 min", "female"; undefined when the feature takes no value. */
export function formatValue(id: FeatureId, value: FeatureValue | undefined, bound?: ValueBound): string | undefined {
  const kind = FEATURE_TABLE[id].value;
  if (value === undefined || kind === 'none') return undefined;
  if (kind === 'sex') return String(value);
  const n = typeof value === 'number' ? Math.round(value * 10) / 10 : value;
  return `${bound ? BOUND_WORDS[bound] : ''}${n} ${UNIT[kind]}`;
}

/** "Age: 45 years", or the bare label when there is no value. */
export function featureText(id: FeatureId, value?: FeatureValue, bound?: ValueBound): string {
  const v = formatValue(id, value, bound);
  return v ? `${FEATURE_TABLE[id].label}: ${v}` : FEATURE_TABLE[id].label;
}

/** How many of a finding's snippets its card shows first; the note cites the same ones. */
export const LEAD_SNIPPETS = 3;

/** A citation without its reference-key tags ("Deyo & Diehl 1988 [DEYO1988]" → "Deyo & Diehl 1988"). */
export const plainCite = (cite: string) => humanizeSources(cite.replace(/\s*\[[^\]]+\]/g, '')).trim();

/** A reference's short label for a link: its authors and title, cut to fit ("Chou R, Qaseem A, … Diagnosis and treatment…"). */
export function referenceLabel(text: string, max = 90): string {
  const short = text.split('. ').slice(0, 2).join('. ');
  return short.length > max ? `${short.slice(0, max - 1).trimEnd()}…` : short;
}
