import { applyEdits, type ChartBanner } from './edits';
import { extract } from './extract/extract';
import { runRules, type Assessment } from './findings/engine';
import { outcomeOf } from './report/outcome';
import type { TextAssessment } from './report/schema';
import type { ExtractedFeature } from './vocabulary/extraction';

export interface FullAssessment extends Assessment {
  features: ExtractedFeature[];
}

/** Text in, features and findings out: what the CLI and the tests run. */
export function assessText(text: string): FullAssessment {
  const { features } = extract(text);
  return { features, ...runRules(features) };
}

/**
 * What the side panel's engine worker returns for a capture: the features read from the text,
 * and the outcome for them with the chart banner's age and sex, before the clinician edits anything.
 */
export function assessCapture(text: string, banner: ChartBanner = {}): TextAssessment {
  const { features } = extract(text);
  return { features, outcome: outcomeOf(applyEdits(features, {}, banner)) };
}
