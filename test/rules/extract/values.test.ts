import { describe, it, expect } from 'vitest';
import {
  readAgeSex,
  readDurations,
  readInflammatoryMarkers,
  readMinutes,
  readOnsetAge,
  readSchober,
  readTemperatures,
  readBladderVolume,
  readWeightChange,
  type ValueMention,
} from '../../../rules/extract/values';
import { DURATION_UNITS, MINUTE_UNITS, parseNumber, unitFactor } from '../../../rules/extract/units';

const ages = (text: string) => readAgeSex(text).filter((v) => v.feature === 'age').map((v) => v.value);
const sexes = (text: string) => [...new Set(readAgeSex(text).filter((v) => v.feature === 'sex').map((v) => v.value))];
const firstWeeks = (text: string) => readDurations(text)[0]?.value as number | undefined;

function expectInside(text: string, list: ValueMention[]) {
  for (const v of list) {
    expect(v.start).toBeGreaterThanOrEqual(0);
    expect(v.end).toBeGreaterThan(v.start);
    expect(v.end).toBeLessThanOrEqual(text.length);
  }
}

describe('units', () => {
  it.each([
    ['3', 3],
    ['1.5', 1.5],
    ['1-2', 1],
    ['2 to 3', 2],
    ['an', 1],
    ['a couple of', 2],
    ['a few', 3],
    ['half an', 0.5],
    ['six', 6],
    ['seventy-two', 72],
    ['ninety', 90],
  ] as const)('parseNumber(%j) = %d', (raw, n) => {
    expect(parseNumber(raw)).toBe(n);
  });

  it('parseNumber rejects words that are not numbers', () => {
    expect(parseNumber('several-ish')).toBeUndefined();
    expect(parseNumber('seventy-ten')).toBeUndefined();
  });

  it.each([
    ['d', 1 / 7],
    ['days', 1 / 7],
    ['wks', 1],
    ['mos', 52 / 12],
    ['m', 52 / 12],
    ['yrs', 52],
  ] as const)('duration unit %j is %d weeks', (unit, f) => {
    expect(unitFactor(DURATION_UNITS, unit)).toBeCloseTo(f, 6);
  });

  it.each([
    ['min', 1],
    ['minutes', 1],
    ['h', 60],
    ['hrs', 60],
  ] as const)('minute unit %j is %d minutes', (unit, f) => {
    expect(unitFactor(MINUTE_UNITS, unit)).toBe(f);
  });

  it('unitFactor knows a fortnight and rejects an unknown unit', () => {
    expect(unitFactor(DURATION_UNITS, 'decades')).toBeUndefined();
    expect(unitFactor(DURATION_UNITS, 'fortnights')).toBe(2);
  });
});

describe('readAgeSex: age', () => {
  it.each([
    ['42M', 42],
    ['42 yo', 42],
    ['42-year-old', 42],
    ['aged 42', 42],
    ['(67 yo)', 67],
    ['DOB 12/03/1961 (63 y)', 63],
    ['45 y.o. F', 45],
    ['Age: 44', 44],
    ['29/M', 29],
    ["I'm 27", 27],
    ['Pt is a 58 y/o male with LBP', 58],
    ['this 31-year-old man', 31],
    ['Mrs Jones, 72, fell at home.', 72],
    ['Female, 58 years.', 58],
    ['Female, 35. Chronic LBP.', 35],
    ["He's 38, had LBP since age 25.", 38],
    ['He is 45 and has had back pain since he was 20.', 45],
    ['Seventy-two year old woman', 72],
    ['a forty year old man', 40],
  ] as const)('%j → %d', (text, age) => {
    expect(ages(text)[0]).toBe(age);
    expectInside(text, readAgeSex(text));
  });

  it.each(['at age 24', 'since age 16', 'age 45+', 'psoriasis since age 16', "I'm 27 weeks pregnant", 'x3M', 'He is 45 minutes late.', 'female, 3 children at home'])(
    '%j is not the patient age',
    (text) => {
      expect(ages(text)).toEqual([]);
    },
  );

  it('the age evidence starts at the number', () => {
    const text = 'Pt is a 45 y.o. F';
    const age = readAgeSex(text).find((v) => v.feature === 'age')!;
    expect(text.slice(age.start, age.end)).toBe('45 y.o. F');
  });
});

