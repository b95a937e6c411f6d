// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { assessedView, describeSource, viewOf } from '../../components/panel/view';
import { assessCapture } from '../../rules/assess';
import { capture, SHORT_NOTE } from './helpers';

describe('viewOf', () => {
  it('is loading until the hub answers, empty when it has nothing', () => {
    expect(viewOf(undefined).kind).toBe('loading');
    expect(viewOf(null).kind).toBe('empty');
    expect(viewOf({ capture: null }).kind).toBe('empty');
  });

  it('is unreadable with the hub’s error, or the capture’s reason when nothing was read', () => {
    expect(viewOf({ capture: null, error: 'no permission' })).toEqual({ kind: 'unreadable', message: 'no permission' });
    const c = capture({ text: null, reason: 'several patients on this page' });
    expect(viewOf({ capture: c })).toEqual({ kind: 'nothing-read', reason: 'several patients on this page' });
  });

  it('has no back-pain content when the text yields no features', () => {
    const c = capture({ text: 'Sore throat.' });
    const v = viewOf({ capture: c });
    expect(v).toEqual({ kind: 'assessing', capture: c, text: 'Sore throat.' });
    expect(assessedView(c, 'Sore throat.', assessCapture('Sore throat.')).kind).toBe('no-content');
  });

  it('asks for the capture’s text (CC and HPI labelled) to be assessed, and is ready with its assessment', () => {
    const c = capture({ text: null, chiefComplaint: 'low back pain', hpi: 'Denies fever.' });
    const asked = viewOf({ capture: c });
    expect(asked.kind).toBe('assessing');
    if (asked.kind !== 'assessing') return;
    expect(asked.text).toBe('CC: low back pain\n\nHPI: Denies fever.');
    const v = assessedView(c, asked.text, assessCapture(asked.text));
    expect(v.kind).toBe('ready');
    if (v.kind !== 'ready') return;
    expect(v.assessment.features.find((f) => f.id === 'fever')?.status).toBe('absent');
    const evidence = v.assessment.features.find((f) => f.id === 'fever')!.evidence[0];
    expect(v.text.slice(evidence.start, evidence.end)).toBe('fever');
  });

  it('keeps a capture that carries a reason but also text', () => {
    const v = viewOf({ capture: capture({ text: SHORT_NOTE, reason: 'older encounter shown' }) });
    expect(v.kind).toBe('assessing');
  });
});

describe('describeSource', () => {
  it('names a chart by origin and the parts read, and a selection as such', () => {
    const chart = describeSource(capture({ where: [{ part: 'chiefComplaint', label: "textarea 'Reason for Visit'" }] }));
    expect(chart).toEqual({ heading: 'This tab’s chart', origin: 'https://ehr.example.org', parts: ["Chief complaint: textarea 'Reason for Visit'"] });
    expect(describeSource(capture({ source: 'selection' })).heading).toBe('Right-clicked selection');
  });
});
