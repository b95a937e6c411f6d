import { foldText } from './prefixes';

/**
 * Values filed under short text prefixes (as matchPrefixes writes them: folded, at most a few
 * characters), looked up at a position of a text. Prefixes are added to a trie; the first
 * lookup turns it into flat tables (a state × character-class table of next states, and each
 * state's values in one array), so a lookup is a few array reads per character and allocates
 * nothing. Scanners look up every position of a note, so this is the hot loop of matching.
 */
interface Node<T> {
  values: T[];
  children: Map<number, Node<T>>;
}

const node = <T>(): Node<T> => ({ values: [], children: new Map() });

/** Folded code of each ASCII character: upper case, whitespace as a space, digits as 0. */
const ASCII = Array.from({ length: 128 }, (_, c) => foldText(String.fromCharCode(c)).charCodeAt(0));
const wider = new Map<number, number>();

/** A character code folded as foldText folds it. */
export function foldCode(code: number): number {
  if (code < 128) return ASCII[code];
  let f = wider.get(code);
  if (f === undefined) wider.set(code, (f = foldText(String.fromCharCode(code)).charCodeAt(0)));
  return f;
}

/** The trie as tables. State 0 is the root; no edge leads back to it, so 0 also means "no edge". */
interface Tables<T> {
  /** The character class of each text character below 128 (after folding); 0: in no prefix. */
  asciiClass: Uint8Array | Uint16Array;
  /** The class of any folded code (text characters from 128 up are looked up here: some fold into ASCII). */
  classOf: Map<number, number>;
  /** Classes per state: the next state of s on class c is next[s * width + c]. */
  width: number;
  next: Int32Array;
  /** The values of state s are values[first[s]] up to values[first[s + 1]]. */
  first: Int32Array;
  values: T[];
}

export class PrefixIndex<T> {
  private readonly root = node<T>();
  /** Values filed under the empty prefix: they apply at every position. */
  readonly everywhere: T[] = [];
  private depth = 0;
  private tables: Tables<T> | undefined;

  add(prefix: string, value: T): void {
    if (!prefix) {
      this.everywhere.push(value);
      return;
    }
    let n = this.root;
    for (let i = 0; i < prefix.length; i++) {
      const code = prefix.charCodeAt(i);
      let next = n.children.get(code);
      if (!next) n.children.set(code, (next = node<T>()));
      n = next;
    }
    n.values.push(value);
    this.depth = Math.max(this.depth, prefix.length);
    this.tables = undefined;
  }

  /** Whether the text has any prefix at `at` (those filed everywhere count too). */
  startsAt(text: string, at: number): boolean {
    if (this.everywhere.length) return true;
    const t = (this.tables ??= this.flatten());
    const end = Math.min(text.length, at + this.depth);
    let s = 0;
    for (let i = at; i < end; i++) {
      s = step(t, s, text.charCodeAt(i));
      if (s === 0) return false;
      if (t.first[s] !== t.first[s + 1]) return true;
    }
    return false;
  }

  /**
   * The values whose prefix the text has at `at` (not those filed everywhere), shortest prefix
   * first, written into `out` from its start; returns how many.
   */
  collect(text: string, at: number, out: T[]): number {
    const t = (this.tables ??= this.flatten());
    const end = Math.min(text.length, at + this.depth);
    let count = 0;
    let s = 0;
    for (let i = at; i < end; i++) {
      s = step(t, s, text.charCodeAt(i));
      if (s === 0) break;
      for (let k = t.first[s], last = t.first[s + 1]; k < last; k++) out[count++] = t.values[k];
    }
    return count;
  }

  private flatten(): Tables<T> {
    // Classes: the distinct characters on the trie's edges, numbered from 1.
    const states: Node<T>[] = [this.root];
    const classOf = new Map<number, number>();
    for (let i = 0; i < states.length; i++) {
      for (const [code, child] of states[i].children) {
        if (!classOf.has(code)) classOf.set(code, classOf.size + 1);
        states.push(child);
      }
    }
    const width = classOf.size + 1;
    const id = new Map(states.map((n, i) => [n, i]));
    const next = new Int32Array(states.length * width);
    const first = new Int32Array(states.length + 1);
    const values: T[] = [];
    states.forEach((n, s) => {
      for (const [code, child] of n.children) next[s * width + classOf.get(code)!] = id.get(child)!;
      first[s] = values.length;
      values.push(...n.values);
    });
    first[states.length] = values.length;
    const asciiClass = width < 256 ? new Uint8Array(128) : new Uint16Array(128);
    for (let c = 0; c < 128; c++) asciiClass[c] = classOf.get(ASCII[c]) ?? 0;
    return { asciiClass, classOf, width, next, first, values };
  }
}

/** The state after reading one text character in state s (0: no prefix goes on with it). */
function step<T>(t: Tables<T>, s: number, code: number): number {
  const c = code < 128 ? t.asciiClass[code] : (t.classOf.get(foldCode(code)) ?? 0);
  return c === 0 ? 0 : t.next[s * t.width + c];
}
