import { useEffect, useState } from 'react';
import { failure, useEngine } from './engine';
import { assessedView, type PanelView } from './view';

/**
 * While a new capture is assessed the previous one stays on screen, so the panel does not flash
 * while the clinician types: as it was for DIM_MS, then dimmed and inert (not clickable) until
 * STALE_MS, after which the panel says it is assessing.
 */
export const DIM_MS = 100;
export const STALE_MS = 400;

/** Everything a capture's assessment depends on, as one comparable value. */
const keyOf = (v: Extract<PanelView, { kind: 'assessing' }>) => JSON.stringify([v.capture.at, v.capture.age, v.capture.sex, v.text]);

/**
 * The panel view with the engine's answer in it: an 'assessing' view becomes 'ready',
 * 'no-content' or 'failed'. `stale` is true while the previous capture's view is shown dimmed.
 */
export function useAssessedView(view: PanelView): { view: PanelView; stale: boolean } {
  const engine = useEngine();
  const [settled, setSettled] = useState<{ key: string; view: PanelView } | null>(null);
  /** How long the current key has waited: 0 under DIM_MS, 1 under STALE_MS, 2 after. */
  const [waited, setWaited] = useState<{ key: string; level: 1 | 2 } | null>(null);
  const key = view.kind === 'assessing' ? keyOf(view) : null;

  useEffect(() => {
    if (view.kind !== 'assessing' || key === null) {
      setSettled(null);
      return;
    }
    let live = true;
    const { capture, text } = view;
    const timers = [setTimeout(() => live && setWaited({ key, level: 1 }), DIM_MS), setTimeout(() => live && setWaited({ key, level: 2 }), STALE_MS)];
    engine.assess(text, { age: capture.age, sex: capture.sex }).then(
      (assessment) => live && setSettled({ key, view: assessedView(capture, text, assessment) }),
      (e: unknown) => live && setSettled({ key, view: { kind: 'failed', capture, text, message: failure(e) } }),
    );
    return () => {
      live = false;
      timers.forEach(clearTimeout);
    };
    // The key holds everything the assessment depends on; the view object itself changes on every hub answer.
  }, [engine, key]);

  if (key === null) return { view, stale: false };
  if (settled?.key === key) return { view: settled.view, stale: false };
  const level = waited?.key === key ? waited.level : 0;
  if (settled && level < 2) return { view: settled.view, stale: level === 1 };
  return { view, stale: false };
}
