import { describe, expect, it } from 'vitest';
import { demographicsIn } from '@/entrypoints/ehr.content/reader/demographics';

const one = (t: string) => demographicsIn(t).map(({ age, sex }) => ({ age, sex }));

describe('banner age and sex', () => {
  it.each([
    ['45 y.o. F', [{ age: 45, sex: 'female' }]],
    ['58yo F', [{ age: 58, sex: 'female' }]],
    ['72 y/o male', [{ age: 72, sex: 'male' }]],
    ['F/45', [{ age: 45, sex: 'female' }]],
    ['Age: 44', [{ age: 44, sex: null }]],
    ['DOB: 1980-04-12 Age: 44', [{ age: 44, sex: null }]],
    ['34 yrs', [{ age: 34, sex: null }]],
    ['Female', [{ age: null, sex: 'female' }]],
    ['Sex: M', [{ age: null, sex: 'male' }]],
    ['Gender: Female', [{ age: null, sex: 'female' }]],
    ['DOB: 03/14/1957 (67 yo)', [{ age: 67, sex: null }]],
    ['Female · 52 yrs · 11 Mar 1973', [{ age: null, sex: 'female' }, { age: 52, sex: null }]],
  ])('%s', (text, expected) => {
    expect(one(text)).toEqual(expected);
  });

  it('ignores durations, temperatures, doses and impossible ages', () => {
    expect(one('Low back pain for 3 weeks after gardening, worse over the last 2 years of work at the warehouse')).toEqual([]);
    expect(one('Temp 100 F')).toEqual([]);
    expect(one('Age: 3 months')).toEqual([]);
    expect(one('Age: 150')).toEqual([]);
    expect(one('Potassium 4.1 mmol/L')).toEqual([]);
  });

  it('marks banner-style segments as weak unless labelled or paired', () => {
    expect(demographicsIn('34 yrs')[0].strong).toBe(false);
    expect(demographicsIn('Age: 44')[0].strong).toBe(true);
    expect(demographicsIn('DOB: 03/14/1957 (67 yo)')[0].strong).toBe(true);
  });
});
