import { afterEach, describe, expect, it } from 'vitest';
import { parseSections, renderLines, type Line } from '@/entrypoints/ehr.content/reader/sections';
import { cleanValue } from '@/entrypoints/ehr.content/reader/text';
import { createVisibility } from '@/entrypoints/ehr.content/reader/visibility';
import { htmlPage } from '../load-fixture';

const lines = (text: string): Line[] => text.split('\n').map((t) => ({ text: t, el: null, labelish: false, heading: 0 }));
const summary = (text: string) => parseSections(lines(text)).map((s) => [s.kind, s.label, s.lines.join('\n')]);

let close: (() => Promise<void>) | null = null;
afterEach(async () => close?.());

describe('note sections', () => {
  it('splits a note at headers, inline or on their own line', () => {
    expect(summary('Seen today.\nCC: back pain\nHPI: 45 yo F\nworse with sitting\nROS: negative\nPlan: PT')).toEqual([
      ['preamble', '', 'Seen today.'],
      ['chiefComplaint', 'CC', 'back pain'],
      ['hpi', 'HPI', '45 yo F\nworse with sitting'],
      ['other', 'ROS', 'negative'],
      ['other', 'Plan', 'PT'],
    ]);
    expect(summary('History of Present Illness\nPain for 3 days.\nReview of Systems\nNone')).toEqual([
      ['hpi', 'History of Present Illness', 'Pain for 3 days.'],
      ['other', 'Review of Systems', 'None'],
    ]);
  });

  it('splits a label in the middle of a line after a sentence end', () => {
    expect(summary('CC: Back pain. HPI: Two days after a fall. PMH: none')).toEqual([
      ['chiefComplaint', 'CC', 'Back pain.'],
      ['hpi', 'HPI', 'Two days after a fall.'],
      ['other', 'PMH', 'none'],
    ]);
  });

  it('reads label cells and stops after our sections when asked', () => {
    const l: Line[] = [
      { text: 'Subjective:\tPain for a week', el: null, labelish: false, heading: 0 },
      { text: 'Objective:\tTender', el: null, labelish: false, heading: 0 },
    ];
    const s = parseSections(l, { stopAfterOurs: true });
    expect(s.map((x) => [x.kind, x.lines.join(' ')])).toEqual([['hpi', 'Pain for a week']]);
  });

  it('renders visible text as lines: blocks, breaks, cells, control values', () => {
    const page = htmlPage(`<div id="r"><p>One <b>two</b></p>three<br>four<table><tr><td>a</td><td>b</td></tr></table>
      <textarea>typed\nvalue</textarea><span style="display:none">gone</span><select><option value="1" selected>Picked</option></select></div>`);
    close = page.close;
    const out = [...renderLines(page.document.getElementById('r')!, { vis: createVisibility() })].map((l) => l.text);
    expect(out).toEqual(['One two', 'three', 'four', 'a\tb', 'typed', 'value', 'Picked']);
  });
});

describe('cleanValue', () => {
  it.each([
    ['***', ''],
    ['--', ''],
    ['N/A', ''],
    ['{Chief complaint}', ''],
    ['Enter chief complaint…', ''],
    ['Pain radiates to the buttock. Severity: ***', 'Pain radiates to the buttock.'],
    ['Onset: ***\nWorse with sitting', 'Worse with sitting'],
    ['Pain for *** weeks', 'Pain for weeks'],
    ['  Back\u00a0pain\u200b  ', 'Back pain'],
    ['Type 2 diabetes follow-up', 'Type 2 diabetes follow-up'],
  ])('%j → %j', (raw, out) => {
    expect(cleanValue(raw)).toBe(out);
  });
});
