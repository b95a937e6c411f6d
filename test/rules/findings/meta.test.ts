import { describe, it, expect } from 'vitest';
import { RULES } from '../../../rules/findings/engine';
import { INFLAMMATORY_SNIPPETS } from '../../../rules/findings/patterns';
import { RuleSchema } from '../../../rules/findings/rule';
import { CdsCard, Finding, FINDING_IDS, type FindingId } from '../../../rules/findings/schema';
import { LIBRARY, REFERENCE_KEY, snippet, snippetsFor } from '../../../rules/guidelines';
import { assess, findingOf, randomSpecs, type Spec } from './helpers';

/** The Findings table of features.md, in order (a copy: the spec folder is not part of the repo). */
const FEATURES_MD_FINDINGS = [
  'flag.cauda_equina', 'flag.neuro_deficit', 'flag.malignancy', 'flag.infection', 'flag.fracture', 'flag.vascular',
  'pattern.inflammatory', 'pattern.mechanical', 'pattern.static_posture', 'pattern.degenerative_stiffness', 'pattern.radicular',
  'axspa.asas_classification', 'axspa.nice_referral',
  'imaging.not_indicated', 'imaging.mri_emergency', 'imaging.mri_urgent', 'imaging.mri_soon', 'imaging.xray_first', 'imaging.sij_mri',
] as const;

const ASAS4: Spec = { insidious_onset: 'present', improves_with_exercise: 'present', worse_with_rest: 'present', night_pain: 'present' };

/** A feature set that fires each finding. */
const FIRES: Record<FindingId, Spec> = {
  'flag.cauda_equina': { saddle_anesthesia: 'present' },
  'flag.neuro_deficit': { leg_weakness: 'present' },
  'flag.malignancy': { history_of_cancer: 'present' },
  'flag.infection': { fever: 'present' },
  'flag.fracture': { significant_trauma: 'present' },
  'flag.vascular': { pulsatile_abdominal_mass: 'present' },
  'pattern.inflammatory': { ...ASAS4, symptom_duration_weeks: 20 },
  'pattern.mechanical': { worse_with_activity: 'present' },
  'pattern.static_posture': { static_posture_pain: 'present' },
  'pattern.degenerative_stiffness': { morning_stiffness: 'present', morning_stiffness_minutes: 15 },
  'pattern.radicular': { slr_positive: 'present' },
  'axspa.asas_classification': { onset_age: 28, symptom_duration_weeks: 30, sacroiliitis_on_imaging: 'present', uveitis: 'present' },
  'axspa.nice_referral': { onset_age: 28, symptom_duration_weeks: 30, night_pain_second_half: 'present', si_joint_pain: 'present', psoriasis: 'present' },
  'imaging.not_indicated': { symptom_duration_weeks: 2 },
  'imaging.mri_emergency': { fecal_incontinence: 'present' },
  'imaging.mri_urgent': { fever: 'present', immunosuppression: 'present' },
  'imaging.mri_soon': { history_of_cancer: 'present' },
  'imaging.xray_first': { steroid_use: 'present' },
  'imaging.sij_mri': { ...ASAS4, symptom_duration_weeks: 20 },
};

/** Every rule's id and cited snippets, including pattern.inflammatory (built from the criteria sets). */
const CITATIONS: Array<{ id: FindingId; snippets: string[] }> = [
  ...[...RULES.redFlags, ...RULES.patterns, ...RULES.axspa, ...RULES.imaging].map((r) => ({ id: r.id, snippets: r.snippets })),
  { id: 'pattern.inflammatory', snippets: INFLAMMATORY_SNIPPETS },
];

const GENERATED = randomSpecs(1000, 2024);

describe('finding ids', () => {
  it('the schema has exactly the Findings table of features.md', () => {
    expect([...FINDING_IDS]).toEqual([...FEATURES_MD_FINDINGS]);
  });

  it('every finding has exactly one rule', () => {
    expect(CITATIONS.map((c) => c.id).sort()).toEqual([...FEATURES_MD_FINDINGS].sort());
  });

  it.each(FEATURES_MD_FINDINGS)('%s is produced by some rule', (id) => {
    expect(findingOf(FIRES[id], id)).toBeDefined();
  });
});