describe('readAgeSex: sex', () => {
  it('reads a bracketed "(63 y)" as the age only after a birth date', () => {
    expect(readAgeSex('DOB: 12/03/1961 (63 y)').find((v) => v.feature === 'age')?.value).toBe(63);
    expect(readAgeSex('LBP (2 y), worse bending').find((v) => v.feature === 'age')).toBeUndefined();
  });

  it.each([
    ['42M', 'male'],
    ['45 y.o. F', 'female'],
    ['29/M', 'male'],
    ['female', 'female'],
    ['Sex: F', 'female'],
    ['Age 34. Sex F.', 'female'],
    ['this 31-year-old man', 'male'],
    ['a pleasant woman', 'female'],
    ['42-year-old woman', 'female'],
    ['Mrs. Jones', 'female'],
    ['Mr Smith', 'male'],
    ['Ms. Lee', 'female'],
  ] as const)('%j → %s', (text, sex) => {
    expect(sexes(text)).toEqual([sex]);
  });

  it.each(['like an old man', 'feels like an old man', '42 yo', 'male-pattern baldness', 'PMH: MS, HTN', 'Unisex: F', 'Ghana man'])('%j states no sex', (text) => {
    expect(sexes(text)).toEqual([]);
  });

  it('the sex evidence covers only the sex word', () => {
    const text = '42M with LBP';
    const sex = readAgeSex(text).find((v) => v.feature === 'sex')!;
    expect(text.slice(sex.start, sex.end)).toBe('M');
  });
});

describe('readDurations (weeks)', () => {
  it.each([
    ['LBP x3d', 3 / 7],
    ['back pain for 8 wks', 8],
    ['LBP x 2/12', (2 * 52) / 12],
    ['LBP x 3/52', 3],
    ['6 months of low back pain', 26],
    ['back pain over a year', 52],
    ['8-month hx of LBP', (8 * 52) / 12],
    ['LBP that began ~2 mos ago', (2 * 52) / 12],
    ['pain for the past 3 months', 13],
    ['Duration: 10 weeks', 10],
    ['Duration 5 years of low back pain.', 260],
    ['Duration - 6 months', 26],
    ['Back pain for a fortnight.', 2],
    ['42M with LBP x 3 months', 13],
    ['LBP for 3+ months', 13],
    ['LBP ×3 wks', 3],
    ['LBP a few weeks', 3],
    ['LBP about a week', 1],
    ['Back pain 3 months, ibuprofen twice a day', 13],
  ] as const)('%j ≈ %d weeks', (text, weeks) => {
    const w = firstWeeks(text);
    expect(w).toBeDefined();
    expect(w!).toBeCloseTo(weeks, 0);
    expect(Math.abs(w! - weeks)).toBeLessThanOrEqual(0.1);
    expectInside(text, readDurations(text));
  });

  it.each([
    'prednisone 7.5 mg daily x 3 yrs',
    'on methotrexate for 2 years',
    'x3d',
    '42M with LBP',
    '54M w/ LBP',
    '42 M with back pain',
    '42M hx of LBP',
    'LBP, box3 weeks',
    'Takes ibuprofen for the pain three times a day.',
    'Back pain comes on 2-3 times a day.',
    'Pain worse after a day at the desk.',
    'Steroid injections every 3 months for back pain.',
    'Back pain flares once a month.',
  ])('%j is not a back-pain duration', (text) => {
    expect(readDurations(text)).toEqual([]);
  });

  describe('a bare duration ("x 3 weeks") counts only with a back-pain word near it', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    it.each([
      [`LBP ${words(13)} x 3 weeks`, true],
      [`LBP ${words(14)} x 3 weeks`, false],
      [`LBP.\n${words(2)} x 3 weeks`, false],
      [`LBP; x 3 weeks`, false],
      [`x 3 weeks of ${words(6)} back pain`, true],
      [`x 3 weeks ${words(8)} back pain`, false],
      [`x 3 weeks, back pain`, false],
      [`LBP   \t x 3 weeks`, true],
    ] as const)('%j → %s', (text, found) => {
      expect(readDurations(text).length > 0).toBe(found);
    });
  });

  it('reads the duration of the pain, not the age, in a note opener', () => {
    const text = '42M with LBP x 3 months';
    const list = readDurations(text);
    expect(list).toHaveLength(1);
    expect(text.slice(list[0].start, list[0].end)).toBe('x 3 months');
  });
});

