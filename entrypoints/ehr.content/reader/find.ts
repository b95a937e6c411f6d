/**
 * Candidate chief complaints and HPIs, found by label and structure, and the scoring that picks
 * this patient's current one: editable over static, the selected tab or newest encounter over
 * older ones, never a row of a multi-patient list.
 */
import { inBoard } from './board';
import { demographicsIn, type DemoHit } from './demographics';
import {
  BOARD_HINT, CC_LABELS, CURRENT_HINT, HPI_LABELS, NOT_A_REASON, RECIPIENTS, STALE_HEADING, STALE_HINT, VISIT_HEADING, fieldHintPart, labelKind, labelPart, lineLabelKind, type Part,
} from './labels';
import {
  PRE_STYLE, cellsOf, controlValue, headingLevel, isBlock, isCell, isControl, isHeaderCell, parseSections, renderLines, renderText, signature, type Section,
} from './sections';
import { attr, cleanValue, nameWords, squash, textOf } from './text';
import { ancestors, renderedParent, type Visibility } from './visibility';
import type { WalkHooks, WalkPlace } from './walk';

export type CandidateKind =
  | 'selector' | 'textarea' | 'text field' | 'list' | 'editor' | 'field' | 'fieldset' | 'table cell' | 'note line' | 'heading';

export interface Candidate {
  part: Part | 'text';
  value: string;
  /** The label as written on the page. */
  label: string;
  kind: CandidateKind;
  /** Where it was found (label or control), for context and scoring. */
  el: Element;
  order: number;
  place: WalkPlace;
  score: number;
  /** In a prior or archived encounter: never this visit's complaint. */
  stale?: boolean;
}

interface Anchor {
  node: Text;
  parent: Element;
  part: Part;
  order: number;
  place: WalkPlace;
}

interface Item {
  el: Element;
  order: number;
  place: WalkPlace;
}

/** What the walk gathers for the finders. */
export interface Gathered {
  labels: Anchor[];
  inline: Anchor[];
  controls: Item[];
  editors: Item[];
  headings: (Item & { value: string; label: string })[];
  tables: Element[];
  namedLists: Element[];
  demo: DemoHit[];
  labelFor: Map<Node, Map<string, Element>>;
}

/** Text inside these is a control's or a menu's, never a chart label. */
const EXCLUDED_ANCESTORS = [
  'button', 'select', 'option', 'nav', 'a[href]',
  ...['tab', 'tablist', 'menu', 'menubar', 'menuitem', 'navigation', 'button', 'option', 'listbox'].map((role) => `[role="${role}"]`),
].join(', ');
const EDITABLE = new Set(['', 'true', 'plaintext-only']);
/** Cheap pre-tests, so most text on a big page costs one regex. */
const LABEL_START = new RegExp(`^[^a-z0-9]{0,3}(?:${[...new Set([...CC_LABELS, ...HPI_LABELS].map((l) => l.slice(0, 2)))].map((p) => p.replace(/[^a-z]/g, '\\$&')).join('|')})`, 'i');
const VISIT_START = /^(?:office|clinic|tele\w*|video|virtual|new|established|follow|urgent|walk|annual|visit|encounter|appointment)\b/i;
const DEMO_HINT = /\b(?:age|sex|gender|male|female|dob|born)\b|\d\s*(?:y\b|yo\b|y\.\s?o\b|y\/o|yrs?\b|years?\b)|\b[MF]\b/i;
const DEMO_PART = /\b(?:age|sex|gender|dob)\b|^\d{1,3}$|^(?:y\.?\s?o\.?|y\/o|yrs?|years?(?: old)?|[MF]|male|female)$/i;
const BOARD_WORDS_MAX = 60;
/** At most this many anchors of each kind are examined (a page listing thousands of encounters). */
const MAX_ANCHORS = 400;

function isEditorRoot(el: Element, doc: Document): boolean {
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && EDITABLE.has(ce.toLowerCase())) {
    const p = renderedParent(el);
    const pce = p?.closest?.('[contenteditable]')?.getAttribute('contenteditable');
    return !(pce !== undefined && pce !== null && EDITABLE.has(pce.toLowerCase()));
  }
  if (el.localName === 'body' && (doc as Document & { designMode?: string }).designMode === 'on') return true;
  return el.getAttribute('role') === 'textbox' && el.getAttribute('aria-multiline') === 'true' && !isControl(el);
}

