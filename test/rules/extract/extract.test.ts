import { describe, it, expect } from 'vitest';
import { extract } from '../../../rules/extract/extract';
import { Extraction, type ExtractedFeature, type Status } from '../../../rules/vocabulary/extraction';
import { FEATURE_IDS, RED_FLAG_FEATURES, type FeatureId } from '../../../rules/vocabulary/features';

/** Runs the engine and checks the invariants every output must keep. */
function run(text: string): Extraction {
  const ex = extract(text);
  expect(() => Extraction.parse(ex)).not.toThrow();
  const ids = ex.features.map((f) => f.id);
  expect(new Set(ids).size, 'one entry per feature').toBe(ids.length);
  for (const f of ex.features) {
    expect(f.evidence.length).toBeGreaterThan(0);
    for (const e of f.evidence) {
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.start).toBeLessThan(e.end);
      expect(e.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(e.start, e.end)).toBe(e.text);
    }
    expect(f.conflict).toBe(new Set(f.evidence.map((e) => e.status)).size > 1);
  }
  return ex;
}

const feature = (ex: Extraction, id: FeatureId): ExtractedFeature | undefined => ex.features.find((f) => f.id === id);
const statusOf = (text: string, id: FeatureId): Status | undefined => feature(run(text), id)?.status;

describe('extract: abbreviations and lay language', () => {
  it.each<[string, FeatureId, Status]>([
    ['c/o LBP, h/o breast ca', 'history_of_cancer', 'present'],
    ['hx IVDA', 'ivdu', 'present'],
    ['pt is an IV drug user', 'ivdu', 'present'],
    ['denies IVDU', 'ivdu', 'absent'],
    ['on adalimumab', 'immunosuppression', 'present'],
    ['prednisone 10 mg daily for 2 years', 'steroid_use', 'present'],
    ['SLR + at 40° L', 'slr_positive', 'present'],
    ['SLR neg bilat', 'slr_positive', 'absent'],
    ['SLR 40° L positive', 'slr_positive', 'present'],
    ['SLR L at 45 degrees +ve', 'slr_positive', 'present'],
    ['SLR negative at 80° bilaterally', 'slr_positive', 'absent'],
    ['SLR 90 L', 'slr_positive', 'uncertain'],
    ['straight leg raise negative bilaterally', 'slr_positive', 'absent'],
    ['FABER + bilat', 'si_provocation_positive', 'present'],
    ['Schober 2 cm', 'schober_restricted', 'present'],
    ['modified Schober 5.5 cm (normal)', 'schober_restricted', 'absent'],
    ["can't feel my bottom when I wipe", 'saddle_anesthesia', 'present'],
    ['numb around the back passage', 'saddle_anesthesia', 'present'],
    ['numbness between the legs', 'saddle_anesthesia', 'present'],
    ['Unable to feel toilet paper when wiping.', 'saddle_anesthesia', 'present'],
    ['Perianal sensation reduced.', 'saddle_anesthesia', 'present'],
    ['Saddle sensation reduced on the left.', 'saddle_anesthesia', 'present'],
    ['Perianal sensation intact.', 'saddle_anesthesia', 'absent'],
    ['Sudden severe back and abdominal pain, known 5.5 cm AAA.', 'severe_pain', 'present'],
    ['Weakness of great toe extension on the right, 4/5.', 'leg_weakness', 'present'],
    ['Keeps tripping over his right foot.', 'leg_weakness', 'present'],
    ["Can't stand on tiptoes on the left.", 'leg_weakness', 'present'],
    ['No weakness of hip flexion.', 'leg_weakness', 'absent'],
    ['Low-grade temperatures at night.', 'fever', 'present'],
    // A phrase inside a longer one takes that phrase's own negation
    ['Improvement with exercise but not with rest.', 'worse_with_rest', 'present'],
    ['Not worse with bending, stiff in the mornings for an hour, better with exercise.', 'morning_stiffness', 'present'],
    ['Pain not related to activity, wakes at night, morning stiffness 1h.', 'night_pain', 'present'],
    ['Not experiencing any numbness, weakness, or incontinence.', 'fecal_incontinence', 'absent'],
    ['He does not really have any leg weakness.', 'leg_weakness', 'absent'],
    ['Better with exercise, not with rest, night pain, insidious onset.', 'night_pain', 'present'],
    ['Better with exercise, not with rest, night pain, insidious onset.', 'insidious_onset', 'present'],
    ['Not better with rest.', 'worse_with_activity', 'absent'],
    ['Not better with rest.', 'worse_with_rest', 'present'],
    ['Better with rest.', 'worse_with_activity', 'present'],
    ["NSAIDs don't help.", 'nsaid_response', 'absent'],
    ['Ibuprofen really helps.', 'nsaid_response', 'present'],
    ['EMS 45 min.', 'morning_stiffness', 'present'],
    ['B27 negative.', 'hla_b27_positive', 'absent'],
    ['Ibuprofen doesnt really help.', 'nsaid_response', 'absent'],
    ['Worse in the mornings with stiffness lasting about 45 min.', 'morning_stiffness', 'present'],
    ['hx prostate ca 2018.', 'history_of_cancer', 'present'],
    ['Pain not settling after a month.', 'failure_to_improve', 'present'],
    ['Getting worse despite treatment.', 'failure_to_improve', 'present'],
    ['Sweats drenching the sheets most nights.', 'night_sweats', 'present'],
    ['Wakes up drenched in sweat.', 'night_sweats', 'present'],
    ['Feels hot and cold.', 'fever', 'present'],
    ['Pulsating feeling in the tummy.', 'pulsatile_abdominal_mass', 'present'],
    ['Ibuprofen doesnt work.', 'nsaid_response', 'absent'],
    ['loosens up after walking the dog', 'improves_with_exercise', 'present'],
    ['no improvement with rest', 'worse_with_rest', 'present'],
    ['sitting still makes it worse', 'worse_with_rest', 'present'],
    ['stiff for an hour every morning', 'morning_stiffness', 'present'],
    ['wakes up at 3am with pain', 'night_pain_second_half', 'present'],
    ['advil works great', 'nsaid_response', 'present'],
    ['night sweats soaking the sheets', 'night_sweats', 'present'],
    ['lost 15 lbs without trying', 'unexplained_weight_loss', 'present'],
    ['feels feverish', 'fever', 'present'],
    ['pain radiates down L leg', 'radicular_pain', 'present'],
    ['pain in both legs', 'bilateral_leg_symptoms', 'present'],
    ['5/5 strength BLE', 'leg_weakness', 'absent'],
    ["I can't pee", 'urinary_retention', 'present'],
    ['loss of bladder control', 'urinary_retention', 'present'],
    ['Denies loss of bladder control', 'urinary_retention', 'absent'],
    ['lost control of my bowels', 'fecal_incontinence', 'present'],
    ['HLA-B27 positive', 'hla_b27_positive', 'present'],
    ['HLA-B27 pending', 'hla_b27_positive', 'uncertain'],
    ['CRP 14 mg/L (H, ref <5)', 'elevated_crp', 'present'],
    ['CRP 3 mg/L (normal)', 'elevated_crp', 'absent'],
    ['no trauma', 'significant_trauma', 'absent'],
    ['fell off a ladder', 'significant_trauma', 'present'],
    ['UTI last week', 'recent_infection', 'present'],
  ])('%j → %s %s', (text, id, status) => {
    expect(statusOf(text, id)).toBe(status);
  });

  it('"Denies b/b changes" denies both bladder and bowel symptoms', () => {
    const ex = run('Denies b/b changes');
    expect(feature(ex, 'urinary_retention')?.status).toBe('absent');
    expect(feature(ex, 'fecal_incontinence')?.status).toBe('absent');
    expect(feature(ex, 'urinary_retention')?.evidence[0].cue).toBe('Denies');
  });

  it('urinary incontinence is not faecal incontinence, and faecal is not urinary', () => {
    const urinary = run('new urinary incontinence');
    expect(feature(urinary, 'urinary_retention')?.status).toBe('present');
    expect(feature(urinary, 'fecal_incontinence')).toBeUndefined();
    const fecal = run('fecal incontinence');
    expect(feature(fecal, 'fecal_incontinence')?.status).toBe('present');
    expect(feature(fecal, 'urinary_retention')).toBeUndefined();
  });

  it('unqualified incontinence counts for both', () => {
    const ex = run('Denies incontinence');
    expect(feature(ex, 'urinary_retention')?.status).toBe('absent');
    expect(feature(ex, 'fecal_incontinence')?.status).toBe('absent');
  });

  it('the evidence is the matched words, not the whole sentence', () => {
    const text = 'c/o LBP, h/o breast ca';
    const ev = feature(run(text), 'history_of_cancer')!.evidence;
    expect(ev).toHaveLength(1);
    expect(ev[0].text).toBe('ca');
    expect(ev[0].start).toBe(text.length - 2);
  });
});

