import { checkText } from '@/rules/input';
import type { TextAssessment } from '@/rules/report/schema';
import { captureText, type Capture, type PanelResponse } from '@/entrypoints/background/messages';

/** What the panel shows, derived from the hub's answer for the current tab. */
export type PanelView =
  | { kind: 'loading' }
  | { kind: 'empty' }
  | { kind: 'unreadable'; message: string }
  | { kind: 'nothing-read'; reason: string }
  | { kind: 'no-content'; capture: Capture; text: string; reason?: string }
  /** Text to assess: the engine's answer turns this into 'ready', 'no-content' or 'failed' (useAssessedView). */
  | { kind: 'assessing'; capture: Capture; text: string }
  | { kind: 'failed'; capture: Capture; text: string; message: string }
  | { kind: 'ready'; capture: Capture; text: string; assessment: TextAssessment };

/** undefined: still asking; null: no answer. Pure, so the states can be tested without a browser. */
export function viewOf(response: PanelResponse | null | undefined): PanelView {
  if (response === undefined) return { kind: 'loading' };
  if (response === null) return { kind: 'empty' };
  if (response.error) return { kind: 'unreadable', message: response.error };
  const capture = response.capture;
  if (!capture) return { kind: 'empty' };
  const text = captureText(capture);
  if (!text.trim()) {
    // The reader looked and chose not to read (several patients, a patient switch): say why; this is not a permission problem.
    return capture.reason ? { kind: 'nothing-read', reason: capture.reason } : { kind: 'no-content', capture, text };
  }
  const checked = checkText(text);
  if (!checked.ok) return { kind: 'no-content', capture, text, reason: checked.reason };
  return { kind: 'assessing', capture, text };
}

/** The view once the engine has read the text: nothing it recognises is 'no-content'. */
export function assessedView(capture: Capture, text: string, assessment: TextAssessment): PanelView {
  return assessment.features.length ? { kind: 'ready', capture, text, assessment } : { kind: 'no-content', capture, text };
}

const PART_NAME: Record<Capture['where'][number]['part'], string> = {
  chiefComplaint: 'Chief complaint',
  hpi: 'History of present illness',
  age: 'Age',
  sex: 'Sex',
  text: 'Text',
};

export interface SourceDescription {
  heading: string;
  origin: string;
  parts: string[];
}

/** Where the text came from, in words: this tab's chart (origin, the parts read) or a selection. */
export function describeSource(c: Capture): SourceDescription {
  return {
    heading: c.source === 'chart' ? 'This tab’s chart' : 'Right-clicked selection',
    origin: c.origin,
    parts: c.where.map((w) => `${PART_NAME[w.part]}: ${w.label}`),
  };
}
