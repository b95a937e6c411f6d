/**
 * Visible text of a region as lines (like innerText, with table cells separated by tabs and
 * form controls contributing their current value), and a note-section parser over those
 * lines: "CC: ...", "History of Present Illness" + paragraphs, "Subjective:\t<cell>", up to
 * the next section header.
 */
import { LINE_LABEL, LINE_LABEL_ONLY, MID_LINE_LABEL, labelKind, type LabelKind } from './labels';
import { attr, squash } from './text';
import { SKIP_TAGS, type Visibility } from './visibility';
import { renderedChildren } from './walk';

export interface Line {
  text: string;
  /** The block (or cell) element the line starts in. */
  el: Element | null;
  /** Looks like a field label or heading (a section boundary even when unknown). */
  labelish: boolean;
  /** Heading level 1–6, or 0. */
  heading: number;
}

export interface RenderOptions {
  vis: Visibility;
  /** Start at this child of the root (skip the children before it). */
  from?: Node | null;
  /** Leave out this subtree (a legend when rendering its fieldset). */
  exclude?: Element | null;
  /** Elements with this tag+class signature are labels (the pattern of the label being read). */
  labelSignature?: string | null;
  maxChars?: number;
  maxLines?: number;
}

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
const BLOCK_DISPLAY = /^(?:block|flex|grid|list-item|table|table-row|table-row-group|table-header-group|table-footer-group|flow-root|table-caption)$/;
const BLOCK_ROLES = new Set(['row', 'listitem', 'heading', 'paragraph', 'article', 'region', 'group', 'rowgroup', 'list', 'table', 'grid', 'treegrid', 'document', 'textbox']);
const CELL_ROLES = new Set(['cell', 'gridcell', 'rowheader', 'columnheader']);
const LABEL_TAGS = new Set(['dt', 'th', 'legend', 'summary', 'caption', 'label']);
const LABEL_ROLES = new Set(['heading', 'rowheader', 'columnheader']);
const LABEL_CLASS = /(?:^|[-_\s])(?:label|lbl|caption|title|heading|header|key|field-?name|term)(?:$|[-_\s])/i;
const TEXT_INPUT_TYPES = new Set(['', 'text', 'search']);

export function isCell(el: Element): boolean {
  const n = el.localName;
  return n === 'td' || n === 'th' || CELL_ROLES.has(attr(el, 'role'));
}

/** A column header cell. */
export function isHeaderCell(el: Element): boolean {
  return el.localName === 'th' || el.getAttribute('role') === 'columnheader';
}

/** The cells of a table row or grid row. */
export function cellsOf(row: Element): Element[] {
  const out: Element[] = [];
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) if (isCell(c)) out.push(c);
  return out;
}

export function isBlock(el: Element, vis: Visibility): boolean {
  if (BLOCK_TAGS.has(el.localName)) return true;
  const role = el.getAttribute('role');
  if (role && BLOCK_ROLES.has(role)) return true;
  return BLOCK_DISPLAY.test(vis.display(el));
}

export function headingLevel(el: Element): number {
  const m = /^h([1-6])$/.exec(el.localName);
  if (m) return Number(m[1]);
  if (el.getAttribute('role') === 'heading') return Number(el.getAttribute('aria-level')) || 2;
  return 0;
}

export function signature(el: Element): string {
  return `${el.localName}.${attr(el, 'class').trim().split(/\s+/).sort().join('.')}`;
}

/** A text-like form control's current value (not its default text, not its placeholder). */
export function controlValue(el: Element): string | null {
  const n = el.localName;
  if (n === 'textarea') return (el as HTMLTextAreaElement).value ?? '';
  if (n === 'input') {
    const type = attr(el, 'type').toLowerCase();
    if (!TEXT_INPUT_TYPES.has(type)) return null;
    return (el as HTMLInputElement).value ?? '';
  }
  if (n === 'select') {
    const s = el as HTMLSelectElement;
    const opt = s.selectedOptions?.[0] ?? (s.selectedIndex >= 0 ? s.options?.[s.selectedIndex] : undefined);
    if (!opt || !opt.value) return '';
    return opt.textContent ?? '';
  }
  return null;
}

