import { isWordCode } from '../text/prefixes';
import { MAX_PHRASE_SPACE } from '../text/whitespace';

/**
 * The literal trigger phrases as a trie, matched the way their regexes (triggerSource) match:
 * case-insensitively as a regex without the unicode flag compares characters, a space between
 * two words as one to eight whitespace characters (PHRASE_SPACE), and a phrase that ends with a
 * letter or digit only where no other follows. Walking it at a position finds, of all phrases
 * that match there, the one first in the trigger order — what one alternation of all of them,
 * in that order, would match — at a cost of one step per character instead of one regex try.
 */
export interface LiteralNode {
  /** The next character's node, by its canonical code: ASCII ones in an array (a lookup per character must be cheap). */
  ascii: Array<LiteralNode | undefined>;
  wide: Map<number, LiteralNode>;
  /** The step over a run of whitespace between two words. */
  space: LiteralNode | undefined;
  /** The best (lowest) place in the trigger order of a phrase that ends here; Infinity if none. */
  rank: number;
  /** The phrases ending here end with a word character: no word character may follow. */
  tail: boolean;
}

const literalNode = (): LiteralNode => ({ ascii: [], wide: new Map(), space: undefined, rank: Infinity, tail: false });

export function literalTrie(phrases: Array<{ literal: string; rank: number }>): LiteralNode {
  const root = literalNode();
  for (const { literal, rank } of phrases) {
    let n = root;
    literal.split(/\s+/).forEach((word, i) => {
      if (i > 0) n = n.space ??= literalNode();
      for (let c = 0; c < word.length; c++) {
        const code = canonicalCode(word.charCodeAt(c));
        let child = code < 128 ? n.ascii[code] : n.wide.get(code);
        if (!child) {
          child = literalNode();
          if (code < 128) n.ascii[code] = child;
          else n.wide.set(code, child);
        }
        n = child;
      }
    });
    if (rank < n.rank) n.rank = rank;
    n.tail = /\w$/.test(literal);
  }
  return root;
}

/** Of the phrases that match at `at`, the first in the trigger order: its rank and end; undefined if none. */
export function bestLiteral(root: LiteralNode, text: string, at: number): { rank: number; end: number } | undefined {
  let n = root;
  let i = at;
  let rank = Infinity;
  let end = -1;
  for (;;) {
    if (n.rank < rank && !(n.tail && i < text.length && isWordCode(text.charCodeAt(i)))) {
      rank = n.rank;
      end = i;
    }
    if (i >= text.length) break;
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      if (!n.space) break;
      let run = 1;
      while (run <= MAX_PHRASE_SPACE && i + run < text.length && isSpaceCode(text.charCodeAt(i + run))) run++;
      n = n.space;
      i += Math.min(run, MAX_PHRASE_SPACE);
      // A longer run: the space took all it may and what follows is still whitespace, which no
      // phrase's next word starts with; only a phrase that ends with the space can match.
      if (run > MAX_PHRASE_SPACE) {
        if (n.rank < rank) {
          rank = n.rank;
          end = i;
        }
        break;
      }
      continue;
    }
    const child = code < 128 ? n.ascii[code >= 97 && code <= 122 ? code - 32 : code] : n.wide.get(canonicalCode(code));
    if (!child) break;
    n = child;
    i++;
  }
  return end < 0 ? undefined : { rank, end };
}

/** What \s matches in a regex: the ECMAScript white space and line terminators. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const canonical = new Map<number, number>();

/**
 * A character as a case-insensitive regex without the unicode flag compares it (ECMAScript
 * Canonicalize): its upper case, unless that is longer than one character or would turn a
 * character outside ASCII into one inside it.
 */
export function canonicalCode(c: number): number {
  if (c < 128) return c >= 97 && c <= 122 ? c - 32 : c;
  let k = canonical.get(c);
  if (k === undefined) {
    const upper = String.fromCharCode(c).toUpperCase();
    k = upper.length !== 1 || upper.charCodeAt(0) < 128 ? c : upper.charCodeAt(0);
    canonical.set(c, k);
  }
  return k;
}
