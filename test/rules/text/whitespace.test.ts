import { describe, expect, it } from 'vitest';
import { isSpaceCode } from '../../../rules/text/whitespace';

describe('isSpaceCode', () => {
  it('is what \\s matches, for every UTF-16 code unit', () => {
    for (let c = 0; c < 0x10000; c++) expect(isSpaceCode(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
  });
});
