import type { Capture } from '../../entrypoints/background/messages';
import { viewOf, type PanelView } from '../../components/panel/view';

export const SHORT_NOTE =
  'CC: low back pain for 3 weeks after lifting.\nHPI: Worse with activity, better with rest. Denies fever, no saddle anesthesia, no bowel or bladder changes. No history of cancer.';

export function capture(over: Partial<Capture> = {}): Capture {
  return {
    source: 'chart',
    origin: 'https://ehr.example.org',
    title: 'Office Visit',
    chiefComplaint: null,
    hpi: null,
    text: SHORT_NOTE,
    age: 45,
    sex: 'female',
    where: [{ part: 'text', label: "textarea 'Subjective'" }],
    at: 1,
    ...over,
  };
}

/** The view the panel gets for a capture, as the data hook builds it. */
export function viewFor(c: Capture = capture()): PanelView {
  return viewOf({ capture: c });
}