describe('readMinutes', () => {
  it.each([
    ['about an hour', 60],
    ['~45 min', 45],
    ['>1 hr', 60],
    ['1.5 h', 90],
    ['2h', 120],
    ['30 minutes', 30],
    ['half an hour', 30],
  ] as const)('%j = %d minutes', (text, minutes) => {
    const m = readMinutes(text, 0, text.length);
    expect(m?.value).toBe(minutes);
    expect(m?.feature).toBe('morning_stiffness_minutes');
  });

  it('reads only inside [from, to)', () => {
    const text = 'slept 8 h. Stiff in the morning for ~45 min.';
    const from = text.indexOf('Stiff');
    expect(readMinutes(text, from, text.length)?.value).toBe(45);
    expect(readMinutes(text, 0, 5)).toBeUndefined();
  });

  it('gives nothing when there is no time span', () => {
    expect(readMinutes('stiff every morning', 0, 19)).toBeUndefined();
  });

  it.each([
    ['> 30 min', 'above'],
    ['>30 minutes', 'above'],
    ['more than 30 minutes', 'above'],
    ['over 45 mins', 'above'],
    ['longer than half an hour', 'above'],
    ['< 30 min', 'below'],
    ['less than 30 minutes', 'below'],
    ['under 20 min', 'below'],
    ['about 30 min', undefined],
    ['at least 30 min', undefined],
    ['30 min', undefined],
  ] as const)('%j is a bound: %s', (text, bound) => {
    expect(readMinutes(text, 0, text.length)?.bound).toBe(bound);
  });

  it('does not take a comparison word that ends another word ("clover 30 min") as a bound', () => {
    expect(readMinutes('clover 30 min', 0, 13)?.bound).toBeUndefined();
  });
});

describe('readOnsetAge', () => {
  it('reads "back pain starting at age 29" as an onset at 29', () => {
    expect(readOnsetAge('A 15-year history of back pain starting at age 29.').map((m) => m.value)).toEqual([29]);
  });

  it('reads "Sx onset aged 22" as an onset at 22', () => {
    expect(readOnsetAge('Sx onset aged 22. Insidious.').map((m) => m.value)).toEqual([22]);
  });

  it.each([
    ['onset age 36', 36],
    ['LBP since age 27', 27],
    ['back pain began at age 23', 23],
    ['Symptoms began at age 23', 23],
    ['age at onset: 19', 19],
    ['backpain since age 20', 20],
    ['Lowbackpain since aged 18', 18],
    ['It began when he was 30', 30],
    ['Back ache for ages, since I was about 25.', 25],
    ['Back pain started in her teens.', 15],
    ['Onset in his early twenties.', 22],
    ['LBP since his mid-30s.', 35],
    ['Back pain began in his late forties.', 48],
    ['Pain began aged 30.', 30],
  ] as const)('%j → %d', (text, age) => {
    const list = readOnsetAge(text);
    expect(list[0]?.value).toBe(age);
    expectInside(text, list);
  });

  it.each(['psoriasis since age 16', 'married at age 24', 'onset 3 weeks ago', 'His smoking habit began when he was 15', 'Has had psoriasis since he was 15.', 'She started smoking in her teens.'])('%j is not the onset age of back pain', (text) => {
    expect(readOnsetAge(text)).toEqual([]);
  });
});

describe('readInflammatoryMarkers', () => {
  it.each([
    ['CRP 14 mg/L (H, ref <5)', 'present'],
    ['CRP 3 mg/L (normal)', 'absent'],
    ['CRP 2 (nl)', 'absent'],
    ['ESR 96', 'present'],
    ['ESR 12', 'absent'],
    ['CRP 1.2 mg/dL', 'present'],
    ['CRP 0.3 mg/dL', 'absent'],
    ['CRP 8 (ref <10)', 'absent'],
    ['CRP 4 mg/L (elevated)', 'present'],
  ] as const)('%j → %s', (text, status) => {
    const list = readInflammatoryMarkers(text);
    expect(list).toHaveLength(1);
    expect(list[0].feature).toBe('elevated_crp');
    expect(list[0].status).toBe(status);
    expect(text.slice(list[0].start, list[0].end)).toBe(text);
  });

  it('judges ESR against an age- and sex-adjusted limit', () => {
    // Limit for an 80-year-old woman is (80 + 10) / 2 = 45.
    expect(readInflammatoryMarkers('ESR 40', 80, 'female')[0].status).toBe('absent');
    expect(readInflammatoryMarkers('ESR 40', 30, 'male')[0].status).toBe('present');
  });

  it('a bare test name without a value is not read here', () => {
    expect(readInflammatoryMarkers('CRP and ESR ordered')).toEqual([]);
  });
});

