import { describe, expect, it } from 'vitest';
import { gluedSign, spacedSign } from '../../../rules/text/signs';

describe('gluedSign', () => {
  const minus = new RegExp(gluedSign('-'), 'i');
  const either = new RegExp(gluedSign('[-+]'), 'gi');
  it.each([
    ['-fever', true],
    ['ROS: -chills', true],
    ['(-fever)', true],
    ['2-3 weeks', false],
    ['non-tender', false],
    ['SLR -ve', false],
    ['- fever', false],
  ] as const)('%j has a glued minus: %s', (text, found) => {
    expect(minus.test(text)).toBe(found);
  });

  it('finds both signs of a signed list', () => {
    expect('-fever -wt loss +night sweats'.match(either)).toHaveLength(3);
  });
});

describe('spacedSign', () => {
  const minus = new RegExp(spacedSign('-'), 'gi');
  it.each([
    ['ROS: - leg weakness, - bladder change', 2],
    ['GU: - urinary retention. Neuro: - saddle anesthesia', 2],
    ['Neuro: - saddle anesthesia, + leg weakness', 1],
    ['Red flags: - saddle anaesthesia', 0],
    ['Red flags - retention, - saddle numbness', 0],
    ['ROS: - fever\nPlan: - MRI', 0],
    ['Pain: 2 - 3 weeks, - fever', 0],
  ] as const)('%j has %i spaced minus signs', (text, count) => {
    expect(text.match(minus)?.length ?? 0).toBe(count);
  });
});
