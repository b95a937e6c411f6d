import { describe, expect, it } from 'vitest';
import { bestLiteral, canonicalCode, literalTrie } from '../../../rules/context/literal-trie';

describe('canonicalCode', () => {
  it('compares two characters as a case-insensitive regex without the unicode flag does', () => {
    const chars = ['a', 'A', 'z', 'é', 'É', 'ß', 'ſ', 's', 'S', 'ı', 'i', 'I', 'İ', 'K', 'k', 'µ', 'μ', 'Μ', 'ÿ', 'Ÿ', '1', '-', '’'];
    for (const a of chars) {
      for (const b of chars) {
        const same = new RegExp(`^${a.replace(/[-]/, '\\-')}$`, 'i').test(b);
        expect(canonicalCode(a.charCodeAt(0)) === canonicalCode(b.charCodeAt(0)), `${a} ~ ${b}`).toBe(same);
      }
    }
  });
});

describe('bestLiteral', () => {
  const trie = literalTrie([
    { literal: 'no improvement', rank: 0 },
    { literal: 'no', rank: 2 },
    { literal: 'neg', rank: 1 },
    { literal: '(-)', rank: 3 },
  ]);
  const at = (text: string, from = 0) => bestLiteral(trie, text, from);

  it('finds, of the phrases that match, the first in the trigger order', () => {
    expect(at('no improvement with rest')).toEqual({ rank: 0, end: 14 });
    expect(at('no fever')).toEqual({ rank: 2, end: 2 });
  });

  it('ignores case as the regex does', () => {
    expect(at('NO Improvement')).toEqual({ rank: 0, end: 14 });
  });

  it('does not end a phrase that ends with a letter inside a word', () => {
    expect(at('negative')).toBeUndefined();
    expect(at('nodes')).toBeUndefined();
    expect(at('neg.')).toEqual({ rank: 1, end: 3 });
  });

  it('lets a phrase that ends with punctuation run into a word', () => {
    expect(at('(-)x')).toEqual({ rank: 3, end: 3 });
  });

  it('takes a space between words as one to eight whitespace characters', () => {
    expect(at('no\n\t  improvement')).toEqual({ rank: 0, end: 17 });
    expect(at(`no${' '.repeat(8)}improvement`)?.rank).toBe(0);
    expect(at(`no${' '.repeat(9)}improvement`)).toEqual({ rank: 2, end: 2 });
  });

  it('finds nothing where no phrase starts', () => {
    expect(at('fever')).toBeUndefined();
    expect(at('', 0)).toBeUndefined();
  });
});
