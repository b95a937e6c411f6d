import { foldText } from './prefixes';

/**
 * Values filed under short text prefixes (as matchPrefixes writes them: folded, at most a few
 * characters), looked up at a position of a text: a trie on character codes, so a lookup
 * allocates nothing.
 */
interface Node<T> {
  values: T[];
  /** Children by folded character code: ASCII ones in an array (one lookup per character of a text must be cheap), others in a map. */
  ascii: Array<Node<T> | undefined>;
  wide: Map<number, Node<T>>;
}

const node = <T>(): Node<T> => ({ values: [], ascii: [], wide: new Map() });

const child = <T>(n: Node<T>, code: number): Node<T> | undefined => (code < 128 ? n.ascii[code] : n.wide.get(code));

/** Folded code of each ASCII character: upper case, whitespace as a space. */
const ASCII = Array.from({ length: 128 }, (_, c) => foldText(String.fromCharCode(c)).charCodeAt(0));
const wider = new Map<number, number>();

/** A character code folded as foldText folds it. */
export function foldCode(code: number): number {
  if (code < 128) return ASCII[code];
  let f = wider.get(code);
  if (f === undefined) wider.set(code, (f = foldText(String.fromCharCode(code)).charCodeAt(0)));
  return f;
}

export class PrefixIndex<T> {
  private readonly root = node<T>();
  /** Values filed under the empty prefix: they apply at every position. */
  readonly everywhere: T[] = [];
  private depth = 0;

  add(prefix: string, value: T): void {
    if (!prefix) {
      this.everywhere.push(value);
      return;
    }
    let n = this.root;
    for (let i = 0; i < prefix.length; i++) {
      const code = prefix.charCodeAt(i);
      let next = child(n, code);
      if (!next) {
        next = node<T>();
        if (code < 128) n.ascii[code] = next;
        else n.wide.set(code, next);
      }
      n = next;
    }
    n.values.push(value);
    this.depth = Math.max(this.depth, prefix.length);
  }

  /** Whether the text has any prefix at `at` (those filed everywhere count too). */
  startsAt(text: string, at: number): boolean {
    if (this.everywhere.length) return true;
    let n: Node<T> | undefined = this.root;
    for (let i = 0; i < this.depth && at + i < text.length; i++) {
      n = child(n, foldCode(text.charCodeAt(at + i)));
      if (!n) return false;
      if (n.values.length) return true;
    }
    return false;
  }

  /**
   * The values whose prefix the text has at `at` (not those filed everywhere), shortest prefix
   * first, written into `out` from its start; returns how many.
   */
  collect(text: string, at: number, out: T[]): number {
    let count = 0;
    let n: Node<T> | undefined = this.root;
    for (let i = 0; i < this.depth && at + i < text.length; i++) {
      n = child(n, foldCode(text.charCodeAt(at + i)));
      if (!n) break;
      for (const v of n.values) out[count++] = v;
    }
    return count;
  }
}
