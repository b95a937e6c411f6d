import { describe, it, expect } from 'vitest';
import { buildFinding, fit, JUDGEMENT, type FindingParts } from '../../../rules/findings/cards';
import { CdsCard, Finding } from '../../../rules/findings/schema';
import { REFERENCE_KEY, snippet } from '../../../rules/guidelines';
import { assess, findingOf, randomSpecs, type Spec } from './helpers';

const PARTS: FindingParts = {
  id: 'flag.fracture',
  severity: 'warning',
  title: 'Red flags for vertebral fracture',
  because: 'Significant trauma is documented (1 of 5 checked).',
  trace: [
    { label: 'Significant trauma', state: 'met', seen: 'present' },
    { label: 'Osteoporosis / osteopenia', state: 'not_met', seen: 'absent' },
    { label: 'Prolonged corticosteroid use', state: 'not_documented' },
  ],
  missing: ['Prolonged corticosteroid use not documented'],
  action: 'Plain radiographs first (CT after high-energy trauma).',
  snippets: ['redflag.fracture.risk_factors', 'redflag.fracture.imaging', 'redflag.fracture.risk_factors', 'redflag.fracture.ankylosed_spine'],
  extra: ['An extra line.'],
};

describe('fit (CDS Hooks summary ≤ 140 characters)', () => {
  it('leaves text of 140 characters unchanged', () => {
    const t = 'a'.repeat(140);
    expect(fit(t)).toBe(t);
  });

  it('cuts 141 characters at a word boundary with an ellipsis', () => {
    const t = `${'word '.repeat(28)}x`; // 141 characters
    expect(t).toHaveLength(141);
    const out = fit(t);
    expect(out.length).toBeLessThanOrEqual(140);
    expect(out.endsWith('…')).toBe(true);
    expect(out).toMatch(/word…$/);
  });

  it('cuts an unbroken string too', () => {
    expect(fit('x'.repeat(500)).length).toBeLessThanOrEqual(140);
  });
});

describe('buildFinding', () => {
  const f = buildFinding(PARTS);

  it('is a valid Finding with a valid CDS Hooks card', () => {
    expect(Finding.safeParse(f).success).toBe(true);
    expect(CdsCard.safeParse(f.card).success).toBe(true);
  });

  it('dedupes snippets and keeps their order', () => {
    expect(f.snippets).toEqual(['redflag.fracture.risk_factors', 'redflag.fracture.imaging', 'redflag.fracture.ankylosed_spine']);
  });

  it('card: uuid, indicator = severity, summary = title — severity: because', () => {
    expect(f.card.uuid).toBe('backpain-cds-flag.fracture');
    expect(f.card.indicator).toBe('warning');
    expect(f.card.summary).toBe('Red flags for vertebral fracture — warning: Significant trauma is documented (1 of 5 checked).');
  });

  it('detail: why, trace table with met / not met / not documented, what to do, not documented, extra, snippets, judgement', () => {
    const d = f.card.detail;
    expect(d).toMatch(/^\*\*Why:\*\* Significant trauma is documented \(1 of 5 checked\)\./);
    expect(d).toContain('| Significant trauma | met | present |');
    expect(d).toContain('| Osteoporosis / osteopenia | not met | absent |');
    expect(d).toContain('| Prolonged corticosteroid use | not documented |  |');
    expect(d).toContain('**What to do:** Plain radiographs first');
    expect(d).toContain('**Not documented:** Prolonged corticosteroid use not documented');
    expect(d).toContain('An extra line.');
    expect(d).toContain(`> ${snippet('redflag.fracture.risk_factors').text}`);
    expect(d.trim().endsWith(`_${JUDGEMENT}_`)).toBe(true);
  });

  it('quotes at most three snippets and strips citation tags', () => {
    const many = buildFinding({ ...PARTS, snippets: ['mgmt.remain_active', 'mgmt.heat', 'mgmt.exercise_therapy', 'pitfall.opioid_caution'] });
    expect(many.card.detail.split('\n').filter((l) => l.startsWith('> '))).toHaveLength(3);
    expect(many.card.detail).not.toMatch(/\[[A-Z0-9-]+\]/);
  });

  it('source is the primary snippet’s first citation, with its reference URL when there is one', () => {
    expect(f.card.source.label).toBe('Downie et al., BMJ, 2013');
    expect(f.card.source.url).toBe(REFERENCE_KEY.DOWNIE2013.url);
  });

  it('links: unique absolute URLs from the cited references, at most five', () => {
    const urls = f.card.links.map((l) => l.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls.length).toBeLessThanOrEqual(5);
    expect(f.card.links.every((l) => l.type === 'absolute')).toBe(true);
    // imaging.no_routine, ibp.nsaid_adequate_trial and imaging.sij.first_line cite more than five linked references.
    const many = buildFinding({ ...PARTS, snippets: ['imaging.no_routine', 'ibp.nsaid_adequate_trial', 'imaging.sij.first_line'] });
    expect(many.card.links).toHaveLength(5);
  });

  it('omits the "Not documented" line when nothing is missing', () => {
    expect(buildFinding({ ...PARTS, missing: [] }).card.detail).not.toContain('**Not documented:**');
  });

  it('throws on an unknown snippet id', () => {
    expect(() => buildFinding({ ...PARTS, snippets: ['no.such_snippet'] })).toThrow(/unknown snippet/);
  });
});