describe('extract: family, hypothetical and ruled-out mentions', () => {
  it('FHx: mother with psoriasis → family_history_spa, not the patient’s psoriasis', () => {
    const ex = run('FHx: mother with psoriasis');
    expect(feature(ex, 'family_history_spa')?.status).toBe('present');
    expect(feature(ex, 'family_history_spa')?.evidence[0].text).toBe('psoriasis');
    expect(feature(ex, 'psoriasis')).toBeUndefined();
  });

  it('a relative named in the sentence also makes it family history', () => {
    const ex = run('my dad has ankylosing spondylitis');
    expect(feature(ex, 'family_history_spa')?.status).toBe('present');
  });

  it('family scope ends at a blank line', () => {
    const ex = run('FHx: mother with psoriasis.\n\nPt has psoriasis on elbows.');
    expect(feature(ex, 'family_history_spa')?.status).toBe('present');
    expect(feature(ex, 'psoriasis')?.status).toBe('present');
  });

  it('a relative’s non-SpA condition is not reported at all', () => {
    const ex = run('FHx: father with lung cancer');
    expect(feature(ex, 'history_of_cancer')).toBeUndefined();
    expect(feature(ex, 'family_history_spa')).toBeUndefined();
  });

  it('return precautions make a red flag uncertain, not present', () => {
    const f = feature(run('return if numbness in the groin'), 'saddle_anesthesia');
    expect(f?.status).toBe('uncertain');
    expect(f?.evidence[0].cue).toBe('return if');
  });

  it('a "Return precautions:" section makes its red flags uncertain', () => {
    const ex = run('Return precautions: fever, numbness in the groin.');
    expect(feature(ex, 'fever')?.status).toBe('uncertain');
    expect(feature(ex, 'saddle_anesthesia')?.status).toBe('uncertain');
  });

  it('"r/o cauda equina" produces no red flag present', () => {
    for (const text of ['r/o cauda equina', 'LBP. r/o cauda equina.', 'r/o cauda equina syndrome: assess for saddle anesthesia and urinary retention']) {
      const ex = run(text);
      const present = ex.features.filter((f) => RED_FLAG_FEATURES.includes(f.id) && f.status === 'present');
      expect(present, text).toEqual([]);
    }
    const ex = run('r/o cauda equina syndrome: assess for saddle anesthesia and urinary retention');
    expect(feature(ex, 'saddle_anesthesia')?.status).toBe('uncertain');
    expect(feature(ex, 'urinary_retention')?.status).toBe('uncertain');
  });

  it('a hedge "? saddle numbness" is uncertain, with or without a space', () => {
    expect(statusOf('Pt reports ?saddle numbness.', 'saddle_anesthesia')).toBe('uncertain');
    expect(statusOf('LBP, ? saddle numbness, no fever.', 'saddle_anesthesia')).toBe('uncertain');
    expect(statusOf('LBP, ? saddle numbness, no fever.', 'fever')).toBe('absent');
  });
});

describe('extract: checklists and tables', () => {
  it('"Saddle anesthesia: No" → absent, with the answer as cue', () => {
    const f = feature(run('Saddle anesthesia: No'), 'saddle_anesthesia');
    expect(f?.status).toBe('absent');
    expect(f?.evidence[0].cue).toBe('No');
  });

  it('"Saddle anesthesia: YES - reports numbness when wiping" → present', () => {
    expect(statusOf('Saddle anesthesia: YES - reports numbness when wiping', 'saddle_anesthesia')).toBe('present');
  });

  it('"[ ] Fever" reports nothing about fever; "[x] Fever" reports it present', () => {
    expect(feature(run('[ ] Fever'), 'fever')).toBeUndefined();
    expect(statusOf('[x] Fever', 'fever')).toBe('present');
  });

  it('a flattened table row answers each label', () => {
    const ex = run('fever No | wt loss No');
    expect(feature(ex, 'fever')?.status).toBe('absent');
    expect(feature(ex, 'unexplained_weight_loss')?.status).toBe('absent');
    expect(statusOf('Fever | No', 'fever')).toBe('absent');
  });

  it('one answer does not leak into the next question', () => {
    const ex = run('Saddle anesthesia: No. Leg weakness: Yes.');
    expect(feature(ex, 'saddle_anesthesia')?.status).toBe('absent');
    expect(feature(ex, 'leg_weakness')?.status).toBe('present');
    const ex2 = run('Any bladder problems? No. Any leg weakness? Yes.');
    expect(feature(ex2, 'urinary_retention')?.status).toBe('absent');
    expect(feature(ex2, 'leg_weakness')?.status).toBe('present');
  });

  it('"Any numbness in the groin? No." → absent', () => {
    expect(statusOf('Any numbness in the groin? No.', 'saddle_anesthesia')).toBe('absent');
  });
});

describe('extract: conflicts and values', () => {
  it('a denied fever with a febrile temperature is present, in conflict, with both mentions', () => {
    const text = 'Denies fever. Vitals: T 38.9, HR 88.';
    const f = feature(run(text), 'fever')!;
    expect(f.status).toBe('present');
    expect(f.conflict).toBe(true);
    expect(f.evidence.map((e) => [e.text, e.status])).toEqual([
      ['fever', 'absent'],
      ['T 38.9', 'present'],
    ]);
    expect(f.evidence[0].cue).toBe('Denies');
  });

  it('agreeing mentions are not a conflict', () => {
    const f = feature(run('Denies fever. T 36.8.'), 'fever')!;
    expect(f.status).toBe('absent');
    expect(f.conflict).toBe(false);
    expect(f.evidence).toHaveLength(2);
  });

  it('reads age, sex, duration and stiffness minutes from a note opener', () => {
    const ex = run('42M with LBP x 3 months, stiff in the morning for about an hour.');
    expect(feature(ex, 'age')?.value).toBe(42);
    expect(feature(ex, 'sex')?.value).toBe('male');
    expect(feature(ex, 'symptom_duration_weeks')?.value).toBe(13);
    expect(feature(ex, 'morning_stiffness')?.status).toBe('present');
    expect(feature(ex, 'morning_stiffness_minutes')?.value).toBe(60);
  });

  it('an age in family history is not the patient’s age', () => {
    const ex = run('FHx: father 70M with AS.');
    expect(feature(ex, 'age')).toBeUndefined();
  });

  it('an age in an onset phrase is the onset age, not the age now', () => {
    const ex = run('Chronicity: > 3 months. Onset: insidious, age 24.');
    expect(feature(ex, 'onset_age')?.value).toBe(24);
    expect(feature(ex, 'age')).toBeUndefined();
    expect(feature(ex, 'symptom_duration_weeks')?.value).toBe(13);
  });

  it('a stated stiffness time implies morning stiffness', () => {
    const ex = run('Morning stiffness: yes, ~45 min.');
    expect(feature(ex, 'morning_stiffness')?.status).toBe('present');
    expect(feature(ex, 'morning_stiffness_minutes')?.value).toBe(45);
  });

  it.each([
    ['Morning stiffness 60+ min.', 60, undefined],
    ['Stiff every morning for a good hour and a half.', 90, undefined],
    ['Morning stiffness of about an hour and a quarter.', 75, undefined],
    ['Morning stiffness of about an hour and a half.', 90, undefined],
    ['24h: AM stiffness <15 min.', 15, 'below'],
    ['About 40 minutes of morning stiffness.', 40, undefined],
    ['Stiffness worse in the mornings (about 45 min).', 45, undefined],
  ] as const)('reads the stiffness time of %j as %d minutes, a time before a heading\'s colon not being it', (text, minutes, bound) => {
    const f = feature(run(text), 'morning_stiffness_minutes');
    expect(f?.value).toBe(minutes);
    expect(f?.bound).toBe(bound);
  });

  it('returns no features for text without any', () => {
    expect(run('Patient seen today. Discussed diet.').features).toEqual([]);
    expect(run('').features).toEqual([]);
  });
});

