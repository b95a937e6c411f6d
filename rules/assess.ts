import { extract } from './extract/extract';
import { runRules, type Assessment } from './findings/engine';
import type { ExtractedFeature } from './vocabulary/extraction';

export interface FullAssessment extends Assessment {
  features: ExtractedFeature[];
}

/** Text in, features and findings out: what the side panel, the CLI and the tests all run. */
export function assessText(text: string): FullAssessment {
  const { features } = extract(text);
  return { features, ...runRules(features) };
}
