import { act, render } from '@testing-library/react';
import { createElement, type ReactElement, type ReactNode } from 'react';
import { EngineContext, type Engine } from '../../components/panel/engine';
import { assessedView, viewOf, type PanelView } from '../../components/panel/view';
import type { Capture } from '../../entrypoints/background/messages';
import { assessCapture } from '../../rules/assess';
import { inThreadEngine } from '../entrypoints/sidepanel/engine/fake-worker';

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

/** The view the panel shows for a capture once the engine has assessed it. */
export function viewFor(c: Capture = capture()): PanelView {
  const v = viewOf({ capture: c });
  return v.kind === 'assessing' ? assessedView(v.capture, v.text, assessCapture(v.text, { age: c.age, sex: c.sex })) : v;
}

/** Renders panel components with an engine (by default the real one, over the worker protocol in this thread). */
export function renderPanel(ui: ReactElement, engine: Engine = inThreadEngine()) {
  const wrapper = ({ children }: { children: ReactNode }) => createElement(EngineContext.Provider, { value: engine }, children);
  return render(ui, { wrapper });
}

/** Lets the engine's pending answers arrive (they are asynchronous, as in the extension) and React render them. */
export async function settle(): Promise<void> {
  await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}
