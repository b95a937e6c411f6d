import { describe, expect, it } from 'vitest';
import { foldCode, PrefixIndex } from '../../../rules/text/prefix-index';

const at = (index: PrefixIndex<string>, text: string, pos: number) => {
  const out: string[] = ['stale', 'stale', 'stale', 'stale'];
  return out.slice(0, index.collect(text, pos, out));
};

describe('PrefixIndex', () => {
  const index = new PrefixIndex<string>();
  index.add('N', 'n');
  index.add('NO ', 'no-space');
  index.add('NOT', 'not');
  index.add('PAI', 'pain');
  index.add('', 'anywhere');

  it('finds every value whose prefix the text has at a position, shortest first, whatever the case or whitespace', () => {
    expect(at(index, 'no\tpain', 0)).toEqual(['n', 'no-space']);
    expect(at(index, 'Not now', 0)).toEqual(['n', 'not']);
    expect(at(index, 'no\tpain', 3)).toEqual(['pain']);
    expect(at(index, 'pa', 0)).toEqual([]);
  });

  it('says whether the text has any prefix at a position', () => {
    const plain = new PrefixIndex<string>();
    plain.add('PAI', 'pain');
    expect(plain.startsAt('back pain', 5)).toBe(true);
    expect(plain.startsAt('back pa', 5)).toBe(false);
    expect(plain.startsAt('back pain', 0)).toBe(false);
    expect(index.startsAt('xyz', 0)).toBe(true);
  });

  it('finds a prefix through a character outside ASCII that folds into ASCII (ſ as S)', () => {
    const s = new PrefixIndex<string>();
    s.add('SA', 'sa');
    expect(at(s, 'ſaddle', 0)).toEqual(['sa']);
    expect(s.startsAt('ſaddle', 0)).toBe(true);
  });

  it('keeps values filed under the empty prefix apart, for every position', () => {
    expect(index.everywhere).toEqual(['anywhere']);
    expect(at(index, 'x', 0)).toEqual([]);
  });

  it('folds codes as the prefixes are written: upper case, whitespace as a space', () => {
    expect(String.fromCharCode(foldCode('a'.charCodeAt(0)))).toBe('A');
    expect(foldCode('\u00a0'.charCodeAt(0))).toBe(32);
    expect(foldCode('\n'.charCodeAt(0))).toBe(32);
    expect(String.fromCharCode(foldCode('é'.charCodeAt(0)))).toBe('É');
  });
});