export function isControl(el: Element): boolean {
  const n = el.localName;
  return n === 'textarea' || n === 'input' || n === 'select';
}

const PRE_TAGS = new Set(['pre', 'textarea', 'listing', 'xmp']);
/** An inline style that keeps line breaks ("white-space: pre", "pre-wrap", "pre-line"). */
export const PRE_STYLE = /white-space\s*:\s*pre/i;

function isPre(el: Element): boolean {
  return PRE_TAGS.has(el.localName) || PRE_STYLE.test(attr(el, 'style'));
}

const CELL = '\ue000';
const CELL_RUN = /\s*\ue000[\s\ue000]*/g;

interface Frame {
  node: Node;
  exit?: Element;
}

/** Lines of visible text under `root`, lazily. */
export function* renderLines(root: Node, opts: RenderOptions): Generator<Line> {
  const { vis } = opts;
  const maxChars = opts.maxChars ?? 100_000;
  const maxLines = opts.maxLines ?? 2_000;
  let chars = 0;
  let count = 0;
  let buf = '';
  let owner: Element | null = null;
  const blocks: Element[] = [];
  let preDepth = 0;

  const lineOf = (text: string, el: Element | null): Line => {
    let labelish = false;
    let heading = 0;
    if (el) {
      heading = headingLevel(el);
      const role = attr(el, 'role');
      if (heading || LABEL_TAGS.has(el.localName) || LABEL_ROLES.has(role)) labelish = true;
      else if (text.length <= 60 && LABEL_CLASS.test(attr(el, 'class')) && !/[.!?]$/.test(text)) labelish = true;
      else if (opts.labelSignature && signature(el) === opts.labelSignature) labelish = true;
    }
    if (!labelish && text.length <= 50 && /[:：]$/.test(text) && text.split(/\s+/).length <= 6) labelish = true;
    return { text, el, labelish, heading };
  };

  function* flush(): Generator<Line> {
    // Keep cell separators through whitespace squashing.
    const text = squash(buf.replace(/\t/g, CELL)).replace(CELL_RUN, '\t').replace(/^\t+|\t+$/g, '');
    buf = '';
    const el = owner;
    owner = null;
    if (!text) return;
    count++;
    chars += text.length;
    yield lineOf(text, el);
  }

  const stack: Frame[] = [];
  const kids = root.nodeType === 1 ? renderedChildren(root as Element) : Array.from(root.childNodes);
  let startIdx = 0;
  if (opts.from) {
    const i = kids.indexOf(opts.from as ChildNode);
    startIdx = i < 0 ? 0 : i;
  }
  if (root.nodeType === 1 && isPre(root as Element)) preDepth++;
  for (let i = kids.length - 1; i >= startIdx; i--) stack.push({ node: kids[i] });

  while (stack.length) {
    if (count >= maxLines || chars >= maxChars) return;
    const f = stack.pop()!;
    if (f.exit) {
      const el = f.exit;
      if (isPre(el)) preDepth--;
      if (blocks[blocks.length - 1] === el) blocks.pop();
      if (isBlock(el, vis)) yield* flush();
      continue;
    }
    const node = f.node;
    if (node.nodeType === 3) {
      const parent = node.parentElement;
      if (parent && vis.textHidden(parent)) continue;
      const data = (node as Text).data;
      if (!data) continue;
      if (preDepth > 0) {
        const parts = data.split(/\r\n?|\n/);
        for (let i = 0; i < parts.length; i++) {
          if (i > 0) yield* flush();
          if (parts[i] && !owner) owner = blocks[blocks.length - 1] ?? null;
          buf += parts[i];
        }
      } else {
        if (!owner && data.trim()) owner = blocks[blocks.length - 1] ?? null;
        buf += data.replace(/[ \t\n\r\f]+/g, ' ');
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const name = el.localName;
    if (el === opts.exclude || SKIP_TAGS.has(name) || name === 'iframe' || name === 'frame') continue;
    if (name === 'br') {
      yield* flush();
      continue;
    }
    if (vis.selfHidden(el)) continue;
    if (isControl(el)) {
      const v = controlValue(el);
      if (v === null) continue;
      yield* flush();
      for (const part of v.split(/\r\n?|\n/)) {
        owner = el;
        buf = part;
        yield* flush();
      }
      continue;
    }
    const block = isBlock(el, vis);
    const cell = !block && isCell(el);
    if (block) {
      yield* flush();
      blocks.push(el);
    } else if (cell) {
      if (buf.trim()) buf += '\t';
      blocks.push(el);
    }
    if (isPre(el)) preDepth++;
    stack.push({ node: el, exit: el });
    const children = renderedChildren(el);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] });
  }
  yield* flush();
}

