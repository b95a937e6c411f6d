import { createContext, useContext } from 'react';
import type { ChartBanner } from '@/rules/edits';
import type { Outcome, TextAssessment } from '@/rules/report/schema';
import type { ExtractedFeature } from '@/rules/vocabulary/extraction';

/**
 * The clinical engine as the panel sees it: asynchronous, because in the extension it runs in
 * a worker beside the panel (entrypoints/sidepanel/engine), off the page's main thread. A
 * failure rejects with a message meant for the clinician.
 */
export interface Engine {
  /** Read a capture's text: its features, and the outcome before any edit. */
  assess(text: string, banner: ChartBanner): Promise<TextAssessment>;
  /** Run the rules on the features as the clinician has confirmed them. */
  rules(features: ExtractedFeature[]): Promise<Outcome>;
}

export const EngineContext = createContext<Engine | null>(null);

export function useEngine(): Engine {
  const engine = useContext(EngineContext);
  if (!engine) throw new Error('The panel was rendered without an engine.');
  return engine;
}

/** An error's message for the clinician; anything that is not an Error gets a generic one. */
export const failure = (e: unknown) => (e instanceof Error && e.message ? e.message : 'The assessment failed.');