describe('extract: output contract', () => {
  const note = [
    'HPI: 38 yo F with "LBP" x 8 months, stiff ~1 h each morning, loosens up with exercise.',
    'Wakes at 4am with pain. Ibuprofen helps a lot.',
    '',
    'ROS:',
    'Fever | No',
    'fever No | wt loss No',
    '[x] Night sweats',
    '[ ] Weight loss',
    'Saddle anesthesia: No',
    'Any bladder problems? No.',
    '',
    'FHx: mother with psoriasis, brother with AS.',
    '',
    'Exam: SLR neg bilat. FABER + on R. Schober 3.5 cm (reduced). T 37.0.',
    'Labs: CRP 14 mg/L (H, ref <5), ESR 32.',
    'A/P: ? axial SpA. r/o cauda equina not indicated. Return precautions: numbness in the groin, fever.',
  ].join('\n');

  it('every evidence span indexes the original text, and the output validates', () => {
    const ex = run(note);
    expect(ex.features.length).toBeGreaterThan(10);
    // Features come out in vocabulary order.
    const ids = ex.features.map((f) => f.id);
    expect(ids).toEqual([...ids].sort((a, b) => FEATURE_IDS.indexOf(a) - FEATURE_IDS.indexOf(b)));
  });

  it('reads the whole note sensibly', () => {
    const ex = run(note);
    expect(feature(ex, 'age')?.value).toBe(38);
    expect(feature(ex, 'sex')?.value).toBe('female');
    expect(feature(ex, 'symptom_duration_weeks')?.value).toBeCloseTo(34.7, 1);
    expect(feature(ex, 'morning_stiffness')?.status).toBe('present');
    expect(feature(ex, 'improves_with_exercise')?.status).toBe('present');
    expect(feature(ex, 'night_pain_second_half')?.status).toBe('present');
    expect(feature(ex, 'nsaid_response')?.status).toBe('present');
    expect(feature(ex, 'night_sweats')?.status).toBe('present');
    expect(feature(ex, 'unexplained_weight_loss')?.status).toBe('absent');
    expect(feature(ex, 'saddle_anesthesia')?.status).toBe('absent');
    expect(feature(ex, 'urinary_retention')?.status).toBe('absent');
    expect(feature(ex, 'family_history_spa')?.status).toBe('present');
    expect(feature(ex, 'psoriasis')).toBeUndefined();
    expect(feature(ex, 'slr_positive')?.status).toBe('absent');
    expect(feature(ex, 'si_provocation_positive')?.status).toBe('present');
    expect(feature(ex, 'schober_restricted')?.status).toBe('present');
    expect(feature(ex, 'elevated_crp')?.status).toBe('present');
  });

  it('is pure: the same text gives the same output', () => {
    expect(run(note)).toEqual(run(note));
  });

  it('handles hostile input quickly and validly', () => {
    for (const text of ['no '.repeat(30000), 'fever? '.repeat(10000), '[x] '.repeat(10000), 'a'.repeat(200000), 'T 39.1 | '.repeat(5000)]) {
      const t0 = performance.now();
      run(text);
      expect(performance.now() - t0, JSON.stringify(text.slice(0, 10))).toBeLessThan(5000);
    }
  });
});

