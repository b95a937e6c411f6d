import { useCallback, useEffect, useRef, useState } from 'react';
import type { Outcome } from '@/rules/report/schema';
import type { ExtractedFeature } from '@/rules/vocabulary/extraction';
import { failure, useEngine } from './engine';

export interface OutcomeState {
  /** The latest outcome the engine returned; `initial` until the first edit's answer. */
  outcome: Outcome;
  /** The features changed and their outcome is on its way: what is shown is for the previous features. */
  pending: boolean;
  /** The engine could not run the rules on the current features: what is shown is out of date. */
  error: string | null;
  retry(): void;
}

/**
 * The rules' outcome for the features as the clinician has edited them. `initial` is the
 * outcome for the first `features` (it came with the text's assessment); every later change
 * asks the engine again, and only the answer for the latest features is kept.
 */
export function useOutcome(features: ExtractedFeature[], initial: Outcome): OutcomeState {
  const engine = useEngine();
  const [state, setState] = useState({ outcome: initial, pending: false, error: null as string | null });
  const [attempt, setAttempt] = useState(0);
  const first = useRef(features);
  const latest = useRef(0);

  useEffect(() => {
    if (features === first.current && attempt === 0) return;
    const n = ++latest.current;
    setState((s) => ({ ...s, pending: true }));
    engine.rules(features).then(
      (outcome) => n === latest.current && setState({ outcome, pending: false, error: null }),
      (e: unknown) => n === latest.current && setState((s) => ({ ...s, pending: false, error: failure(e) })),
    );
  }, [engine, features, attempt]);

  // Answers that arrive after the view is gone are ignored.
  useEffect(() => () => void (latest.current = -1), []);

  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  return { ...state, retry };
}
