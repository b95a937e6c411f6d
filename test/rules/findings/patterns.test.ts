import { describe, it, expect } from 'vitest';
import { CRITERIA_SETS, OTHER_PATTERN_RULES } from '../../../rules/findings/patterns';
import type { Finding } from '../../../rules/findings/schema';
import { findingOf, severityOf, traceRow, type Spec } from './helpers';

/** Reads "ASAS 4/5 met; Berlin 1/4 not met; Calin 3/5 not met." from the inflammatory finding. */
function sets(f: Finding | undefined) {
  const out: Record<string, { count: number; met: boolean }> = {};
  for (const m of f?.because.matchAll(/(ASAS|Berlin|Calin) (\d)\/\d (met|not met)/g) ?? []) out[m[1]] = { count: Number(m[2]), met: m[3] === 'met' };
  return out;
}
const inflammatory = (spec: Spec) => findingOf(spec, 'pattern.inflammatory');

// ASAS items without onset age: Calin then has at most insidious + exercise + duration (3 of 5).
const ASAS4: Spec = { insidious_onset: 'present', improves_with_exercise: 'present', worse_with_rest: 'present', night_pain: 'present' };
// Berlin 2 of 4 at age 50; nothing else counts (onset 49.7 is not < 40, no morning_stiffness feature).
const BERLIN2: Spec = { age: 50, morning_stiffness_minutes: 31, night_pain_second_half: 'present' };
// Calin 4 of 5 (onset < 40, duration, morning stiffness, exercise); ASAS has only 2 (onset, exercise).
const CALIN4: Spec = { onset_age: 30, morning_stiffness: 'present', improves_with_exercise: 'present' };

describe('criteria sets as data', () => {
  it('are ASAS ≥ 4 of 5, Berlin ≥ 2 of 4 with age ≤ 50, Calin ≥ 4 of 5', () => {
    expect(CRITERIA_SETS.map((s) => [s.key, s.threshold, s.items.length])).toEqual([
      ['asas', 4, 5],
      ['berlin', 2, 4],
      ['calin', 4, 5],
    ]);
    expect(CRITERIA_SETS.find((s) => s.key === 'berlin')!.entry!.label).toBe('age ≤ 50');
  });
});

describe('ASAS inflammatory back pain (≥ 4 of 5)', () => {
  it('4 of 5 is met', () => {
    const f = inflammatory({ ...ASAS4, symptom_duration_weeks: 20 });
    expect(sets(f).ASAS).toEqual({ count: 4, met: true });
    expect(sets(f).Calin.met).toBe(false);
    expect(f?.severity).toBe('warning');
  });

  it('3 of 5 is not met and no inflammatory pattern fires', () => {
    expect(inflammatory({ improves_with_exercise: 'present', worse_with_rest: 'present', night_pain: 'present', symptom_duration_weeks: 20 })).toBeUndefined();
  });

  it('onset before 40 counts; onset at 40 does not', () => {
    const three: Spec = { insidious_onset: 'present', worse_with_rest: 'present', night_pain: 'present', symptom_duration_weeks: 20 };
    expect(sets(inflammatory({ ...three, onset_age: 39 })).ASAS).toEqual({ count: 4, met: true });
    expect(inflammatory({ ...three, onset_age: 40 })).toBeUndefined();
  });

  it('onset age is derived as age − duration when not stated', () => {
    const three: Spec = { insidious_onset: 'present', worse_with_rest: 'present', night_pain: 'present' };
    // age 41 − 156 weeks (3 years) = 38 → < 40
    const f = inflammatory({ ...three, age: 41, symptom_duration_weeks: 156 });
    expect(sets(f).ASAS).toEqual({ count: 4, met: true });
    expect(traceRow(f!, 'ASAS (experts, 2009): onset before age 40')?.seen).toMatch(/38 years.*age 41 − 3 years/);
    // age 43 − 3 years = 40 → not < 40
    expect(inflammatory({ ...three, age: 43, symptom_duration_weeks: 156 })).toBeUndefined();
  });

  it('an uncertain item does not count', () => {
    expect(inflammatory({ ...ASAS4, night_pain: 'uncertain', symptom_duration_weeks: 20 })).toBeUndefined();
  });
});

