// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { assessText } from '../../../rules/assess';
import { applyEdits } from '../../../rules/edits';
import { runRules } from '../../../rules/findings/engine';
import { GENERAL_ADVICE, REFERENCE_KEY, snippet } from '../../../rules/guidelines';
import { cdsHooksJson, citedSnippets, NOTE_DISCLAIMER, noteText } from '../../../rules/report/note';

const NOTE =
  'Patient John Smithers, MRN 123456. 45 y.o. F. CC: low back pain for 3 weeks after lifting. HPI: Worse with activity, better with rest. Denies fever, no saddle anesthesia. No history of cancer.';

const section = (note: string, heading: string) => {
  const lines = note.split('\n');
  const start = lines.indexOf(heading);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = lines.indexOf('', start);
  return lines.slice(start + 1, end);
};

describe('noteText', () => {
  const a = assessText(NOTE);
  const note = noteText(a.features, a);

  it('lists the confirmed positives with their values', () => {
    const positives = section(note, 'Confirmed positive:');
    expect(positives).toContain('- Age: 45 years');
    expect(positives).toContain('- Sex: female');
    expect(positives).toContain('- Duration of back pain: 3 weeks');
    expect(positives).toContain('- Worse with activity, better with rest');
    expect(positives.join('\n')).not.toMatch(/Saddle|Fever/);
  });

  it('lists the pertinent negatives: red-flag features documented absent', () => {
    const negatives = section(note, 'Pertinent negatives (red flags documented absent):');
    expect(negatives).toEqual(expect.arrayContaining(['- Saddle anaesthesia', '- Fever', '- History of cancer']));
  });

  it('lists the red-flag features still not documented', () => {
    const missing = section(note, 'Red flags not yet documented:');
    expect(missing).toContain('- Night sweats');
    expect(missing).toContain('- Urinary retention / new bladder dysfunction');
    expect(missing).not.toContain('- Fever');
  });

  it('lists each finding with its severity word and criteria count', () => {
    const findings = section(note, 'Findings:');
    expect(findings.some((l) => l.startsWith('- INFO: Mechanical pattern.') && /\d+ of \d+ criteria met/.test(l))).toBe(true);
    expect(findings).toHaveLength(a.findings.length);
  });

  it('lists the actions as next steps and the references behind the snippets', () => {
    const steps = section(note, 'Suggested next steps:');
    for (const f of a.findings) expect(steps).toContain(`- ${f.action}`);
    const refs = section(note, 'References:');
    const tag = snippet(a.findings[0].snippets[0]).refs[0];
    expect(refs).toContain(`- ${REFERENCE_KEY[tag].text}`);
    expect(new Set(refs).size).toBe(refs.length);
  });

  it('ends with the disclaimer', () => {
    expect(note.split('\n').at(-1)).toBe('Decision support only; supports, does not replace, clinical judgement.');
    expect(NOTE_DISCLAIMER).toBe('Decision support only; supports, does not replace, clinical judgement.');
  });

  it('carries no identifiers or quotes from the page', () => {
    expect(note).not.toMatch(/Smithers|123456|MRN|after lifting/);
  });

  it('reports a clinician-confirmed critical flag first, and an uncertain feature to ask about', () => {
    const features = applyEdits(a.features, { saddle_anesthesia: { status: 'present' }, fecal_incontinence: { status: 'uncertain' } });
    const n = noteText(features, runRules(features));
    expect(section(n, 'Findings:')[0]).toMatch(/^- CRITICAL: Possible cauda equina syndrome\./);
    expect(section(n, 'Confirmed positive:')).toContain('- Saddle anaesthesia');
    expect(section(n, 'Pertinent negatives (red flags documented absent):')).not.toContain('- Saddle anaesthesia');
    expect(section(n, 'Uncertain, to ask or examine:')).toContain('- Faecal incontinence');
  });

  it('gives the malignancy probability with its caveat when the flag fires', () => {
    const features = applyEdits(a.features, { history_of_cancer: { status: 'present' } });
    const result = runRules(features);
    const n = noteText(features, result);
    expect(result.malignancy).toBeDefined();
    expect(n).toContain(`Probability of malignancy ${result.malignancy!.display}`);
    expect(n).toContain(result.malignancy!.caveat);
  });

  it('says so when nothing fired', () => {
    const n = noteText([], { ...runRules([]), findings: [] });
    expect(section(n, 'Findings:')).toEqual(['- No finding fired.']);
    expect(section(n, 'Confirmed positive:')).toEqual(['- none']);
  });
});

describe('citedSnippets', () => {
  it('takes the lead snippets of each finding and the general advice when it applies', () => {
    const a = assessText(NOTE);
    const ids = citedSnippets(a);
    expect(a.generalAdvice).toBe(true);
    for (const id of GENERAL_ADVICE) expect(ids).toContain(id);
    expect(ids).toContain(a.findings[0].snippets[0]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(citedSnippets({ ...a, generalAdvice: false })).not.toContain('pitfall.opioid_caution');
  });
});

describe('cdsHooksJson', () => {
  it('exports the finding cards unchanged', () => {
    const features = applyEdits(assessText(NOTE).features, { saddle_anesthesia: { status: 'present' } });
    const { findings } = runRules(features);
    const parsed = JSON.parse(cdsHooksJson(findings));
    expect(Object.keys(parsed)).toEqual(['cards']);
    expect(parsed.cards).toEqual(findings.map((f) => f.card));
    expect(parsed.cards[0].indicator).toBe('critical');
  });

  it('gives an empty card list when nothing fired', () => {
    expect(JSON.parse(cdsHooksJson([]))).toEqual({ cards: [] });
  });
});
