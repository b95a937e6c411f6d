import { describe, expect, it } from 'vitest';
import { assessCapture } from '../../../rules/assess';
import { runRules } from '../../../rules/findings/engine';
import { GENERAL_ADVICE, LIBRARY } from '../../../rules/guidelines';
import { cdsHooksJson, noteText } from '../../../rules/report/note';
import { outcomeOf, snippetView } from '../../../rules/report/outcome';
import { Outcome } from '../../../rules/report/schema';

const CES = 'CC: back pain. HPI: new urinary retention and saddle numbness since yesterday.';
const MECHANICAL = 'CC: low back pain after lifting. HPI: worse with activity, better with rest. No fever.';

describe('outcomeOf', () => {
  it('gives the rules’ findings with the note and the CDS Hooks JSON built from the same features', () => {
    const { features } = assessCapture(CES);
    const o = outcomeOf(features);
    expect(Outcome.safeParse(o).success).toBe(true);
    expect(o.assessment).toEqual(runRules(features));
    expect(o.note).toBe(noteText(features, o.assessment));
    expect(o.json).toBe(cdsHooksJson(o.assessment.findings));
  });

  it('sends every snippet the cards cite, and the general advice only when it is shown', () => {
    const ces = outcomeOf(assessCapture(CES).features);
    expect(ces.assessment.generalAdvice).toBe(false);
    expect(Object.keys(ces.guidance).sort()).toEqual([...new Set(ces.assessment.findings.flatMap((f) => f.snippets))].sort());
    const mech = outcomeOf(assessCapture(MECHANICAL).features);
    expect(mech.assessment.generalAdvice).toBe(true);
    for (const id of GENERAL_ADVICE) expect(mech.guidance[id]?.id).toBe(id);
  });
});

describe('snippetView', () => {
  it('keeps the text and a plain citation, and only https links', () => {
    for (const s of LIBRARY) {
      const v = snippetView(s.id);
      expect(v.text).toBe(s.text);
      expect(v.cite).not.toMatch(/\[[A-Z0-9]+\]/);
      for (const l of v.links) expect(l.url).toMatch(/^https:\/\//);
    }
    expect(LIBRARY.some((s) => snippetView(s.id).links.length > 0)).toBe(true);
  });
});