describe('Berlin (age ≤ 50; ≥ 2 of 4)', () => {
  it('age 50 with 2 items is met (LR ≈ 3.7)', () => {
    const f = inflammatory(BERLIN2);
    expect(sets(f).Berlin).toEqual({ count: 2, met: true });
    expect(sets(f).ASAS.met).toBe(false);
    expect(sets(f).Calin.met).toBe(false);
    expect(f!.because).toMatch(/Berlin 2\/4 met \(LR ≈ 3\.7\)/);
  });

  it('age 51 with the same items is not met', () => {
    expect(inflammatory({ ...BERLIN2, age: 51 })).toBeUndefined();
  });

  it('age 49 is met', () => {
    expect(sets(inflammatory({ ...BERLIN2, age: 49 })).Berlin.met).toBe(true);
  });

  it('with age not documented the set is not met (entry not documented)', () => {
    const spec: Spec = { morning_stiffness_minutes: 60, night_pain_second_half: 'present', alternating_buttock_pain: 'present' };
    expect(inflammatory(spec)).toBeUndefined();
  });

  it('morning stiffness 31 min counts, 30 min does not', () => {
    expect(sets(inflammatory({ ...BERLIN2, morning_stiffness_minutes: 31 })).Berlin.count).toBe(2);
    expect(inflammatory({ ...BERLIN2, morning_stiffness_minutes: 30 })).toBeUndefined();
  });

  it('3 items show LR ≈ 12.4', () => {
    const f = inflammatory({ ...BERLIN2, alternating_buttock_pain: 'present' });
    expect(f!.because).toMatch(/Berlin 3\/4 met \(LR ≈ 12\.4\)/);
  });

  it('"better with exercise" counts only together with "not better with rest"', () => {
    const base: Spec = { age: 30, night_pain_second_half: 'present' };
    expect(inflammatory({ ...base, improves_with_exercise: 'present' })).toBeUndefined();
    expect(inflammatory({ ...base, worse_with_rest: 'present' })).toBeUndefined();
    expect(sets(inflammatory({ ...base, improves_with_exercise: 'present', worse_with_rest: 'present' })).Berlin).toEqual({ count: 2, met: true });
  });

  it('shows "not documented" for an item whose feature is missing, and the count', () => {
    const f = inflammatory({ age: 40, morning_stiffness_minutes: 45, alternating_buttock_pain: 'present', night_pain_second_half: 'absent' })!;
    expect(traceRow(f, 'Berlin (2006): better with exercise, not with rest')?.state).toBe('not_documented');
    expect(traceRow(f, 'Berlin (2006): waking in the second half of the night')?.state).toBe('not_met');
    expect(traceRow(f, 'Berlin (2006): morning stiffness > 30 min')).toMatchObject({ state: 'met', seen: '45 min' });
    expect(traceRow(f, 'Berlin (2006): age ≤ 50 (entry)')?.state).toBe('met');
    expect(f.card.detail).toMatch(/\| Berlin \(2006\): better with exercise, not with rest \| not documented \|/);
    expect(f.missing).toContain('Berlin (2006): better with exercise, not with rest not documented');
    expect(f.because).toMatch(/Berlin 2\/4 met/);
    expect(f.card.summary).toMatch(/Berlin 2\/4 met/);
  });
});