describe('extract: note shapes written by other hands', () => {
  it.each<[string, FeatureId, Status | undefined]>([
    // Scripted questions and their answers
    ['Q: Any numbness in the groin, buttocks or inner thighs? A: No.', 'saddle_anesthesia', 'absent'],
    ['Q: Any loss of bowel control? A: Yes - since this morning.', 'fecal_incontinence', 'present'],
    ['Q: Does the pain go down one leg or both? A: Right leg only.', 'bilateral_leg_symptoms', undefined],
    ['Recent infection (urine, skin, chest, blood)? Denies.', 'recent_infection', 'absent'],
    ['Numbness around the back passage or genitals? Not sure.', 'saddle_anesthesia', 'uncertain'],
    // A question on its own asks; it does not assert
    ['Any numbness in the saddle area?', 'saddle_anesthesia', 'uncertain'],
    ['my aunt has psoriasis if that matters?', 'family_history_spa', 'present'],
    // Two-cell table rows
    ['Duration of back pain | 6 years', 'symptom_duration_weeks', 'present'],
    ['Fever | No', 'fever', 'absent'],
    // Several label–answer pairs in one sentence: each answer is its own label's
    ['Fever: no, weight loss: yes, night sweats: no.', 'unexplained_weight_loss', 'present'],
    ['Fever: no, weight loss: yes, night sweats: no.', 'night_sweats', 'absent'],
    ['Saddle anaesthesia: yes; retention: no.', 'urinary_retention', 'absent'],
    // …also after a heading of their own
    ['Red flags: fever - no; wt loss - no; saddle anaesthesia - no.', 'saddle_anesthesia', 'absent'],
    ['ROS: fever - no; saddle anaesthesia - no.', 'fever', 'absent'],
    ['Red flags: fever: no; saddle anaesthesia: yes.', 'saddle_anesthesia', 'present'],
    ['CES screen: retention - no, saddle - yes, bowel - no', 'saddle_anesthesia', 'present'],
    ['CES screen: retention - no, saddle - yes, bowel - no', 'urinary_retention', 'absent'],
    // "intact" answers a label as "normal" does
    ['Saddle: intact', 'saddle_anesthesia', 'absent'],
    ['Perianal sensation: intact.', 'saddle_anesthesia', 'absent'],
    ['Perineal sensation - reduced', 'saddle_anesthesia', 'present'],
    ['Saddle anaesthesia: not assessed.', 'saddle_anesthesia', 'uncertain'],
    // Movement that eases it, in the patient's words
    ['Pain eases as the day goes on and he gets moving.', 'improves_with_exercise', 'present'],
    ['Worse in the second half of the night, gets up and walks around to ease it.', 'improves_with_exercise', 'present'],
    ['Stiff in mornings for 10 minutes.', 'morning_stiffness', 'present'],
    // Drug injection given up is to ask about; current use is the flag
    ['Ex-IVDU, clean 10 years.', 'ivdu', 'uncertain'],
    ['Former IVDU.', 'ivdu', 'uncertain'],
    ['IVDU, last injected yesterday.', 'ivdu', 'present'],
    // Bladder and foot trouble in a caller's or patient's words
    ["Caller: my husband can't feel when he needs a wee and has wet the bed.", 'urinary_retention', 'present'],
    ["I've had to strain to start peeing since the weekend.", 'urinary_retention', 'present'],
    ["He hasn't had a wee since last night and his tummy is swollen.", 'urinary_retention', 'present'],
    ['No bed wetting.', 'urinary_retention', 'absent'],
    ["Left foot is floppy and he's tripping.", 'leg_weakness', 'present'],
    ["She's lost her appetite and 8 lb.", 'unexplained_weight_loss', 'present'],
    ['Pain is 6/10, non-radiating.', 'radicular_pain', 'absent'],
    ['Naproxen very effective.', 'nsaid_response', 'present'],
    // Tick boxes and pairs on one line, a qualified yes, a caller's bladder
    ['[ ] Fever  [x] Weight loss  [ ] Night sweats  [x] History of cancer', 'history_of_cancer', 'present'],
    ['[ ] Fever  [x] Weight loss  [ ] Night sweats  [x] History of cancer', 'unexplained_weight_loss', 'present'],
    ['Fever: N  Wt loss: N  Night sweats: Y', 'unexplained_weight_loss', 'absent'],
    ['Fever: N  Wt loss: N  Night sweats: Y', 'night_sweats', 'present'],
    ['Q: Have you noticed any numbness between your legs? A: A bit, yes, since yesterday.', 'saddle_anesthesia', 'present'],
    ['Any problems with your bladder? No.', 'urinary_retention', 'absent'],
    // Both legs, however written; alternating sciatica counts as the national CES pathway says
    ['LBP radiating to both legs, worse on the right.', 'bilateral_leg_symptoms', 'present'],
    ['Sciatica R>L.', 'bilateral_leg_symptoms', 'present'],
    ['Alternating sciatica, left then right.', 'bilateral_leg_symptoms', 'present'],
    ['Leg pain bilaterally.', 'bilateral_leg_symptoms', 'present'],
    ['Bilateral foot drop.', 'bilateral_leg_symptoms', 'present'],
    ['Alternating buttock pain.', 'bilateral_leg_symptoms', undefined],
    // Explained by another cause, in brackets, or an old complaint under its label
    ['Pt reports numbness in both feet (known diabetic neuropathy, unchanged).', 'bilateral_leg_symptoms', 'uncertain'],
    ['Numbness in both feet (new).', 'bilateral_leg_symptoms', 'present'],
    ['Urinary incontinence - longstanding stress incontinence, no change.', 'urinary_retention', undefined],
    // "OK" answers a screen's label; more words for the saddle area
    ['Back pain; saddle: OK; bladder: OK.', 'saddle_anesthesia', 'absent'],
    ['Saddle - OK, bladder - OK, bowel - OK', 'urinary_retention', 'absent'],
    ['Saddle anaesthesia: fine tingling since today.', 'saddle_anesthesia', 'present'],
    ['Numbness of inner thighs both sides.', 'saddle_anesthesia', 'present'],
    ['Tingling in the vagina/perineum.', 'saddle_anesthesia', 'present'],
    ['Reduced sensation around the anus on the left.', 'saddle_anesthesia', 'present'],
    ['Currently on chemotherapy for lymphoma.', 'immunosuppression', 'present'],
    // A measured residual is read as it stands, whatever the sentence hedges
    ['Possible urinary retention - bladder scan 650ml.', 'urinary_retention', 'present'],
    // Power graded before the muscle
    ['Neuro: power 4/5 L ankle DF, otherwise 5/5.', 'leg_weakness', 'present'],
    ['4/5 R EHL.', 'leg_weakness', 'present'],
    // A time that undoes a negation, a cause that is not a negation's end
    ['No saddle numbness until this morning.', 'saddle_anesthesia', 'present'],
    ['No fever, until now well.', 'fever', 'absent'],
    ['Never had cancer until the diagnosis of myeloma last year.', 'history_of_cancer', 'present'],
    ['He is no longer able to pass urine.', 'urinary_retention', 'present'],
    ['Has not passed urine since this morning.', 'urinary_retention', 'present'],
    ["Hasn't passed urine for 12 hours.", 'urinary_retention', 'present'],
    ['Nil bladder/bowel sx.', 'urinary_retention', 'absent'],
    ['On long-term pred for PMR.', 'steroid_use', 'present'],
    ['Saddle area sensation reduced on the left, anal tone normal.', 'saddle_anesthesia', 'present'],
    ['Sensation reduced in the saddle area.', 'saddle_anesthesia', 'present'],
    ['cant feel my bum when i sit on the toilet', 'saddle_anesthesia', 'present'],
    // Incontinence after one organ's label is that organ's; bare, it is either
    ['Bladder: normal. Bowel: incontinent x2 today.', 'fecal_incontinence', 'present'],
    ['Bladder: normal. Bowel: incontinent x2 today.', 'urinary_retention', 'absent'],
    ['Bladder - incontinent since last night.', 'urinary_retention', 'present'],
    ['Bladder - incontinent since last night.', 'fecal_incontinence', undefined],
    ['Incontinent of urine and faeces.', 'fecal_incontinence', 'present'],
    ['New incontinence.', 'fecal_incontinence', 'present'],
    ['Bladder function changed recently.', 'urinary_retention', 'present'],
    ['Fever - no; night sweats - yes.', 'fever', 'absent'],
    // ASAS wording for the NSAID response, and a response answered after its label
    ['Improves with ibuprofen within 48 h.', 'nsaid_response', 'present'],
    ['Response to NSAIDs: good.', 'nsaid_response', 'present'],
    // A past cue in another clause leaves a pain-pattern feature current
    ['LBP since childbirth 2 years ago, stiff in the morning, improves as the day goes on.', 'morning_stiffness', 'present'],
    // A past cue puts a red flag in the past only in its own clause
    ['Previous lumbar discectomy 3 weeks ago, wound red and oozing, febrile.', 'fever', 'present'],
    ['Previous urinary retention after surgery in 2010.', 'urinary_retention', 'uncertain'],
    // Explained, longstanding or other bowel changes are asked about, not fired on
    ['Bowels: constipated (codeine). Bladder: no problems.', 'fecal_incontinence', 'uncertain'],
    ['Incontinent of urine since stroke 2019 (baseline).', 'urinary_retention', 'uncertain'],
    ['Incontinent of urine (baseline).', 'urinary_retention', 'uncertain'],
    ['Incontinent of urine and faeces at baseline (nursing home resident).', 'fecal_incontinence', 'uncertain'],
    ['Bilateral leg pain from knee OA.', 'bilateral_leg_symptoms', 'uncertain'],
    ['Weakness of both legs due to old polio.', 'bilateral_leg_symptoms', 'uncertain'],
    // Uveitis and dactylitis described rather than named
    ['Recurrent red painful eye, treated by ophthalmology with steroid drops.', 'uveitis', 'present'],
    ['Painful red eye last year.', 'uveitis', 'uncertain'],
    ['Eye was red and painful last year, treated with steroid drops by eye hospital.', 'uveitis', 'present'],
    ['Her left eye went red and sore in 2021.', 'uveitis', 'uncertain'],
    ['Swollen sausage-like finger.', 'dactylitis', 'present'],
    // A cancer scare is not a cancer
    ['He had a cancer scare last year but tests were negative.', 'history_of_cancer', undefined],
    // Sleep and activity in other words
    ['Exercise makes it worse.', 'worse_with_activity', 'present'],
    ["Pain doesn't wake her but she is stiff in the morning for 2 hours.", 'night_pain', 'absent'],
    ['Sleeps well.', 'night_pain', 'absent'],
    ['Does not sleep well because of pain.', 'night_pain', undefined],
    ['Not able to sleep through the night.', 'night_pain', undefined],
    ['Wakes at night with pain but sleeps well otherwise.', 'night_pain', 'present'],
    // Abbreviated and worried hedges
    ['Poss urinary retention - to bladder scan.', 'urinary_retention', 'uncertain'],
    ['poss. saddle numbness', 'saddle_anesthesia', 'uncertain'],
    ['He is concerned about cancer because of weight loss of 5kg.', 'history_of_cancer', 'uncertain'],
    ['He is concerned about cancer because of weight loss of 5kg.', 'unexplained_weight_loss', 'present'],
    // Labels followed by their marks, and lists headed as negatives
    ['Fever ✓ Weight loss ✗ Night sweats ✓', 'unexplained_weight_loss', 'absent'],
    ['Fever ✓ Weight loss ✗ Night sweats ✓', 'night_sweats', 'present'],
    ['Saddle anaesthesia [N] Retention [Y]', 'saddle_anesthesia', 'absent'],
    ['Saddle anaesthesia [N] Retention [Y]', 'urinary_retention', 'present'],
    ['Retention [ ]', 'urinary_retention', undefined],
    ['How did it start?  [ ] Accident/fall   [x] Lifting/overuse', 'significant_trauma', undefined],
    ['Pertinent positives: urinary retention. Pertinent negatives: fever, saddle anaesthesia.', 'saddle_anesthesia', 'absent'],
    ['Pertinent positives: urinary retention. Pertinent negatives: fever, saddle anaesthesia.', 'urinary_retention', 'present'],
    ['+ve: night pain, morning stiffness. -ve: fever, weight loss.', 'unexplained_weight_loss', 'absent'],
    ['+ve: night pain, morning stiffness. -ve: fever, weight loss.', 'night_pain', 'present'],
    ['Neither saddle anaesthesia nor urinary symptoms.', 'saddle_anesthesia', 'absent'],
    ['Neither saddle anaesthesia nor urinary symptoms.', 'urinary_retention', 'absent'],
    ['Neither fever nor weight loss.', 'unexplained_weight_loss', 'absent'],
    ['Saddle numbness unchanged since this morning.', 'saddle_anesthesia', 'present'],
    ['Lost 10 kg and CT planned.', 'unexplained_weight_loss', 'present'],
    ['Weight loss (planned).', 'unexplained_weight_loss', 'absent'],
    ['No improvement with rest.', 'worse_with_rest', 'present'],
    ['Better with exercise but not with rest.', 'worse_with_rest', 'present'],
    ['Exercise makes everything worse for days.', 'improves_with_exercise', 'absent'],
    ['Family history is negative for spondyloarthritis, psoriasis and inflammatory bowel disease.', 'family_history_spa', 'absent'],
    ["Stiffness AM 'about an hour'.", 'morning_stiffness', 'present'],
    ['Stiff AM 10 min.', 'morning_stiffness', 'present'],
    ["It's stiff until lunchtime.", 'morning_stiffness', 'present'],
    ['The buttock pain is sometimes left, sometimes right.', 'alternating_buttock_pain', 'present'],
    ['Buttock pain alternates L/R.', 'alternating_buttock_pain', 'present'],
    ['He describes being woken around 3 or 4 in the morning by pain.', 'night_pain_second_half', 'present'],
    ['Tends to wake towards morning.', 'night_pain_second_half', 'present'],
    ['Exercise: helps. Rest: doesn\'t help.', 'improves_with_exercise', 'present'],
    ['Exercise: helps. Rest: doesn\'t help.', 'worse_with_rest', 'present'],
    ["NSAIDs - 'huge difference within a day'.", 'nsaid_response', 'present'],
    ['NSAID trial: ibuprofen 800 TID x 2 wk, good response.', 'nsaid_response', 'present'],
    ['A swollen sausage-like left second toe.', 'dactylitis', 'present'],
    ['My grandad had ankylosing spondylitis.', 'family_history_spa', 'present'],
    ['Denies IVDU but track marks noted on both antecubital fossae.', 'ivdu', 'present'],
    ['No track marks.', 'ivdu', 'absent'],
    ['My legs feel weaker than last week and now both of them are tingling.', 'bilateral_leg_symptoms', 'present'],
    ['Back pain following a motorbike collision at approximately forty miles per hour.', 'significant_trauma', 'present'],
    ["Says she has 'thin bones' and takes a weekly tablet for it.", 'osteoporosis', 'present'],
    ["I'm also struggling to get my wee started.", 'urinary_retention', 'present'],
    ['He has not been able to pass urine since this morning.', 'urinary_retention', 'present'],
    ['Bil leg paraesthesia.', 'bilateral_leg_symptoms', 'present'],
    ['LP performed 5 days ago on the ward.', 'recent_spinal_procedure', 'present'],
    ['New weakness in both legs, worse on the left, progressively worse over three days.', 'progressive_neuro_deficit', 'present'],
    ["I had an accident in my pants yesterday and didn't even know until I smelt it.", 'fecal_incontinence', 'present'],
    ['Discectomy 2009 complicated by transient post-op urinary retention, fully resolved.', 'urinary_retention', 'uncertain'],
    ['Call 999 if develops numbness around back passage or genitals, loss of bladder or bowel control, or weakness in the legs.', 'leg_weakness', 'uncertain'],
    ['Weight down 4 kg since starting semaglutide in March, intentional.', 'unexplained_weight_loss', 'absent'],
    ['Weight loss of about 10 pounds that is unintentional.', 'unexplained_weight_loss', 'present'],
    ['Residual mild saddle numbness unchanged since surgery.', 'saddle_anesthesia', 'uncertain'],
    ['Occasional incontinence - attributed to known overactive bladder.', 'urinary_retention', 'uncertain'],
    ['Wt loss - intentional, lost 6kg on Slimming World.', 'unexplained_weight_loss', 'absent'],
    ['Numbness between legs since this morning.', 'saddle_anesthesia', 'present'],
    ['History of i.v. drug use, last used heroin 2 weeks ago.', 'ivdu', 'present'],
    ['IVDU: Former - stopped 2004, abstinent since.', 'ivdu', 'uncertain'],
    ["It's worst when I get up in the morning, I'm stiff for a couple of hours.", 'morning_stiffness', 'present'],
    ['Worse after prolonged sitting/rest.', 'worse_with_rest', 'present'],
    ['She had flu with fevers back in January, none since. No fevers currently.', 'fever', 'absent'],
    ['No bilateral sx - pain radiates to R leg only.', 'bilateral_leg_symptoms', 'absent'],
    ['Pt reports feeling hot & shivery, temp not yet taken.', 'fever', 'uncertain'],
    ['His bladder function is normal.', 'urinary_retention', 'absent'],
    ['Temp normal.', 'fever', 'absent'],
    ['Numbness in both big toes since yesterday.', 'bilateral_leg_symptoms', 'present'],
    ['Bowels: loose stools since starting metformin.', 'fecal_incontinence', 'uncertain'],
    ['Bowel habit changed - diarrhoea x 2 weeks.', 'fecal_incontinence', 'uncertain'],
    ['Change in bowel habit.', 'fecal_incontinence', 'present'],
    ['Wakes 2nd half night.', 'night_pain_second_half', 'present'],
    ['Buttock pain on both sides alternately.', 'alternating_buttock_pain', 'present'],
    ['Weakness in both legs after a long walk (deconditioned).', 'bilateral_leg_symptoms', 'uncertain'],
    ['Son says father has had pain for 2 months and cannot control his urine since last week.', 'urinary_retention', 'uncertain'],
    ['FHx: father had urinary retention from BPH.', 'urinary_retention', undefined],
    ['Her mother had breast cancer.', 'history_of_cancer', undefined],
    ['No improvement w rest.', 'worse_with_rest', 'present'],
    ['Night pain 2nd half.', 'night_pain_second_half', 'present'],
    ['Worse when he walks and better when he sits down and leans forward.', 'worse_with_activity', 'present'],
    ['Not had any fevers though has been sweating a lot at night.', 'night_sweats', 'present'],
    ['Cousin with ankylosing spondylitis.', 'family_history_spa', 'uncertain'],
    ['Her uncle has ankylosing spondylitis.', 'family_history_spa', 'present'],
    ['He denies numbness, tingling, fever, chills, history of cancer, IV drug use.', 'history_of_cancer', 'absent'],
    ['He denies numbness, tingling, fever, chills, history of cancer, IV drug use.', 'ivdu', 'absent'],
    ['No weight loss, hx of breast cancer.', 'history_of_cancer', 'present'],
    ['Leg weakness: right foot drop 2 days, progressive.', 'progressive_neuro_deficit', 'present'],
    ['Foot drop, worsening back pain.', 'progressive_neuro_deficit', undefined],
    ['Heel walking impaired on the left.', 'leg_weakness', 'present'],
    ['PR: sensation around anus reduced, tone normal.', 'saddle_anesthesia', 'present'],
    ['Lost the urge to urinate.', 'urinary_retention', 'present'],
    ['Had to use pads for the last 2 days due to leakage.', 'urinary_retention', 'present'],
    ['No reduced bladder sensation.', 'urinary_retention', 'absent'],
    ['It is worse in the morning, with stiffness lasting 1-2 hours, and improves throughout the day with activity.', 'morning_stiffness', 'present'],
    ['It is worse in the morning, with stiffness lasting 1-2 hours, and improves throughout the day with activity.', 'improves_with_exercise', 'present'],
    ['Bilateral leg pain on walking relieved by sitting (neurogenic claudication), unchanged for years.', 'bilateral_leg_symptoms', 'uncertain'],
    ['EMS < 10 mins.', 'morning_stiffness', 'present'],
    ['Low back and buttock pain, alternating sides.', 'alternating_buttock_pain', 'present'],
    ['Bladder ok but bowels incontinent x2 today.', 'fecal_incontinence', 'present'],
    ['Bladder ok but bowels incontinent x2 today.', 'urinary_retention', 'absent'],
    ['Bladder incontinent since this morning.', 'urinary_retention', 'present'],
    ["Felt 'hot and shivery' last night, not measured.", 'fever', 'uncertain'],
    ['Weight: down 7kg in 2 months (not dieting).', 'unexplained_weight_loss', 'present'],
    ['Lost 10 kg (not dieting).', 'unexplained_weight_loss', 'present'],
    ['Weight: down 3 kg (dieting).', 'unexplained_weight_loss', 'absent'],
    ['-fever -wt loss -bowel/bladder sx -saddle anesthesia.', 'saddle_anesthesia', 'absent'],
    ['-fever -wt loss -bowel/bladder sx -saddle anesthesia.', 'fecal_incontinence', 'absent'],
    ['-fever -wt loss -bowel/bladder sx -saddle anesthesia.', 'fever', 'absent'],
    ['-fever +night sweats.', 'night_sweats', 'present'],
    // An ED template's signs with a space after them, in a list on one line
    ['ROS: - leg weakness, - bladder/bowel change.', 'leg_weakness', 'absent'],
    ['ROS: - leg weakness, - bladder/bowel change.', 'fecal_incontinence', 'absent'],
    ['Constitutional: - fever, - chills, - weight loss. GU: - urinary retention.', 'urinary_retention', 'absent'],
    ['Constitutional: - fever, - chills, - weight loss. GU: - urinary retention.', 'unexplained_weight_loss', 'absent'],
    ['Neuro: - saddle anesthesia, + leg weakness.', 'saddle_anesthesia', 'absent'],
    ['Neuro: - saddle anesthesia, + leg weakness.', 'leg_weakness', 'present'],
    ['Red flags: - saddle anaesthesia since yesterday.', 'saddle_anesthesia', 'present'],
    ['Red flags - retention, - saddle numbness.', 'saddle_anesthesia', 'present'],
    // Label and answer after a spaced dash, or a question answered after a dash
    ['Fever - denies.', 'fever', 'absent'],
    ['Hx of cancer - denies. Leg weakness - denies.', 'history_of_cancer', 'absent'],
    ['Saddle numbness - yes.', 'saddle_anesthesia', 'present'],
    ['Any history of cancer? – no.', 'history_of_cancer', 'absent'],
    // An answer after a dash is that answer, not the dash's "no"
    ['Saddle numbness: - yes.', 'saddle_anesthesia', 'present'],
    ['Any saddle numbness?\n- yes, since last night.', 'saddle_anesthesia', 'present'],
    ['Any saddle numbness? - wife does not know.', 'saddle_anesthesia', 'uncertain'],
    ['Fever: -, weight loss: -', 'fever', 'absent'],
    // An answer confirms or denies what its label says
    ['Passing urine ok? Yes.', 'urinary_retention', 'absent'],
    ['Bladder function normal? No.', 'urinary_retention', 'present'],
    ['Saddle sensation intact: N', 'saddle_anesthesia', 'present'],
    ['Bowels and bladder normal: yes.', 'fecal_incontinence', 'absent'],
    ['No bladder or bowel problems: yes', 'urinary_retention', 'absent'],
    ['No bladder or bowel problems: no', 'urinary_retention', 'uncertain'],
    ['Strength 5/5 BLE, sensation intact, SLR neg.', 'leg_weakness', 'absent'],
    ['Neurological examination is normal: no weakness, no sensory change.', 'leg_weakness', 'absent'],
    ['Passing urine ok? Yes, no problems.', 'urinary_retention', 'absent'],
    ['Bladder function normal? No, dribbling.', 'urinary_retention', 'present'],
    ['Continent of bladder and bowel.', 'fecal_incontinence', 'absent'],
    ['Bladder and bowels continent.', 'urinary_retention', 'absent'],
    ['Incontinent of bladder and bowel.', 'fecal_incontinence', 'present'],
    // A physiotherapist's special questions, each answered by a letter or a mark
    ['Special Qs: Saddle anaes N. Bladder N. Bowel N. Fever N.', 'saddle_anesthesia', 'absent'],
    ['Special Qs: Saddle anaes N. Bladder N. Bowel N. Fever N.', 'fever', 'absent'],
    ['Trauma N (lifting only). Oral steroids N.', 'significant_trauma', 'absent'],
    ['Seen by Dr N. Patel, saddle numbness reported.', 'saddle_anesthesia', 'present'],
    ['SQs: Saddle anaes x  Bladder/bowel x  Wt loss x', 'saddle_anesthesia', 'uncertain'],
    ['Bowels: opened normally this am, continent.', 'fecal_incontinence', 'absent'],
    ['RISK FACTORS: IVDU: denies. Cancer: none.', 'ivdu', 'absent'],
    ['RISK FACTORS: IVDU: yes.', 'ivdu', 'present'],
    // Not a response, and not an aneurysm
    ['NSAIDs made no real difference.', 'nsaid_response', undefined],
    ['NSAIDs did not make a big difference.', 'nsaid_response', undefined],
    ['Naproxen made a huge difference.', 'nsaid_response', 'present'],
    ['AAA screening 2021 - aorta 2.6 cm, normal, discharged from programme.', 'known_aaa', 'absent'],
    ['AAA screening scan showed a 4.8 cm aneurysm.', 'known_aaa', 'present'],
    ['Temps to 38.9 at home.', 'fever', 'present'],
    ['We discussed a left L4/5 transforaminal epidural steroid injection.', 'recent_spinal_procedure', 'uncertain'],
    ['27 yo F BIBA s/p MVC approx 2h PTA, restrained driver.', 'significant_trauma', 'present'],
    ["Also says erections 'not right' since Tues.", 'sexual_dysfunction', 'present'],
    ['Bladder/bowels normal, no saddle sx.', 'saddle_anesthesia', 'absent'],
    ['L ankle DF 3/5 (was 4/5 last visit), EHL 3/5.', 'progressive_neuro_deficit', 'present'],
    ['Power L EHL 4/5 (was 3/5), improving.', 'progressive_neuro_deficit', undefined],
    ['Stiff ~1h AM.', 'morning_stiffness', 'present'],
    ['Since yesterday legs "like jelly", fell twice.', 'bilateral_leg_symptoms', 'present'],
    ['His legs have gone weak too, both of them.', 'bilateral_leg_symptoms', 'present'],
    ['My legs have gone numb.', 'bilateral_leg_symptoms', 'present'],
    // An episode over, told after it: asked about, not fired on
    ['Numbness over the front of both thighs for the first two days, which settled completely.', 'bilateral_leg_symptoms', 'uncertain'],
    ['Urinary retention after his hernia repair, which resolved.', 'urinary_retention', 'uncertain'],
    ['Fever last week, which has resolved.', 'fever', 'uncertain'],
    ['Saddle numbness since this morning, which has not resolved.', 'saddle_anesthesia', 'present'],
    ['L ankle plantarflexion 3/5 (4/5 yesterday).', 'progressive_neuro_deficit', 'present'],
    ['LBP 8/52, has done physio x 6 wks without any improvement.', 'failure_to_improve', 'present'],
    ['Back pain not settling despite regular co-codamol and a course of physio.', 'failure_to_improve', 'present'],
    ['Radicular pain which has failed to improve despite physiotherapy.', 'failure_to_improve', 'present'],
    ['Had physio in 2015 which helped.', 'failure_to_improve', undefined],
    // What used to be, and "not any more" (which is not "not any")
    ['Used to get morning stiffness lasting hours but not any more.', 'morning_stiffness', undefined],
    ['He used to have bladder problems after his prostate op.', 'urinary_retention', 'uncertain'],
    ['He has got used to the numbness in his saddle area.', 'saddle_anesthesia', 'present'],
    ['Stiff for hours but not any more since starting adalimumab.', 'immunosuppression', 'present'],
    ['s/p L4-5 discectomy 2012, back pain this morning.', 'recent_spinal_procedure', undefined],
    // A partner as the subject is someone else; a partner who noticed something reports the patient's
    ["Pt's boyfriend is an IV drug user - pt denies any drug use herself.", 'ivdu', undefined],
    ['Her husband has prostate cancer.', 'history_of_cancer', undefined],
    ['Her husband has noticed she has right leg weakness.', 'leg_weakness', 'present'],
    ['Wife is worried he cannot pass urine since this morning.', 'urinary_retention', 'present'],
    ['- saddle anaesthesia since yesterday', 'saddle_anesthesia', 'present'],
    ['-LBP x 3 weeks\n-saddle numbness since yesterday\n-worse with bending', 'saddle_anesthesia', 'present'],
    ['Back pain 2-3 weeks, non-tender, saddle anaesthesia.', 'saddle_anesthesia', 'present'],
    ['Pain and stiffness worse in the mornings.', 'morning_stiffness', 'present'],
    ['Stiffness is at its worst in the morning.', 'morning_stiffness', 'present'],
    ['Ibuprofen helps within a day.', 'nsaid_response', 'present'],
    ['Normal feeling when wiping.', 'saddle_anesthesia', 'absent'],
    ['Saddle: NAD. Bladder: NAD. Bowel: NAD.', 'saddle_anesthesia', 'absent'],
    ['Saddle: NAD. Bladder: NAD. Bowel: NAD.', 'urinary_retention', 'absent'],
    ['Saddle: NAD. Bladder: NAD. Bowel: NAD.', 'fecal_incontinence', 'absent'],
    ['Bladder - WNL, bowels unremarkable.', 'urinary_retention', 'absent'],
    // Callers' words
    ['I have lost feeling in my back passage.', 'saddle_anesthesia', 'present'],
    ['Pins and needles in my bottom and down both legs.', 'bilateral_leg_symptoms', 'present'],
    ['No change to my waterworks or bowels.', 'urinary_retention', 'absent'],
    ['No change in bladder or bowels.', 'fecal_incontinence', 'absent'],
    ['No change in bladder but new bowel incontinence.', 'fecal_incontinence', 'present'],
    // Numb when wiping is saddle numbness
    ['Denies bladder problems however has noticed numbness when wiping.', 'saddle_anesthesia', 'present'],
    // A physiotherapy note's factor lists
    ['Aggs: sitting >20 min, bending. Eases: walking, heat.', 'worse_with_activity', 'present'],
    ['Aggs: sitting >20 min, bending. Eases: walking, heat.', 'static_posture_pain', 'present'],
    ['Aggs: sitting >20 min, bending. Eases: walking, heat.', 'improves_with_exercise', 'present'],
    ['Easing factors: heat, stretching and a walk.', 'improves_with_exercise', 'present'],
    ['Relieving factors: rest.', 'worse_with_activity', 'present'],
    ['Aggs: nil. Eases: nil.', 'worse_with_activity', undefined],
    // One leg in each of two sentences is both legs; a denied, past or relative's side is not
    ['Sciatica right leg. Also left leg started tingling today.', 'bilateral_leg_symptoms', 'present'],
    ['Pain down the right leg. Numbness in the left foot since yesterday.', 'bilateral_leg_symptoms', 'present'],
    ['Shooting pain all the way down into the left calf. R sided sciatica.', 'bilateral_leg_symptoms', 'present'],
    ['Right leg pain. Left leg fine.', 'bilateral_leg_symptoms', undefined],
    ['R leg pain, no symptoms in the left leg.', 'bilateral_leg_symptoms', undefined],
    ['Previous right sciatica in 2015, now left leg pain.', 'bilateral_leg_symptoms', undefined],
    ['Left-sided sciatica. Right knee pain.', 'bilateral_leg_symptoms', undefined],
    ['If he gets symptoms in the left leg too, return. Right leg sciatica.', 'bilateral_leg_symptoms', undefined],
    ['Mother has left leg pain. Patient has right leg pain.', 'bilateral_leg_symptoms', undefined],
    // A screen's label with a bare Y or N after it
    ['Saddle anaesthesia  N', 'saddle_anesthesia', 'absent'],
    ['Saddle anaesthesia - N', 'saddle_anesthesia', 'absent'],
    ['Urinary retention  Y', 'urinary_retention', 'present'],
    ['Fever Y', 'fever', 'present'],
    // A phrase whose word gap would run onto the next line is read on its own line
    ['Bilateral leg symptoms  Y\nProgressive weakness  N', 'bilateral_leg_symptoms', 'present'],
    ['Bilateral leg symptoms  Y\nProgressive weakness  N', 'progressive_neuro_deficit', 'absent'],
    // "ca" with a time ago is cancer, not calcium
    ['Hx breast ca 15 yrs ago, in remission.', 'history_of_cancer', 'present'],
    ['Ca 2.3 mmol/L.', 'history_of_cancer', undefined],
    // Organs said to work normally; one organ called normal documents only that one
    ['Bladder and bowels working normally.', 'urinary_retention', 'absent'],
    ['Bladder and bowels functioning normally.', 'fecal_incontinence', 'absent'],
    ['Bladder and bowel habits unchanged.', 'urinary_retention', 'absent'],
    ['bladder + bowels normal', 'urinary_retention', 'absent'],
    ['B+B NAD.', 'fecal_incontinence', 'absent'],
    ['B+B dysfunction.', 'urinary_retention', 'present'],
    ['Normal bladder function.', 'urinary_retention', 'absent'],
    ['Normal bladder function.', 'fecal_incontinence', undefined],
    ['No change in bowel habit.', 'urinary_retention', undefined],
    ['She cannot feel normally around her bottom.', 'saddle_anesthesia', 'present'],
    ['Bladder and bowels working normally until yesterday, now retention.', 'urinary_retention', 'present'],
    // Texting without apostrophes
    ['havent had any accidents with my bowels', 'fecal_incontinence', 'absent'],
    ['it doesnt go down my legs', 'radicular_pain', 'absent'],
    ['resting doesnt help at all', 'worse_with_rest', 'present'],
    // Education and safety-netting are not reports
    ['Educated on red flags such as fever and weight loss.', 'fever', 'uncertain'],
    ['Discussed cauda equina red flags: saddle numbness, urinary retention.', 'urinary_retention', 'uncertain'],
    ['Safety-netted re: spread of symptoms to both legs.', 'bilateral_leg_symptoms', 'uncertain'],
    ['Any saddle numbness or bladder change should prompt urgent A&E attendance.', 'saddle_anesthesia', 'uncertain'],
    ['Any night sweats accompanying the back pain should prompt same-day GP review.', 'night_sweats', 'uncertain'],
    ['He has saddle numbness, which would need an urgent MRI.', 'saddle_anesthesia', 'present'],
    ['Red flags explained: numbness between the legs, loss of bladder control.', 'saddle_anesthesia', 'uncertain'],
    // Weight loss written as two weights, or as a fall
    ['Weight: 63.4 kg today vs 70.1 kg in December; she has not been dieting.', 'unexplained_weight_loss', 'present'],
    ['Weight down 7 kg since the summer.', 'unexplained_weight_loss', 'present'],
    ['Lost 7 kg on a diet.', 'unexplained_weight_loss', 'absent'],
    ['Her mother weighs 63 kg, down from 70 kg.', 'unexplained_weight_loss', undefined],
    ['Epigastric pain radiating to the back.', 'radicular_pain', undefined],
    // Minor trauma is significant in the elderly or with fragile bones, asked about in the young
    ['Fall onto buttocks from standing, 45 yo, no osteoporosis.', 'significant_trauma', 'uncertain'],
    ['Fall onto buttocks from standing, 78 yo.', 'significant_trauma', 'present'],
    ['Fell at home yesterday.', 'significant_trauma', 'present'],
    ['45F on long-term prednisolone, fell yesterday.', 'significant_trauma', 'present'],
    ['Fell down 5 stairs yesterday, 30M.', 'significant_trauma', 'present'],
    ['Fell off a ladder yesterday, 30M.', 'significant_trauma', 'present'],
    ['Corrected Ca 2.41, Mg 0.8.', 'history_of_cancer', undefined],
    ['Basal cell carcinoma removed from the nose.', 'history_of_cancer', undefined],
    ['Skin cancer (BCC) excised 2019.', 'history_of_cancer', undefined],
    ['Melanoma excised 2019.', 'history_of_cancer', 'present'],
    ['Alternating hot and cold packs help.', 'fever', undefined],
    ['EMS brought the patient in at 10:30.', 'morning_stiffness', undefined],
    ['Pain began aged 30.', 'age', undefined],
    // A longstanding or explained symptom is asked about, not fired on; a new one fires
    ['Known BPH with longstanding hesitancy.', 'urinary_retention', 'uncertain'],
    ['History of urinary retention due to BPH, on tamsulosin.', 'urinary_retention', 'uncertain'],
    ['Numbness in both feet from diabetic neuropathy.', 'bilateral_leg_symptoms', 'uncertain'],
    ['Chronic LBP, new urinary retention since this morning.', 'urinary_retention', 'present'],
    ['Previously fit and well, now has urinary retention.', 'urinary_retention', 'present'],
    ['Longstanding morning stiffness.', 'morning_stiffness', 'present'],
    ['Urinary retention now resolved.', 'urinary_retention', 'uncertain'],
    ['Fever last week, now resolved. No current fever.', 'fever', 'absent'],
    // Weight lost on purpose is not unexplained
    ['Weight loss 6 kg (dieting).', 'unexplained_weight_loss', 'absent'],
    ['Lost 5kg (dieting).', 'unexplained_weight_loss', 'absent'],
    ['Weight loss 6 kg over 2 months.', 'unexplained_weight_loss', 'present'],
    // Radiation to the trunk or arms is not radicular leg pain
    ['Tearing back pain radiating between the shoulder blades.', 'radicular_pain', undefined],
    ['Pain radiates round to the front.', 'radicular_pain', undefined],
    ['Pain radiating down the L leg.', 'radicular_pain', 'present'],
    ['Urinary retention last month which has since resolved.', 'urinary_retention', 'uncertain'],
    ['Stress incontinence after childbirth, unchanged.', 'urinary_retention', undefined],
    ['Stress incontinence after childbirth, unchanged.', 'fecal_incontinence', undefined],
    // A past red-flag symptom is asked about, not fired on
    ['The urinary retention he had after his hernia repair in 2010 resolved.', 'urinary_retention', 'uncertain'],
    ['Normal bowel and bladder function.', 'urinary_retention', 'absent'],
    ['Falls risk assessment: low.', 'significant_trauma', undefined],
    ['She is worried her back pain is cancer like her sister.', 'history_of_cancer', 'uncertain'],
  ])('%s → %s %s', (text, id, want) => {
    expect(statusOf(text, id)).toBe(want);
  });

  it.each<[string, number]>([
    ['c/o LBP 2/52 with R sciatica', 2],
    ['L sciatica since lifting a generator 7/52 ago', 7],
    ['c/o LBP 10/7 after digging', 1.4],
    ['back pain x 3 hours, worst pain of my life', 0],
    ['the back thing has now been going on 11 weeks', 11],
  ])('reads the duration in %s', (text, weeks) => {
    expect(feature(run(text), 'symptom_duration_weeks')?.value).toBeCloseTo(weeks, 0);
  });

  it('takes the current age when copied-forward text states an older one', () => {
    const ex = run('[Copied forward]\n32 yo M, strained back.\n[Update]\n33 yo M (birthday last wk) f/u LBP.');
    expect(feature(ex, 'age')?.value).toBe(33);
  });

  it('does not read "and" as a duration', () => {
    expect(feature(run('Sore throat and cough with back pain.'), 'symptom_duration_weeks')).toBeUndefined();
  });
});