/** Walk hooks that gather anchors, controls, editors, tables and banner text. */
export function gatherer(): { hooks: WalkHooks; gathered: Gathered } {
  const g: Gathered = { labels: [], inline: [], controls: [], editors: [], headings: [], tables: [], namedLists: [], demo: [], labelFor: new Map() };
  let order = 0;
  const demoParents = new Set<Element>();
  const add = <T,>(list: T[], item: T): void => void (list.length < MAX_ANCHORS && list.push(item));
  const hooks: WalkHooks = {
    element(el, place, name, attrs) {
      order++;
      if (name === 'textarea' || name === 'input' || name === 'select') {
        if (controlValue(el) !== null) add(g.controls, { el, order, place });
        return false;
      }
      if (!attrs) {
        if (name === 'table') add(g.tables, el);
        else if (name === 'body' && isEditorRoot(el, place.doc)) {
          g.editors.push({ el, order, place });
          return false;
        }
        return true;
      }
      if (isEditorRoot(el, place.doc)) {
        add(g.editors, { el, order, place });
        return false;
      }
      if (name === 'label') {
        const f = el.getAttribute('for');
        if (f) {
          const root = el.getRootNode();
          let m = g.labelFor.get(root);
          if (!m) g.labelFor.set(root, (m = new Map()));
          if (!m.has(f)) m.set(f, el);
        }
      } else if (name === 'table' || /^(?:grid|table|treegrid)$/.test(attr(el, 'role'))) {
        add(g.tables, el);
      } else if (g.namedLists.length < BOARD_WORDS_MAX && BOARD_HINT.test(nameWords(el))) {
        g.namedLists.push(el);
      }
      return true;
    },
    text(node, parent, place) {
      const data = node.data;
      if (data.length < 2) return;
      const trimmed = data.trim();
      if (!trimmed) return;
      const short = trimmed.length <= 400;
      if (short && trimmed.length <= 80 && LABEL_START.test(trimmed)) {
        const part = labelPart(squash(trimmed));
        if (part) add(g.labels, { node, parent, part, order, place });
      }
      if (trimmed.includes(':') || trimmed.includes('：')) {
        // A text that opens with a label is one field; else the note line that opens with ours.
        const lines = lineLabelKind(trimmed) ? [trimmed] : trimmed.includes('\n') && trimmed.length < 500_000 ? trimmed.split('\n') : [];
        for (const line of lines) {
          const k = lineLabelKind(line.trim());
          if (k && k !== 'other') {
            add(g.inline, { node, parent, part: k, order, place });
            break;
          }
        }
      }
      if (trimmed.length <= 200 && VISIT_START.test(trimmed)) {
        const t = squash(trimmed);
        const m = VISIT_HEADING.exec(t);
        if (m && /\p{L}{3}/u.test(m[1].replace(DATE_RE, '')) && !NOT_A_REASON.test(m[1]) && headingLike(parent)) {
          add(g.headings, { el: parent, order, place, value: m[1], label: t.slice(0, t.length - m[1].length).replace(/[\s\-–—:|]+$/, '') });
        }
      }
      if (short && DEMO_HINT.test(trimmed)) {
        const t = squash(trimmed);
        const found = demographicsIn(t);
        const dedicated = found.length === 1 && squash(found[0].text) === t;
        if (g.demo.length < MAX_ANCHORS) for (const f of found) g.demo.push({ ...f, el: parent, order, dedicated });
        // "<b>Age:</b> 44" or "<span>45</span> y.o. F": try the parent's whole text once.
        if (!found.length && DEMO_PART.test(t) && !demoParents.has(parent) && parent.childNodes.length <= 8) {
          demoParents.add(parent);
          const whole = textOf(parent);
          if (whole.length <= 120 && whole !== t) {
            for (const f of demographicsIn(whole)) g.demo.push({ ...f, el: parent, order, dedicated: squash(f.text) === whole });
          }
        }
      }
    },
  };
  return { hooks, gathered: g };
}

