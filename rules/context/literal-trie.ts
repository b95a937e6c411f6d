import { isWordCode } from '../text/prefixes';
import { MAX_PHRASE_SPACE, isSpaceCode } from '../text/whitespace';

/**
 * The literal trigger phrases as a trie, matched the way their regexes (triggerSource) match:
 * case-insensitively as a regex without the unicode flag compares characters, a space between
 * two words as one to eight whitespace characters (PHRASE_SPACE), and a phrase that ends with a
 * letter or digit only where no other follows. Walking it at a position finds, of all phrases
 * that match there, the one first in the trigger order — what one alternation of all of them,
 * in that order, would match — at a cost of one step per character instead of one regex try.
 *
 * The trie is kept as flat tables (node × character class → next node), since the context
 * engine walks it at nearly every position of a note.
 */
export interface LiteralTrie {
  /** The character class of each text character below 128; 0: on no edge. */
  asciiClass: Uint8Array | Uint16Array;
  /** The class of any canonical code (text characters from 128 up are looked up here). */
  classOf: Map<number, number>;
  /** Classes per node: the next node of n on class c is next[n * width + c]; 0 (the root) means none. */
  width: number;
  next: Int32Array;
  /** The node after a run of whitespace between two words; 0 if none. */
  space: Int32Array;
  /** The best (lowest) place in the trigger order of a phrase that ends at a node; -1 if none. */
  rank: Int32Array;
  /** 1 where the phrases ending at a node end with a word character: no word character may follow. */
  tail: Uint8Array;
}

interface BuildNode {
  children: Map<number, BuildNode>;
  space: BuildNode | undefined;
  rank: number;
  tail: boolean;
}

const buildNode = (): BuildNode => ({ children: new Map(), space: undefined, rank: -1, tail: false });

export function literalTrie(phrases: Array<{ literal: string; rank: number }>): LiteralTrie {
  const root = buildNode();
  for (const { literal, rank } of phrases) {
    let n = root;
    literal.split(/\s+/).forEach((word, i) => {
      if (i > 0) n = n.space ??= buildNode();
      for (let c = 0; c < word.length; c++) {
        const code = canonicalCode(word.charCodeAt(c));
        let child = n.children.get(code);
        if (!child) n.children.set(code, (child = buildNode()));
        n = child;
      }
    });
    if (n.rank < 0 || rank < n.rank) n.rank = rank;
    n.tail = /\w$/.test(literal);
  }
  return flatten(root);
}

function flatten(root: BuildNode): LiteralTrie {
  const nodes: BuildNode[] = [root];
  const classOf = new Map<number, number>();
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    for (const [code, child] of n.children) {
      if (!classOf.has(code)) classOf.set(code, classOf.size + 1);
      nodes.push(child);
    }
    if (n.space) nodes.push(n.space);
  }
  const width = classOf.size + 1;
  const id = new Map(nodes.map((n, i) => [n, i]));
  const next = new Int32Array(nodes.length * width);
  const space = new Int32Array(nodes.length);
  const rank = new Int32Array(nodes.length);
  const tail = new Uint8Array(nodes.length);
  nodes.forEach((n, i) => {
    for (const [code, child] of n.children) next[i * width + classOf.get(code)!] = id.get(child)!;
    space[i] = n.space ? id.get(n.space)! : 0;
    rank[i] = n.rank;
    tail[i] = n.tail ? 1 : 0;
  });
  const asciiClass = width < 256 ? new Uint8Array(128) : new Uint16Array(128);
  for (let c = 0; c < 128; c++) asciiClass[c] = classOf.get(canonicalCode(c)) ?? 0;
  return { asciiClass, classOf, width, next, space, rank, tail };
}

/** Of the phrases that match at `at`, the first in the trigger order: its rank and end; undefined if none. */
export function bestLiteral(t: LiteralTrie, text: string, at: number): { rank: number; end: number } | undefined {
  let n = 0;
  let i = at;
  let rank = -1;
  let end = -1;
  for (;;) {
    const r = t.rank[n];
    if (r >= 0 && (rank < 0 || r < rank) && !(t.tail[n] && i < text.length && isWordCode(text.charCodeAt(i)))) {
      rank = r;
      end = i;
    }
    if (i >= text.length) break;
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      const s = t.space[n];
      if (!s) break;
      let run = 1;
      while (run <= MAX_PHRASE_SPACE && i + run < text.length && isSpaceCode(text.charCodeAt(i + run))) run++;
      n = s;
      i += Math.min(run, MAX_PHRASE_SPACE);
      // A longer run: the space took all it may and what follows is still whitespace, which no
      // phrase's next word starts with; only a phrase that ends with the space can match.
      if (run > MAX_PHRASE_SPACE) {
        const r2 = t.rank[n];
        if (r2 >= 0 && (rank < 0 || r2 < rank)) {
          rank = r2;
          end = i;
        }
        break;
      }
      continue;
    }
    const c = code < 128 ? t.asciiClass[code] : (t.classOf.get(canonicalCode(code)) ?? 0);
    const child = c === 0 ? 0 : t.next[n * t.width + c];
    if (child === 0) break;
    n = child;
    i++;
  }
  return end < 0 ? undefined : { rank, end };
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