const SAMPLES: Spec[] = [
  { urinary_retention: 'present' },
  { progressive_neuro_deficit: 'present', history_of_cancer: 'present', fever: 'present', ivdu: 'present' },
  { history_of_cancer: 'present', age: 72, sex: 'female', unexplained_weight_loss: 'present', failure_to_improve: 'present', steroid_use: 'present' },
  { insidious_onset: 'present', improves_with_exercise: 'present', worse_with_rest: 'present', night_pain: 'present', onset_age: 25, symptom_duration_weeks: 40, hla_b27_positive: 'present', psoriasis: 'present', nsaid_response: 'present', night_pain_second_half: 'present', si_joint_pain: 'present', morning_stiffness: 'present', morning_stiffness_minutes: 20, age: 30 },
  { worse_with_activity: 'present', static_posture_pain: 'present', radicular_pain: 'present', symptom_duration_weeks: 2 },
  { pulsatile_abdominal_mass: 'present', osteoporosis: 'present' },
];

describe('every card, across many feature sets', () => {
  const all = [...SAMPLES, ...randomSpecs(400, 3)].flatMap((s) => assess(s).findings);

  it('the generated sets exercise every finding id', () => {
    expect(new Set(all.map((f) => f.id)).size).toBe(19);
  });

  // Schema validity and the 140-character summary limit across generated sets: meta.test.ts.

  it('includes "Supports, does not replace, clinical judgement" in the detail', () => {
    for (const f of all) expect(f.card.detail).toContain('Supports, does not replace, clinical judgement');
  });

  it('never says "likely axSpA" in title, summary, action or detail', () => {
    for (const f of all) for (const text of [f.title, f.card.summary, f.action, f.card.detail, f.because]) expect(text).not.toMatch(/likely\s+ax\s*SpA/i);
  });

  it('indicator equals severity and uuid names the finding', () => {
    for (const f of all) {
      expect(f.card.indicator).toBe(f.severity);
      expect(f.card.uuid).toBe(`backpain-cds-${f.id}`);
    }
  });

  it('because states the count of criteria', () => {
    for (const f of all) expect(f.because).toMatch(/\d+ of \d+ checked|\d+ of \d+ criteria met|\d\/\d (met|not met)/);
  });
});

describe('findings in an assessment', () => {
  it('are sorted critical, warning, info', () => {
    const order = { critical: 0, warning: 1, info: 2 };
    for (const s of [...SAMPLES, ...randomSpecs(100, 5)]) {
      const sev = assess(s).findings.map((f) => order[f.severity]);
      expect(sev).toEqual([...sev].sort((a, b) => a - b));
    }
  });

  it('each id appears at most once', () => {
    for (const s of randomSpecs(100, 9)) {
      const ids = assess(s).findings.map((f) => f.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('are deterministic (pure)', () => {
    for (const s of SAMPLES) expect(assess(s)).toEqual(assess(s));
  });

  it('the inflammatory card says "inflammatory" and the classification card says "not diagnostic"', () => {
    const s = SAMPLES[3];
    expect(findingOf(s, 'pattern.inflammatory')!.card.summary).toMatch(/inflammatory/i);
    expect(findingOf(s, 'axspa.asas_classification')!.card.detail).toMatch(/classification criteria, not diagnostic criteria/);
  });
});