describe('extract: old events and exam words', () => {
  it.each<[string, FeatureId, Status | undefined]>([
    ['Fell over at football last year, no injury.', 'significant_trauma', 'absent'],
    ['81F fell at home this morning, severe LBP.', 'significant_trauma', 'present'],
    ['Abdomen soft, normal bowel sounds.', 'fecal_incontinence', undefined],
  ])('%s → %s %s', (text, id, want) => {
    expect(statusOf(text, id)).toBe(want);
  });
});

describe('extract: dictated run-on text', () => {
  it.each<[string, FeatureId, Status | undefined]>([
    ['no history of psoriasis or uveitis her sister has ulcerative colitis no heel pain', 'family_history_spa', 'present'],
    ['no history of psoriasis or uveitis her sister has ulcerative colitis no heel pain', 'psoriasis', 'absent'],
    ['rest doesn\'t seem to help her', 'worse_with_rest', 'present'],
    ['the pain alternates between the right and left buttock', 'alternating_buttock_pain', 'present'],
    ['Lower limb neurology is normal.', 'leg_weakness', 'absent'],
    ['her weight has been steady', 'unexplained_weight_loss', 'absent'],
  ])('%s → %s %s', (text, id, want) => {
    expect(statusOf(text, id)).toBe(want);
  });
});