describe('readBladderVolume', () => {
  it.each([
    ['Bladder scan 650ml', 'present'],
    ['Post-void residual of 400cc', 'present'],
    ['PVR: 200 mL', 'present'],
    ['Bladder scan showed 150 mL residual', 'uncertain'],
    ['PVR 80 ml', 'absent'],
    ['Bladder: residual 350ml on scan', 'present'],
    ['post void 450 mL', 'present'],
  ] as const)('%j → urinary retention %s', (text, status) => {
    const list = readBladderVolume(text);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ feature: 'urinary_retention', status });
  });

  it('leaves a scan before voiding alone: a full bladder is not a residual', () => {
    expect(readBladderVolume('Bladder scan pre-void 500 ml.')).toEqual([]);
    expect(readBladderVolume('Bladder scan 600ml before voiding.')).toEqual([]);
  });
});

describe('readTemperatures', () => {
  it.each([
    ['T 39.1', 'present'],
    ['Tmax 38.5', 'present'],
    ['Temp: 38.0', 'present'],
    ['T 36.7', 'absent'],
    ['T 101.6 F', 'present'],
    ['Temp 101.6F', 'present'],
    ['T 98.6', 'absent'],
  ] as const)('%j → fever %s', (text, status) => {
    const list = readTemperatures(text);
    expect(list).toHaveLength(1);
    expect(list[0].feature).toBe('fever');
    expect(list[0].status).toBe(status);
  });

  it.each(['T12', 'T12 compression fracture', 'tenderness at T12 level', 'L5-S1', 'T 37.8'])('%j records no fever either way', (text) => {
    expect(readTemperatures(text)).toEqual([]);
  });
});

describe('readSchober', () => {
  it.each([
    ['modified Schober 3.5 cm (reduced)', 'present'],
    ['Schober 2 cm', 'present'],
    ['modified Schober 5.5 cm (normal)', 'absent'],
    ["Schober's test: 6 cm", 'absent'],
    ['Schober 4.5 cm increase', 'present'],
  ] as const)('%j → %s', (text, status) => {
    const list = readSchober(text);
    expect(list).toHaveLength(1);
    expect(list[0].feature).toBe('schober_restricted');
    expect(list[0].status).toBe(status);
  });

  it('a Schober test with no value is not read here', () => {
    expect(readSchober('Schober test today')).toEqual([]);
  });
});

describe('readWeightChange', () => {
  it.each([
    ['Weight 63 kg, down from 70 kg in March; not trying to lose weight.', 'present'],
    ['Weight: 63.4 kg today vs 70.1 kg at her review on 12/12/2024.', 'present'],
    ['Weighs 63 kg (70 kg in March).', 'present'],
    ['Wt 63kg, was 70kg in June.', 'present'],
    ['Weight 63 kg, previously 70 kg, not dieting.', 'present'],
    ['Weight has dropped from 70 kg to 63 kg.', 'present'],
    ['Wt down from 70 to 63 kg.', 'present'],
    ['Weight has fallen from 154 lb to 140 lb.', 'present'],
    ['Weight 71 kg, up from 68 kg.', 'absent'],
    ['Weight 71 kg, was 68 kg.', 'absent'],
    ['Not trying to lose weight. Wt 88 kg (96 kg in March).', 'present'],
    ['Diet-controlled diabetes. Wt 88 kg (96 kg in March).', 'present'],
  ] as const)('%j → weight loss %s', (text, status) => {
    const list = readWeightChange(text);
    expect(list).toHaveLength(1);
    expect(list[0].feature).toBe('unexplained_weight_loss');
    expect(list[0].status).toBe(status);
    expectInside(text, list);
  });

  it.each([
    // Under 5 %, a conversion, a single weight, or a loss on purpose say nothing.
    'Weight 69 kg, was 70 kg.',
    'Weight 63 kg (139 lb).',
    'BMI 24, weight 70 kg.',
    'Weight 63 kg, down from 70 kg after starting semaglutide.',
    'Weight 63 kg, down from 70 kg on a diet.',
    'Lifting 20 kg, down from 30 kg at work.',
    'He has lost 18 lb over 6 months intentionally with a low-carb diet. Wt 88.0 kg (96.2 kg 6 mo ago).',
    'Intentional wt loss. Wt 88 kg (96 kg in March).',
  ])('%j records no weight change', (text) => {
    expect(readWeightChange(text)).toEqual([]);
  });
});
