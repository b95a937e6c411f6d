import { describe, expect, it } from 'vitest';
import { gluedSign } from '../../../rules/text/signs';

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