/** All visible text under an element as one string (cells joined by spaces). */
export function renderText(root: Node, opts: RenderOptions): string {
  const out: string[] = [];
  for (const l of renderLines(root, opts)) out.push(l.text.replace(/\t/g, ' '));
  return out.join('\n');
}

export interface Section {
  kind: LabelKind | 'preamble';
  /** The label as written ("History of Present Illness"). */
  label: string;
  lines: string[];
  /** The line that opened the section. */
  first: Line | null;
}

export interface ParseOptions {
  /** Stop once one of our sections (CC/HPI) is complete and another section begins. */
  stopAfterOurs?: boolean;
}

/** Split "... x 3 days. HPI: 45 yo ..." into two logical lines at a label inside a line. */
function splitMidLine(text: string): string[] {
  if (text.length < 8 || !/[:：]/.test(text)) return [text];
  const out: string[] = [];
  let last = 0;
  MID_LINE_LABEL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MID_LINE_LABEL.exec(text))) {
    const at = m.index + m[1].length;
    const kind = labelKind(m[2].replace(/[:：]\s*$/, ''), true);
    if (!kind) continue;
    out.push(text.slice(last, at));
    last = at;
  }
  out.push(text.slice(last));
  return out.map((s) => s.trim()).filter(Boolean);
}

/** Does a line open a section? Returns [kind, label, rest-of-line]. */
export function sectionStart(line: Line): [LabelKind, string, string] | null {
  const text = line.text;
  if (text.includes('\t')) {
    const cells = text.split('\t');
    const k = labelKind(cells[0], true);
    if (k) return [k, cells[0].replace(/[:：\s]+$/, ''), cells.slice(1).join(' ')];
  }
  for (const re of [LINE_LABEL, LINE_LABEL_ONLY]) {
    const m = re.exec(text);
    const label = m ? m[1] + (m[2] || '') : '';
    const k = m && labelKind(label, true);
    if (k) return [k, label, m[3] || ''];
  }
  if (line.labelish || line.heading) return ['other', text, ''];
  return null;
}

/** Note sections from lines, in order. Lines before the first header form a 'preamble'. */
export function parseSections(lines: Iterable<Line>, opts: ParseOptions = {}): Section[] {
  const sections: Section[] = [];
  let cur: Section | null = null;
  for (const raw of lines) {
    // A row of cells where a later cell opens a section: treat each cell as a line.
    let logical: Line[];
    if (raw.text.includes('\t') && !labelKind(raw.text.split('\t')[0], true) && raw.text.split('\t').some((c) => LINE_LABEL.test(c))) {
      logical = raw.text.split('\t').map((t) => ({ ...raw, text: t }));
    } else {
      logical = [raw];
    }
    for (const l0 of logical) {
      const pieces = splitMidLine(l0.text);
      for (let i = 0; i < pieces.length; i++) {
        const line: Line = i === 0 ? { ...l0, text: pieces[i] } : { text: pieces[i], el: l0.el, labelish: false, heading: 0 };
        const start = sectionStart(line);
        if (start) {
          if (opts.stopAfterOurs && start[0] === 'other' && sections.some((s) => s.kind === 'chiefComplaint' || s.kind === 'hpi')) {
            return sections;
          }
          cur = { kind: start[0], label: start[1], lines: start[2] ? [start[2]] : [], first: line };
          sections.push(cur);
          continue;
        }
        const text = line.text.replace(/\t/g, ' ');
        if (!cur) {
          cur = { kind: 'preamble', label: '', lines: [], first: null };
          sections.push(cur);
        }
        cur.lines.push(text);
      }
    }
  }
  return sections;
}