describe('Calin (≥ 4 of 5)', () => {
  it('duration 12 weeks counts (chronic): 4 of 5, info (Calin alone)', () => {
    const f = inflammatory({ ...CALIN4, symptom_duration_weeks: 12 });
    expect(sets(f).Calin).toEqual({ count: 4, met: true });
    expect(sets(f).ASAS.met).toBe(false);
    expect(f!.severity).toBe('info');
    expect(f!.card.detail).toMatch(/Only Calin met.*52 %/);
  });

  it('duration 11 weeks does not count: 3 of 5, not met', () => {
    expect(inflammatory({ ...CALIN4, symptom_duration_weeks: 11 })).toBeUndefined();
  });

  it('duration not documented does not count', () => {
    const f = inflammatory({ ...CALIN4, insidious_onset: 'absent' });
    expect(f).toBeUndefined();
  });

  it('3 vs 4 items with duration documented', () => {
    expect(inflammatory({ onset_age: 30, morning_stiffness: 'present', symptom_duration_weeks: 20 })).toBeUndefined();
    expect(sets(inflammatory({ onset_age: 30, morning_stiffness: 'present', insidious_onset: 'present', symptom_duration_weeks: 20 })).Calin).toEqual({ count: 4, met: true });
  });
});

describe('pattern.inflammatory severity', () => {
  it('ASAS met, duration 12 weeks: warning', () => {
    expect(severityOf({ ...ASAS4, symptom_duration_weeks: 12 }, 'pattern.inflammatory')).toBe('warning');
  });

  it('ASAS met, duration 11 weeks: info, "possible … reassess at 3 months"', () => {
    const f = inflammatory({ ...ASAS4, symptom_duration_weeks: 11 })!;
    expect(f.severity).toBe('info');
    expect(f.title).toMatch(/^Possible inflammatory/);
    expect(f.card.detail).toMatch(/reassess at 3 months/);
  });

  it('ASAS met, duration not documented: info', () => {
    expect(severityOf(ASAS4, 'pattern.inflammatory')).toBe('info');
  });

  it('Berlin met, duration 12 vs 11 weeks: warning vs info', () => {
    expect(severityOf({ ...BERLIN2, symptom_duration_weeks: 12 }, 'pattern.inflammatory')).toBe('warning');
    expect(severityOf({ ...BERLIN2, symptom_duration_weeks: 11 }, 'pattern.inflammatory')).toBe('info');
  });

  it('Calin only, chronic: info', () => {
    expect(severityOf({ ...CALIN4, symptom_duration_weeks: 40 }, 'pattern.inflammatory')).toBe('info');
  });

  it('an uncertain duration does not make the pain chronic', () => {
    expect(severityOf({ ...ASAS4, symptom_duration_weeks: { status: 'uncertain', value: 30 } }, 'pattern.inflammatory')).toBe('info');
  });

  it('the card says "inflammatory pattern", names the sets with counts, and never "likely axSpA"', () => {
    for (const spec of [{ ...ASAS4, symptom_duration_weeks: 20 }, { ...ASAS4, ...BERLIN2, symptom_duration_weeks: 4 }, { ...CALIN4, symptom_duration_weeks: 20 }]) {
      const f = inflammatory(spec)!;
      expect(f.card.detail).toMatch(/inflammatory pattern/i);
      expect(f.card.summary).toMatch(/inflammatory/i);
      expect(f.because).toMatch(/^ASAS \d\/5 (met|not met); Berlin \d\/4 (met \(LR ≈ [\d.]+\)|not met); Calin \d\/5 (met|not met)\.$/);
      for (const text of [f.title, f.action, f.card.summary, f.card.detail]) expect(text).not.toMatch(/likely axSpA/i);
    }
  });
});

describe('pattern.mechanical', () => {
  it('fires (info) on worse with activity when exercise does not help', () => {
    expect(severityOf({ worse_with_activity: 'present' }, 'pattern.mechanical')).toBe('info');
    expect(severityOf({ worse_with_activity: 'present', improves_with_exercise: 'absent' }, 'pattern.mechanical')).toBe('info');
  });

  it('does not fire when improves with exercise is present', () => {
    expect(severityOf({ worse_with_activity: 'present', improves_with_exercise: 'present' }, 'pattern.mechanical')).toBeUndefined();
  });

  it('an uncertain "improves with exercise" does not block it (only present does)', () => {
    expect(severityOf({ worse_with_activity: 'present', improves_with_exercise: 'uncertain' }, 'pattern.mechanical')).toBe('info');
  });

  it('does not fire on worse with activity uncertain or absent', () => {
    expect(severityOf({ worse_with_activity: 'uncertain' }, 'pattern.mechanical')).toBeUndefined();
    expect(severityOf({ worse_with_activity: 'absent' }, 'pattern.mechanical')).toBeUndefined();
  });
});

