import { describe, it, expect } from 'vitest';
import { FINDING_IDS, type FindingId } from '../../../rules/findings/schema';
import { GENERAL_ADVICE, LIBRARY, REFERENCE_KEY, snippet, snippetsFor, sourceOf } from '../../../rules/guidelines';
import { Reference, Snippet } from '../../../rules/guidelines/schema';

const ids = (finding: FindingId) => snippetsFor(finding).map((s) => s.id);

describe('snippet library', () => {
  it('validates strictly', () => {
    for (const s of LIBRARY) expect(Snippet.safeParse(s).success, s.id).toBe(true);
    for (const [tag, ref] of Object.entries(REFERENCE_KEY)) expect(Reference.safeParse(ref).success, tag).toBe(true);
  });

  it('has unique, dotted, lower-case ids', () => {
    const all = LIBRARY.map((s) => s.id);
    expect(new Set(all).size).toBe(all.length);
    for (const id of all) expect(id).toMatch(/^[a-z_]+(\.[a-z_]+)+$/);
  });

  it('the schema rejects a malformed snippet', () => {
    const good = LIBRARY[0];
    expect(Snippet.safeParse({ ...good, id: 'NoDots' }).success).toBe(false);
    expect(Snippet.safeParse({ ...good, findings: [] }).success).toBe(false);
    expect(Snippet.safeParse({ ...good, findings: ['flag.unknown'] }).success).toBe(false);
    expect(Snippet.safeParse({ ...good, origin: 'blog' }).success).toBe(false);
    expect(Snippet.safeParse({ ...good, extra: 1 }).success).toBe(false);
  });

  it('every snippet attaches to at least one known finding', () => {
    for (const s of LIBRARY) {
      expect(s.findings.length).toBeGreaterThan(0);
      for (const f of s.findings) expect(FINDING_IDS).toContain(f);
    }
  });

  it('citation tags in the cite text and the refs list agree, and all resolve', () => {
    for (const s of LIBRARY) {
      const tags = [...s.cite.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]);
      expect(tags, s.id).toEqual(s.refs);
      for (const t of s.refs) expect(REFERENCE_KEY[t], `${s.id}: ${t}`).toBeDefined();
    }
  });

  it('reference URLs are absolute http(s) URLs', () => {
    for (const [tag, ref] of Object.entries(REFERENCE_KEY)) if (ref.url) expect(ref.url, tag).toMatch(/^https?:\/\//);
  });

  it('a note marks where a seed and the literature disagree or the evidence is expert opinion', () => {
    for (const id of ['exercise.lumbar_rotation', 'exercise.knees_to_chest', 'exercise.glute_stretch', 'exercise.cat_camel', 'exercise.prayer_stretch', 'exercise.thread_the_needle']) {
      expect(snippet(id).note).toMatch(/expert opinion/i);
    }
    expect(snippet('exercise.morning_routine').note).toMatch(/expert opinion/i);
  });
});

describe('lookups', () => {
  it('snippet() returns by id and throws on an unknown id', () => {
    expect(snippet('imaging.no_routine').id).toBe('imaging.no_routine');
    expect(() => snippet('imaging.nope')).toThrow(/unknown snippet imaging\.nope/);
  });

  it('snippetsFor() returns exactly the snippets listing the finding, in library order', () => {
    for (const f of FINDING_IDS) {
      const got = snippetsFor(f);
      expect(got).toEqual(LIBRARY.filter((s) => s.findings.includes(f)));
      const order = got.map((s) => LIBRARY.indexOf(s));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it('sourceOf() gives the first citation without its tag, and the first linked reference', () => {
    // EULAR2015IMG has no URL; QS170 is the first linked reference.
    expect(sourceOf(snippet('imaging.sij.protocol')).url).toBe(REFERENCE_KEY.QS170.url);
    const s = sourceOf(snippet('redflag.cauda_equina.emergency'));
    expect(s.label).toBe('National Suspected Cauda Equina Syndrome Pathway, NHS England GIRFT, 2023');
    // GIRFT2023 and RCR2023 have no URL; ACP2007 is the first that does.
    expect(s.url).toBe(REFERENCE_KEY.ACP2007.url);
  });

  it('sourceOf() has no url when no cited reference has one', () => {
    const s = sourceOf(snippet('exercise.cat_camel'));
    expect(s.url).toBeUndefined();
    expect(s.label.length).toBeGreaterThan(0);
  });
});

describe('coverage of every finding', () => {
  it.each([...FINDING_IDS])('%s is attached to at least one snippet', (f) => {
    expect(snippetsFor(f).length).toBeGreaterThanOrEqual(1);
  });

  it('red flags and imaging findings cite their specific snippets', () => {
    expect(ids('flag.cauda_equina')).toEqual(expect.arrayContaining(['redflag.cauda_equina.emergency', 'redflag.cauda_equina.early_symptoms']));
    expect(ids('flag.vascular')).toContain('redflag.nonspinal_mimics');
    expect(ids('imaging.xray_first')).toContain('redflag.fracture.imaging');
    expect(ids('imaging.sij_mri')).toEqual(expect.arrayContaining(['imaging.sij.first_line', 'imaging.sij.protocol', 'imaging.sij.false_positive']));
    expect(ids('imaging.not_indicated')).toContain('imaging.no_routine');
    expect(ids('axspa.nice_referral')).toContain('axspa.nice_referral');
  });
});

describe('management snippets of rules.md', () => {
  it('general set: stay active (no bed rest), heat, exercise therapy, no systemic corticosteroids, opioid caution', () => {
    expect(GENERAL_ADVICE).toEqual(['mgmt.remain_active', 'mgmt.heat', 'mgmt.exercise_therapy', 'pitfall.no_systemic_steroids', 'pitfall.opioid_caution']);
    for (const id of GENERAL_ADVICE) expect(() => snippet(id)).not.toThrow();
    expect(snippet('mgmt.remain_active').text).toMatch(/bed rest/);
  });

  it('inflammatory pattern: NSAIDs first line with a 2–4 week trial, NICE referral, spinal-mobility physiotherapy', () => {
    expect(ids('pattern.inflammatory')).toEqual(expect.arrayContaining(['ibp.nsaid_first_line', 'ibp.nsaid_adequate_trial', 'axspa.nice_referral', 'ibp.exercise_physio']));
    expect(snippet('ibp.nsaid_adequate_trial').text).toMatch(/2–4 weeks/);
  });

  it('static posture: movement breaks, stretching and exercise', () => {
    expect(ids('pattern.static_posture')).toEqual(expect.arrayContaining(['posture.movement_breaks', 'exercise.glute_stretch', 'mgmt.exercise_therapy']));
  });

  it('degenerative stiffness: morning routine and pillow between the knees, labelled expert opinion', () => {
    expect(ids('pattern.degenerative_stiffness')).toEqual(expect.arrayContaining(['exercise.morning_routine', 'sleep.pillow_between_knees']));
    expect(snippet('exercise.morning_routine').note).toMatch(/expert opinion/i);
    expect(`${snippet('sleep.pillow_between_knees').text} ${snippet('sleep.pillow_between_knees').note ?? ''}`).toMatch(/expert (opinion|advice)/i);
  });
});

describe('source article names shown to clinicians', () => {
  it('replaces seed file names with what the article is about', async () => {
    const { humanizeSources } = await import('../../../rules/guidelines/seeds');
    expect(humanizeSources('seed 004_efa05500ebdcf6ac.txt')).toBe('physiotherapist’s source article on morning back pain');
    expect(humanizeSources('Note: 001_e1490f28f3266ed0.txt gives 12 hours')).not.toMatch(/\.txt/);
  });
});