describe('extract: abbreviations with two meanings, and trauma wording', () => {
  it.each<[string, FeatureId, Status | undefined]>([
    ['25M head-on RTC ~60 mph, lumbar pain.', 'significant_trauma', 'present'],
    ['Plan: analgesia. RTC 6 weeks.', 'significant_trauma', undefined],
    ['RTC after MRI.', 'significant_trauma', undefined],
    ['Slid off the edge of her bed and landed on her bottom. No head injury.', 'significant_trauma', 'present'],
    ['34M, RVD on TLD, last CD4 180.', 'immunosuppression', 'present'],
    ['loss of weight 8 kg, not dieting', 'unexplained_weight_loss', 'present'],
  ])('%s → %s %s', (text, id, want) => {
    expect(statusOf(text, id)).toBe(want);
  });
});

describe('extract: exam sides end sentences', () => {
  it.each<[string, FeatureId, Status | undefined]>([
    ['O/E: tender R SIJ, posterior pelvic pain provocation (thigh thrust) positive R. SLR negative bilaterally.', 'si_provocation_positive', 'present'],
    ['O/E: tender R SIJ, posterior pelvic pain provocation (thigh thrust) positive R. SLR negative bilaterally.', 'slr_positive', 'absent'],
    ['Stiff first thing for about 10 minutes, loosens up once he is moving about.', 'morning_stiffness', 'present'],
    ['Aches after a day in the garden, eases when he sits down.', 'worse_with_activity', 'present'],
  ])('%s → %s %s', (text, id, want) => {
    expect(statusOf(text, id)).toBe(want);
  });
});