describe('rules as data', () => {
  it('every rule validates (every reachable severity has an action)', () => {
    for (const r of [...RULES.redFlags, ...RULES.patterns, ...RULES.axspa, ...RULES.imaging]) expect(RuleSchema.safeParse(r).success, r.id).toBe(true);
  });

  it('a rule without an action for a reachable severity is rejected', () => {
    const r = RULES.redFlags.find((x) => x.id === 'flag.neuro_deficit')!;
    expect(RuleSchema.safeParse({ ...r, actions: { critical: r.actions.critical } }).success).toBe(false);
  });
});

describe('rules and the snippet library', () => {
  it.each(CITATIONS.map((c) => [c.id, c.snippets] as const))('%s: every snippet id resolves in the library', (_, ids) => {
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(() => snippet(id)).not.toThrow();
  });

  it.each(FEATURES_MD_FINDINGS)('%s is attached to at least one snippet in the library', (id) => {
    expect(snippetsFor(id).length).toBeGreaterThanOrEqual(1);
  });

  it.each(CITATIONS.map((c) => [c.id, c.snippets] as const))('%s cites exactly the snippets the library attaches to it (coverage table)', (id, ids) => {
    expect([...new Set(ids)].sort()).toEqual(snippetsFor(id).map((s) => s.id).sort());
  });

  it('every snippet in the library is cited by a rule for each finding it lists', () => {
    for (const s of LIBRARY) {
      for (const f of s.findings) expect(CITATIONS.find((c) => c.id === f)!.snippets, `${s.id} → ${f}`).toContain(s.id);
    }
  });

  it('every citation tag resolves in the reference key', () => {
    for (const s of LIBRARY) {
      for (const tag of s.refs) expect(REFERENCE_KEY[tag], `${s.id}: ${tag}`).toBeDefined();
      for (const m of s.cite.matchAll(/\[([^\]]+)\]/g)) expect(REFERENCE_KEY[m[1]], `${s.id}: [${m[1]}]`).toBeDefined();
    }
  });

  it('the findings produced carry snippets that attach to them', () => {
    for (const spec of GENERATED.slice(0, 200)) {
      for (const f of assess(spec).findings) {
        expect(f.snippets.length).toBeGreaterThan(0);
        for (const id of f.snippets) expect(snippet(id).findings, `${f.id}: ${id}`).toContain(f.id);
      }
    }
  });
});

describe('cards across many generated feature sets', () => {
  const findings = GENERATED.flatMap((s) => assess(s).findings);

  it('cover every finding id', () => {
    expect(new Set(findings.map((f) => f.id))).toEqual(new Set(FEATURES_MD_FINDINGS));
  });

  it('every card summary is at most 140 characters', () => {
    const long = findings.filter((f) => f.card.summary.length > 140);
    expect(long.map((f) => f.card.summary)).toEqual([]);
  });

  it('every finding and card validates with the zod schemas', () => {
    for (const f of findings) {
      const finding = Finding.safeParse(f);
      expect(finding.success, `${f.id}: ${finding.error?.message}`).toBe(true);
      const card = CdsCard.safeParse(f.card);
      expect(card.success, `${f.id}: ${card.error?.message}`).toBe(true);
    }
  });
});

describe('an uncertain feature never fires a rule', () => {
  const outcome = (spec: Spec) => assess(spec).findings.map((f) => `${f.id}:${f.severity}`).sort();
  const without = (spec: Spec, drop: (v: Spec[keyof Spec]) => boolean): Spec =>
    Object.fromEntries(Object.entries(spec).filter(([, v]) => !drop(v)));
  const isUncertain = (v: Spec[keyof Spec]) => v === 'uncertain' || (typeof v === 'object' && v.status === 'uncertain');

  it('findings and severities are the same with uncertain features removed (uncertain = not documented)', () => {
    for (const spec of GENERATED) expect(outcome(spec), JSON.stringify(spec)).toEqual(outcome(without(spec, isUncertain)));
  });

  it('findings and severities are the same with absent features removed (rules read only present features)', () => {
    for (const spec of GENERATED) expect(outcome(spec), JSON.stringify(spec)).toEqual(outcome(without(spec, (v) => v === 'absent')));
  });

  it.each(FEATURES_MD_FINDINGS.filter((id) => id !== 'imaging.not_indicated'))('%s: its firing set with every feature made uncertain does not fire it', (id) => {
    const spec = Object.fromEntries(Object.entries(FIRES[id]).map(([k, v]) => [k, typeof v === 'number' ? { status: 'uncertain', value: v } : 'uncertain'])) as Spec;
    expect(findingOf(spec, id)).toBeUndefined();
  });
});