function headingLike(el: Element): boolean {
  for (const cur of ancestors(el, 3)) {
    if (headingLevel(cur) || cur.localName === 'caption' || cur.localName === 'legend') return true;
    if (/(?:^|[-_\s])(?:title|heading|header|encounter-?title|visit-?title)(?:$|[-_\s])/i.test(attr(cur, 'class'))) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Turning anchors into candidates

interface Ctx {
  vis: Visibility;
  boards: Element[];
  gathered: Gathered;
}

const INLINE_TAGS = new Set(['span', 'b', 'strong', 'em', 'i', 'u', 'font', 'a', 'label', 'small', 'mark', 'abbr', 'cite', 'code', 'sup', 'sub', 'q', 'time']);

function excluded(el: Element): boolean {
  try {
    return !!el.closest(EXCLUDED_ANCESTORS);
  } catch {
    return false;
  }
}

function labelOk(el: Element, ctx: Ctx): boolean {
  return !excluded(el) && !inBoard(el, ctx.boards) && ctx.vis.isVisible(el) && !ctx.vis.textHidden(el);
}

/** Text of a label element without the values of controls inside it. */
function ownText(el: Element): string {
  let out = '';
  const visit = (n: Node) => {
    if (n.nodeType === 3) out += (n as Text).data;
    else if (n.nodeType === 1) {
      const e = n as Element;
      if (isControl(e) || e.localName === 'script' || e.localName === 'style' || e.localName === 'template') return;
      for (let c = e.firstChild; c; c = c.nextSibling) visit(c);
    }
  };
  visit(el);
  return squash(out);
}

function byId(root: Node, id: string): Element | null {
  const r = root as Document | ShadowRoot;
  try {
    return typeof r.getElementById === 'function' ? r.getElementById(id) : null;
  } catch {
    return null;
  }
}

/** The outermost element whose whole text is the label ("<td><b>Subjective:</b></td>" → td). */
function pureLabel(parent: Element, part: Part): Element {
  let L = parent;
  for (let i = 0; i < 4; i++) {
    if (isCell(L) || L.localName === 'dt' || L.localName === 'legend' || L.localName === 'li' || L.localName === 'dd') break;
    const p = renderedParent(L);
    if (!p || p.localName === 'body' || p.localName === 'html' || p.childElementCount > 4) break;
    const t = textOf(p);
    if (t.length > 100 || labelPart(t) !== part) break;
    L = p;
  }
  return L;
}

function cellLabel(L: Element, part: Part): Element | null {
  for (const cur of ancestors(L, 3)) {
    if (isCell(cur)) return labelPart(textOf(cur)) === part ? cur : null;
  }
  return null;
}

function nextRow(row: Element): Element | null {
  let n = row.nextElementSibling;
  if (n) return n;
  // Next table section (thead → tbody).
  const sec = row.parentElement;
  if (sec && /^(?:thead|tbody|tfoot)$/.test(sec.localName)) {
    for (let s = sec.nextElementSibling; s; s = s.nextElementSibling) if (s.firstElementChild) return s.firstElementChild;
  }
  return null;
}

/** The cells of the visible rows after a row, of the next `max` rows. */
function* rowsAfter(row: Element, max: number, vis: Visibility): Generator<Element[]> {
  for (let r = nextRow(row), n = 0; r && n < max; r = nextRow(r), n++) if (vis.isVisible(r) && !vis.textHidden(r)) yield cellsOf(r);
}

function hasControlInside(el: Element): boolean {
  try {
    return !!el.querySelector('textarea, input:not([type="hidden"]), select, [contenteditable=""], [contenteditable="true"]');
  } catch {
    return false;
  }
}

/** A label cell: the value in the cells after it, continued on rows whose label cell is empty; or below it. */
function fromCell(cell: Element, ctx: Ctx): string | null {
  const row = renderedParent(cell);
  if (!row) return null;
  const opts = { vis: ctx.vis, maxChars: 50_000 };
  const cells = cellsOf(row);
  const idx = cells.indexOf(cell);
  if (idx < 0) return null;
  const render = (els: Element[]) => els.filter((c) => !ctx.vis.selfHidden(c)).map((c) => renderText(c, opts)).filter(Boolean).join(' ');
  // In a header row the cells after the label are other headers, not its value.
  const after = cells.every(isHeaderCell) ? [] : cells.slice(idx + 1);
  if (after.some(hasControlInside)) return null;
  const parts: string[] = [];
  const first = render(after);
  if (first) {
    parts.push(first);
    // Continuation rows: the label column empty, the value carries on.
    for (const rc of rowsAfter(row, 50, ctx.vis)) {
      if (rc.length <= idx || textOf(rc[idx])) break;
      const more = render(rc.slice(idx + 1));
      if (!more) break;
      parts.push(more);
    }
    return parts.join('\n');
  }
  // Label above its value: the same column in the next rows.
  for (const rc of rowsAfter(row, 20, ctx.vis)) {
    if (!rc.length) continue;
    const c = rc[Math.min(idx, rc.length - 1)];
    if (c.localName === 'th' || labelKind(textOf(c))) break;
    const others = rc.filter((x) => x !== c && textOf(x));
    if (parts.length && others.length) break;
    if (hasControlInside(c)) return null;
    const v = render([c]);
    if (!v) {
      if (parts.length) break;
      continue;
    }
    parts.push(v);
  }
  return parts.length ? parts.join('\n') : null;
}

function sectionText(s: Section): string {
  return cleanValue(s.lines.join('\n'));
}

/** Parse a region from a child on and return the sections of our parts. */
function regionSections(region: Element, from: Node | null, ctx: Ctx, labelSig: string | null): Section[] {
  const lines = renderLines(region, { vis: ctx.vis, from, labelSignature: labelSig, maxChars: 100_000, maxLines: 600 });
  return parseSections(lines, { stopAfterOurs: true });
}

function nearestBlock(el: Element, vis: Visibility): Element {
  let cur = el;
  for (let i = 0; i < 6; i++) {
    if (isBlock(cur, vis) || isCell(cur) || !INLINE_TAGS.has(cur.localName)) return cur;
    const p = renderedParent(cur);
    if (!p) return cur;
    cur = p;
  }
  return cur;
}

function push(out: Candidate[], c: Omit<Candidate, 'score'> & { score?: number }): void {
  if (!c.value) return;
  // "cc: Dr. Lee" in a letter is a copy list, not a chief complaint.
  if (c.part === 'chiefComplaint' && /^c\/?c$/i.test(squash(c.label).replace(/[\s:：#\d]+$/, '')) && RECIPIENTS.test(c.value)) return;
  out.push({ ...c, score: c.score ?? 0 });
}

const BASE = { selector: 1000, labelled: 60, section: 55, structure: 50, hint: 40, placeholder: 30, heading: 20, text: 10 };
const EDITABLE_BONUS = 15;

/** Candidates from label text: dt/dd, legend, table cells, label/value blocks, headings + paragraphs. */
function fromLabels(ctx: Ctx, out: Candidate[]): void {
  const done = new Set<Element>();
  for (const a of ctx.gathered.labels) {
    if (!labelOk(a.parent, ctx)) continue;
    const L = pureLabel(a.parent, a.part);
    if (done.has(L)) continue;
    done.add(L);
    const base = { part: a.part, el: L, order: a.order, place: a.place, score: BASE.structure } as const;
    const labelText = squash(a.node.data).replace(/[\s:：]+$/, '');

    // A <label>: its control is read from the control side.
    const lab = L.closest('label');
    if (lab) {
      const f = lab.getAttribute('for');
      const ctl = (f && byId(lab.getRootNode(), f)) || lab.querySelector('textarea, input, select, [contenteditable]');
      if (ctl) continue;
    }
    // fieldset/legend.
    const legend = L.closest('legend');
    if (legend) {
      const fs = legend.parentElement;
      if (!fs || hasControlInside(fs)) continue;
      push(out, { ...base, kind: 'fieldset', label: labelText, value: cleanValue(renderText(fs, { vis: ctx.vis, exclude: legend })) });
      continue;
    }
    // dl/dt/dd.
    const dt = L.closest('dt');
    if (dt) {
      const dds: Element[] = [];
      for (let s = dt.nextElementSibling; s && s.localName !== 'dt'; s = s.nextElementSibling) if (s.localName === 'dd') dds.push(s);
      if (dds.some(hasControlInside)) continue;
      const value = dds.filter((d) => ctx.vis.isVisible(d)).map((d) => renderText(d, { vis: ctx.vis })).join('\n');
      push(out, { ...base, kind: 'list', label: labelText, value: cleanValue(value) });
      continue;
    }
    // Table cells (also ARIA grids).
    const cell = cellLabel(L, a.part);
    if (cell) {
      const value = fromCell(cell, ctx);
      if (value) push(out, { ...base, kind: 'table cell', label: labelText, value: cleanValue(value) });
      continue;
    }
    // Label/value blocks, headings followed by paragraphs, "<b>CC:</b> text" lines.
    let from: Element = L;
    const sig = signature(L);
    for (let attempt = 0; attempt < 3; attempt++) {
      const region = renderedParent(from);
      if (!region || region.localName === 'html') break;
      const secs = regionSections(region, from, ctx, attempt === 0 ? sig : null);
      const mine = secs.find((s) => s.kind === a.part && !!s.first?.el && (s.first.el === L || L.contains(s.first.el) || s.first.el.contains(L)))
        ?? secs.find((s) => s.kind === a.part);
      const value = mine ? sectionText(mine) : '';
      if (value) {
        push(out, { ...base, kind: 'field', label: mine!.label || labelText, value });
        break;
      }
      if (region.localName === 'body' || region === a.place.doc.body) break;
      from = region;
    }
  }
}

/** Candidates from inline note lines: "CC: ...", "HPI: ..." (with the paragraphs that follow). */
function fromInline(ctx: Ctx, out: Candidate[]): void {
  const done = new Set<string>();
  const regions = new Map<Element, Set<Node | null>>();
  for (const a of ctx.gathered.inline) {
    if (!labelOk(a.parent, ctx)) continue;
    const block = nearestBlock(a.parent, ctx.vis);
    let region: Element;
    let from: Node | null;
    if (a.node.data.trim().includes('\n') && (block.localName === 'pre' || PRE_STYLE.test(attr(block, 'style')))) {
      region = block;
      from = null;
    } else {
      region = renderedParent(block) ?? block;
      from = region === block ? null : block;
      if (region.localName === 'html') {
        region = block;
        from = null;
      }
    }
    let seen = regions.get(region);
    if (!seen) regions.set(region, (seen = new Set()));
    if (seen.has(from)) continue;
    seen.add(from);
    for (const s of regionSections(region, from, ctx, null)) {
      if (s.kind !== 'chiefComplaint' && s.kind !== 'hpi') continue;
      const value = sectionText(s);
      const key = `${s.kind}\u0000${value}`;
      if (!value || done.has(key)) continue;
      done.add(key);
      push(out, { part: s.kind, el: s.first?.el ?? block, order: a.order, place: a.place, kind: 'note line', label: s.label, value, score: BASE.structure });
    }
  }
}

interface Hint {
  text: string;
  part: Part | null;
  /** 'label': a visible label; 'attr': id/name/class words; 'placeholder': the placeholder text. */
  source: 'label' | 'attr' | 'placeholder';
}

function previousLabelText(el: Element): string | null {
  // The previous cell in a row, the dt of a dd, or a short label-like block just before.
  for (const cur of ancestors(el, 3)) {
    if (isCell(cur) || cur.localName === 'dd') {
      let prev = cur.previousElementSibling;
      while (prev && !textOf(prev)) prev = prev.previousElementSibling;
      return prev ? textOf(prev).slice(0, 100) : null;
    }
    const prev = cur.previousElementSibling;
    if (prev && !isControl(prev)) {
      const t = textOf(prev);
      if (t && t.length <= 80) return t;
      if (t) return null;
    }
    const p = renderedParent(cur);
    if (!p || p.childElementCount > 3) break;
  }
  return null;
}

/** What a control or editor is labelled, best first. */
function hintsFor(el: Element, place: WalkPlace, ctx: Ctx): Hint[] {
  const hints: Hint[] = [];
  const add = (text: string | null | undefined, source: Hint['source']) => {
    const t = squash(text || '');
    if (t) hints.push({ text: t.slice(0, 100), part: source === 'attr' ? fieldHintPart(t) : labelPart(t), source });
  };
  const root = el.getRootNode();
  const id = el.id;
  if (id) {
    const lab = ctx.gathered.labelFor.get(root)?.get(id);
    if (lab && ctx.vis.isVisible(lab)) add(ownText(lab), 'label');
  }
  const wrap = el.closest('label');
  if (wrap) add(ownText(wrap), 'label');
  const by = el.getAttribute('aria-labelledby');
  if (by) add(by.split(/\s+/).map((i) => byId(root, i)?.textContent || '').join(' '), 'label');
  for (const name of ['aria-label', 'title']) add(el.getAttribute(name), 'label');
  const fs = el.closest('fieldset');
  if (fs) {
    const legend = fs.querySelector(':scope > legend');
    const controls = fs.querySelectorAll('textarea, input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]):not([type="button"]):not([type="submit"]), select, [contenteditable]');
    if (legend && controls.length <= 2) add(ownText(legend), 'label');
  }
  const prev = previousLabelText(el);
  if (prev && (labelKind(prev) || /[:：]$/.test(prev))) add(prev, 'label');
  // The frame that holds an editor document.
  if (el.localName === 'body') {
    const frame = place.doc.defaultView?.frameElement ?? null;
    if (frame) {
      for (const name of ['title', 'aria-label']) add(frame.getAttribute(name), 'label');
      add(`${frame.id} ${attr(frame, 'name')}`, 'attr');
    }
  }
  add(`${attr(el, 'name')} ${id} ${attr(el, 'class')} ${attr(el, 'data-field')}`, 'attr');
  const ph = el.getAttribute('placeholder') || el.getAttribute('aria-placeholder') || el.getAttribute('data-placeholder');
  if (ph) add(ph.replace(/^(?:enter|type|add|describe)\s+(?:the\s+|a\s+|your\s+)?/i, '').replace(/(?:here)?\s*(?:\.\.\.|…)$/i, ''), 'placeholder');
  return hints;
}

/** The attribute word that gave the meaning ("form_reason"), for the panel. */
function attrLabel(words: string): string {
  return words.split(/\s+/).find((w) => fieldHintPart(w)) ?? words.split(/\s+/)[0] ?? words;
}

/** A value that repeats its own label ("HPI: ..." in a field labelled HPI): what follows the label. */
function ownSection(value: string, part: Part): string {
  const secs = parseSections(value.split('\n').map((text) => ({ text, el: null, labelish: false, heading: 0 })));
  return (secs.length === 1 && secs[0].kind === part && sectionText(secs[0])) || value;
}

/** How much of a control or editor is read. */
const FIELD_LIMITS = { maxChars: 400_000, maxLines: 5_000 };

/** Candidates from the text of a form control or editor. */
function fromFields(ctx: Ctx, out: Candidate[], texts: Candidate[]): void {
  for (const item of [...ctx.gathered.controls, ...ctx.gathered.editors]) {
    const { el, place } = item;
    if (inBoard(el, ctx.boards) || !ctx.vis.isVisible(el)) continue;
    const control = isControl(el);
    const raw = control ? controlValue(el) : renderText(el, { vis: ctx.vis, ...FIELD_LIMITS });
    if (raw === null) continue;
    const kind = !control ? 'editor' : el.localName === 'textarea' ? 'textarea' : 'text field';
    const value = cleanValue(raw);
    if (!value) continue;
    const ph = el.getAttribute('placeholder');
    if (ph && squash(ph) === squash(raw)) continue;
    const hints = hintsFor(el, place, ctx);
    // The first visible label whose meaning we know decides; unknown labels ("Rich Text Area") do not.
    const known = hints.find((h) => h.source === 'label' && labelKind(h.text));
    const base = { el, order: item.order, place, kind } as const;
    if (known?.part) {
      push(out, { ...base, part: known.part, label: known.text, value: ownSection(value, known.part), score: BASE.labelled + EDITABLE_BONUS });
      continue;
    }
    // Sections inside a note field ("CC: ... HPI: ...").
    const lines = control
      ? raw.split(/\r\n?|\n/).map((text) => ({ text: squash(text), el, labelish: false, heading: 0 }))
      : renderLines(el, { vis: ctx.vis, ...FIELD_LIMITS });
    let any = false;
    for (const s of parseSections(lines)) {
      const v = s.kind === 'chiefComplaint' || s.kind === 'hpi' ? sectionText(s) : '';
      if (v) {
        any = true;
        push(out, { ...base, part: s.kind as Part, label: s.label, value: v, score: BASE.section + EDITABLE_BONUS });
      }
    }
    if (any || known) continue;
    // Else what its attributes or placeholder say.
    const hint = hints.find((h) => h.source === 'attr' && h.part) ?? hints.find((h) => h.source === 'placeholder' && h.part);
    if (hint?.part) {
      const attr = hint.source === 'attr';
      push(out, { ...base, part: hint.part, label: attr ? attrLabel(hint.text) : hint.text, value, score: (attr ? BASE.hint : BASE.placeholder) + EDITABLE_BONUS });
    } else if (value.length >= 20 && value.split(/\s+/).length >= 4) {
      const named = hints.find((h) => h.source === 'label');
      push(texts, { ...base, part: 'text', label: named?.text || (control ? kind : 'note editor'), value, score: BASE.text });
    }
  }
}

function fromHeadings(ctx: Ctx, out: Candidate[]): void {
  for (const h of ctx.gathered.headings) {
    if (!labelOk(h.el, ctx)) continue;
    push(out, { part: 'chiefComplaint', el: h.el, order: h.order, place: h.place, kind: 'heading', label: h.label, value: cleanValue(h.value), score: BASE.heading });
  }
}

/** Per-origin selectors from the options page: the first visible match with text wins. */
function fromSelectors(selectors: { chiefComplaint?: string; hpi?: string } | undefined, roots: (Document | ShadowRoot)[], ctx: Ctx, out: Candidate[]): string[] {
  const errors: string[] = [];
  for (const part of ['chiefComplaint', 'hpi'] as const) {
    const sel = selectors?.[part];
    if (!sel || typeof sel !== 'string' || sel.length > 1000) continue;
    let order = 0;
    search: for (const root of roots) {
      let matches: Element[];
      try {
        matches = Array.from(root.querySelectorAll(sel));
      } catch {
        errors.push(part);
        break;
      }
      for (const el of matches) {
        order++;
        if (!ctx.vis.isVisible(el)) continue;
        const value = ownSection(cleanValue(controlValue(el) ?? renderText(el, { vis: ctx.vis, maxChars: 400_000 })), part);
        if (!value) continue;
        const doc = root.nodeType === 9 ? (root as Document) : (root as ShadowRoot).ownerDocument;
        push(out, { part, el, order, place: { doc, frameDepth: 0, inShadow: root.nodeType !== 9 }, kind: 'selector', label: sel.slice(0, 120), value, score: BASE.selector });
        break search;
      }
    }
  }
  return errors;
}

// ---------------------------------------------------------------------------------------------
// Scoring

const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
/** 2024-01-31, 1/31/2024, Jan 31, 2024 or 31 Jan 2024. */
const DATE_RE = new RegExp(String.raw`(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})/(\d{1,2})/(\d{4})|\b(${MONTHS})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})|\b(\d{1,2})\s+(${MONTHS})[a-z]*\.?,?\s+(\d{4})`, 'i');

const month = (name: string) => MONTHS.split('|').indexOf(name.toLowerCase()) + 1;

/** A date in a short text, as days since 1970 (not a birth date). */
export function parseDate(text: string): number | null {
  const m = DATE_RE.exec(text);
  if (!m) return null;
  const before = text.slice(Math.max(0, m.index - 12), m.index);
  if (/\b(?:dob|born|birth|d\.o\.b\.?)\W*$/i.test(before)) return null;
  let y: number, mo: number, d: number;
  if (m[1]) [y, mo, d] = [+m[1], +m[2], +m[3]];
  else if (m[6]) {
    const a = +m[4];
    const b = +m[5];
    y = +m[6];
    [mo, d] = a > 12 ? [b, a] : [a, b];
  } else if (m[9]) [y, mo, d] = [+m[9], month(m[7]), +m[8]];
  else [y, mo, d] = [+m[12], month(m[11]), +m[10]];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return Math.floor(Date.UTC(y, mo - 1, d) / 86_400_000);
}

interface Context {
  stale: boolean;
  current: boolean;
  date: number | null;
}

function contextOf(el: Element): Context {
  const c: Context = { stale: false, current: false, date: null };
  for (const cur of ancestors(el, 10)) {
    const name = cur.localName;
    if (name === 'body' || name === 'html') break;
    const words = nameWords(cur, 'data-state');
    if (STALE_HINT.test(words)) c.stale = true;
    if (CURRENT_HINT.test(words) || cur.getAttribute('aria-selected') === 'true' || cur.hasAttribute('aria-current')) c.current = true;
    // A heading, legend or caption first in the container names or dates it.
    for (let k = cur.firstElementChild, n = 0; k && n < 3; k = k.nextElementSibling, n++) {
      if (k === el || k.contains(el)) break;
      const titled = headingLevel(k) || /^(?:legend|summary|caption|header|time)$/.test(k.localName) || /(?:^|[-_\s])(?:header|title|date|heading)(?:$|[-_\s])/i.test(attr(k, 'class'));
      if (!titled || k.childElementCount > 8) continue;
      const t = textOf(k);
      if (!t || t.length > 150) continue;
      if (STALE_HEADING.test(t)) c.stale = true;
      if (c.date === null) c.date = parseDate(k.getAttribute('datetime') || t);
    }
    if (c.date === null) {
      const attr = cur.getAttribute('data-date') || cur.getAttribute('datetime');
      if (attr) c.date = parseDate(attr);
    }
  }
  return c;
}

/** Adjusts scores: stale and older encounters down, selected and newest up. */
export function score(cands: Candidate[]): void {
  const ctxs = new Map<Candidate, Context>();
  for (const c of cands) {
    if (c.kind === 'selector') continue;
    const x = contextOf(c.el);
    ctxs.set(c, x);
    if (x.stale) c.stale = true;
    if (x.current) c.score += 10;
  }
  for (const part of ['chiefComplaint', 'hpi', 'text'] as const) {
    const dated = cands.filter((c) => c.part === part && ctxs.get(c)?.date != null);
    const dates = new Set(dated.map((c) => ctxs.get(c)!.date));
    if (dates.size < 2) continue;
    const newest = Math.max(...dated.map((c) => ctxs.get(c)!.date!));
    for (const c of dated) c.score += ctxs.get(c)!.date === newest ? 20 : -20;
  }
}

/** Is `c` better than `other`: a higher score, or the same score earlier on the page? */
function outranks(c: Candidate, other: Candidate | null | undefined): boolean {
  return !other || c.score > other.score || (c.score === other.score && c.order < other.order);
}

export function best(cands: Candidate[], part: Candidate['part']): Candidate | null {
  let b: Candidate | null = null;
  for (const c of cands) if (c.part === part && outranks(c, b)) b = c;
  return b;
}

/** Several different complaints share the top score: no way to tell which is this patient's. */
export function ambiguous(cands: Candidate[], part: Part): boolean {
  const mine = cands.filter((c) => c.part === part);
  if (!mine.length) return false;
  const top = Math.max(...mine.map((c) => c.score));
  const values = new Set(mine.filter((c) => c.score === top).map((c) => c.value.toLowerCase()));
  return values.size >= 3;
}

export interface Found {
  candidates: Candidate[];
  texts: Candidate[];
  selectorErrors: string[];
  /** Candidates left out because they belong to earlier encounters. */
  stale: number;
}

export function findCandidates(
  gathered: Gathered,
  vis: Visibility,
  boards: Element[],
  roots: (Document | ShadowRoot)[],
  selectors?: { chiefComplaint?: string; hpi?: string },
): Found {
  const ctx: Ctx = { vis, boards, gathered };
  const out: Candidate[] = [];
  const texts: Candidate[] = [];
  const selectorErrors = fromSelectors(selectors, roots, ctx, out);
  fromFields(ctx, out, texts);
  fromLabels(ctx, out);
  fromInline(ctx, out);
  fromHeadings(ctx, out);
  score(out);
  score(texts);
  const stale = out.filter((c) => c.stale).length;
  // One candidate per part and value: keep the best-scored.
  const seen = new Map<string, Candidate>();
  for (const c of out) {
    if (c.stale) continue;
    const key = `${c.part}\u0000${c.value.toLowerCase()}`;
    if (outranks(c, seen.get(key))) seen.set(key, c);
  }
  const candidates = [...seen.values()];
  return { candidates, texts: texts.filter((t) => !t.stale), selectorErrors, stale };
}