describe('pattern.static_posture', () => {
  it('fires on static-posture pain', () => {
    expect(severityOf({ static_posture_pain: 'present' }, 'pattern.static_posture')).toBe('info');
  });

  it('does not fire on it uncertain or absent', () => {
    expect(severityOf({ static_posture_pain: 'uncertain' }, 'pattern.static_posture')).toBeUndefined();
    expect(severityOf({ static_posture_pain: 'absent' }, 'pattern.static_posture')).toBeUndefined();
  });

  it('cites movement breaks, stretching and exercise', () => {
    const f = findingOf({ static_posture_pain: 'present' }, 'pattern.static_posture')!;
    expect(f.snippets).toEqual(expect.arrayContaining(['posture.movement_breaks', 'exercise.glute_stretch', 'exercise.cat_camel', 'mgmt.exercise_therapy']));
  });
});

describe('pattern.degenerative_stiffness (morning stiffness ≤ 30 min)', () => {
  it('fires at 30 minutes', () => {
    expect(severityOf({ morning_stiffness: 'present', morning_stiffness_minutes: 30 }, 'pattern.degenerative_stiffness')).toBe('info');
  });

  it('does not fire at 31 minutes', () => {
    expect(severityOf({ morning_stiffness: 'present', morning_stiffness_minutes: 31 }, 'pattern.degenerative_stiffness')).toBeUndefined();
  });

  it('does not fire when the duration of stiffness is not documented', () => {
    expect(severityOf({ morning_stiffness: 'present' }, 'pattern.degenerative_stiffness')).toBeUndefined();
  });

  it('does not fire when morning stiffness itself is uncertain or absent', () => {
    expect(severityOf({ morning_stiffness: 'uncertain', morning_stiffness_minutes: 10 }, 'pattern.degenerative_stiffness')).toBeUndefined();
    expect(severityOf({ morning_stiffness_minutes: 10 }, 'pattern.degenerative_stiffness')).toBeUndefined();
  });

  it('shows the caveat when an inflammatory pattern also fires, and only then', () => {
    const short: Spec = { morning_stiffness: 'present', morning_stiffness_minutes: 20 };
    const withIbp = findingOf({ ...short, ...ASAS4, symptom_duration_weeks: 20 }, 'pattern.degenerative_stiffness')!;
    expect(findingOf({ ...short, ...ASAS4, symptom_duration_weeks: 20 }, 'pattern.inflammatory')).toBeDefined();
    expect(withIbp.card.detail).toMatch(/Caveat: an inflammatory pattern also fires/);
    const alone = findingOf(short, 'pattern.degenerative_stiffness')!;
    expect(alone.card.detail).not.toMatch(/Caveat/);
  });

  it('the pillow advice is labelled expert opinion', () => {
    expect(findingOf({ morning_stiffness: 'present', morning_stiffness_minutes: 5 }, 'pattern.degenerative_stiffness')!.action).toMatch(/pillow between the knees.*expert opinion/);
  });
});

describe('pattern.radicular', () => {
  it.each(['radicular_pain', 'slr_positive'] as const)('fires on %s', (id) => {
    expect(severityOf({ [id]: 'present' }, 'pattern.radicular')).toBe('info');
  });

  it.each(['radicular_pain', 'slr_positive'] as const)('does not fire on %s uncertain', (id) => {
    expect(severityOf({ [id]: 'uncertain' }, 'pattern.radicular')).toBeUndefined();
  });
});

describe('other pattern rules as data', () => {
  it('are the four of rules.md', () => {
    expect(OTHER_PATTERN_RULES.map((r) => r.id)).toEqual(['pattern.mechanical', 'pattern.static_posture', 'pattern.degenerative_stiffness', 'pattern.radicular']);
  });
});
