/**
 * A depth-first walk over what the page shows: the document, same-origin iframes and frames,
 * open shadow roots (light children through their slots). Cross-origin frames are skipped
 * without error. Stops at an element budget or a time budget, whichever comes first.
 */
import { SKIP_TAGS, type Visibility } from './visibility';

export interface WalkLimits {
  /** Elements visited before the walk stops. */
  maxElements: number;
  /** Milliseconds before the walk stops. */
  maxMs: number;
  /** Frames inside frames, at most. */
  maxFrameDepth: number;
  /**
   * Rows of one table section (or items of one list) searched, at most: a chart's complaint is
   * never row 9,000 of a results table, and such tables made most of the time of a read.
   */
  maxItems?: number;
}

export const DEFAULT_LIMITS: WalkLimits = { maxElements: 300_000, maxMs: 1_500, maxFrameDepth: 8, maxItems: 500 };

export interface WalkPlace {
  doc: Document;
  frameDepth: number;
  /** Inside an open shadow root (at any depth). */
  inShadow: boolean;
}

export interface WalkHooks {
  /**
   * Called for each shown element; return false to leave its subtree out of the walk. The walk
   * passes what it already read of the element: its local name and whether it has attributes.
   */
  element(el: Element, place: WalkPlace, name: string, hasAttributes: boolean): boolean;
  /** Called for each text node under a shown element, except those of whitespace only. */
  text(node: Text, parent: Element, place: WalkPlace): void;
}

export interface FrameSeen {
  frame: Element;
  doc: Document | null;
}

export interface WalkReport {
  elements: number;
  truncated: boolean;
  ms: number;
  /** The documents read: the top one and each same-origin frame shown. */
  docs: Document[];
  /** Documents and open shadow roots read (what a watcher should observe). */
  roots: (Document | ShadowRoot)[];
  frames: FrameSeen[];
  /** Frames that could not be read (another origin, or not loaded). */
  unreadableFrames: number;
}

/** The document inside a frame element, or null when it belongs to another origin. */
export function frameDocument(frame: Element): Document | null {
  try {
    const f = frame as HTMLIFrameElement;
    const d = f.contentDocument ?? f.contentWindow?.document ?? null;
    return d && d.documentElement ? d : null;
  } catch {
    return null;
  }
}

function firstSummary(details: Element): Element | null {
  for (let c = details.firstElementChild; c; c = c.nextElementSibling) if (c.localName === 'summary') return c;
  return null;
}

/** Does the element render something other than its own child nodes (shadow content, slot, closed details)? */
function rendersOtherChildren(el: Element, name: string, sr: ShadowRoot | null): boolean {
  return !!sr || name === 'slot' || (name === 'details' && !el.hasAttribute('open'));
}

/** The nodes a shown element renders, in order: shadow content, slot assignments, or its children. */
export function renderedChildren(el: Element): Node[] {
  const sr = (el as HTMLElement).shadowRoot;
  if (sr) {
    const out = Array.from(sr.childNodes);
    // Without slot support, fall back to the light children after the shadow content.
    if (!hasSlotApi(sr)) out.push(...Array.from(el.childNodes));
    return out;
  }
  if (el.localName === 'slot') {
    const slot = el as HTMLSlotElement;
    if (typeof slot.assignedNodes === 'function') {
      const assigned = slot.assignedNodes({ flatten: true });
      if (assigned.length) return assigned;
    }
    return Array.from(el.childNodes);
  }
  if (el.localName === 'details' && !el.hasAttribute('open')) {
    const s = firstSummary(el);
    return s ? [s] : [];
  }
  return Array.from(el.childNodes);
}

function hasSlotApi(root: ShadowRoot): boolean {
  const slot = root.querySelector('slot');
  return !slot || typeof (slot as HTMLSlotElement).assignedNodes === 'function';
}

/** The elements that can host a shadow root (besides custom elements, whose names have a hyphen). */
const SHADOW_HOSTS = new Set(['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span']);

/** What the walk does after an element. */
const DESCEND = 0;
const SKIP = 1;
const SKIP_REST = 2;
type Step = typeof DESCEND | typeof SKIP | typeof SKIP_REST;

/** TreeWalker's whatToShow for elements and text (NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT). */
const ELEMENTS_AND_TEXT = 0x1 | 0x4;

/**
 * The walker's next node after the current one's subtree, within its root (null at the end).
 * The browser moves the walker; a script-side stack over childNodes is several times slower.
 */
function skipSubtree(w: TreeWalker): Node | null {
  for (;;) {
    const next = w.nextSibling();
    if (next) return next;
    if (!w.parentNode()) return null;
  }
}

export function walk(
  doc: Document,
  vis: Visibility,
  hooks: WalkHooks,
  limits: WalkLimits = DEFAULT_LIMITS,
  now: () => number = () => performance.now(),
): WalkReport {
  const start = now();
  const deadline = start + limits.maxMs;
  const report: WalkReport = { elements: 0, truncated: false, ms: 0, docs: [doc], roots: [doc], frames: [], unreadableFrames: 0 };
  const seenDocs = new Set<Document>([doc]);
  if (!doc.documentElement) return report;
  let sinceCheck = 0;
  let stopped = false;
  const maxItems = limits.maxItems ?? Infinity;
  // The list or table section whose items are being counted (siblings come one after another).
  let itemsOf: Node | null = null;
  let items = 0;

  /**
   * Visits an element: DESCEND when its own child nodes are to be walked next (the common case),
   * SKIP to leave its subtree out, SKIP_REST to leave out its later siblings as well.
   */
  function element(el: Element, place: WalkPlace): Step {
    if (++report.elements > limits.maxElements || (++sinceCheck >= 256 && ((sinceCheck = 0), now() > deadline))) {
      report.truncated = true;
      stopped = true;
      return SKIP;
    }
    const name = el.localName;
    if (name === 'tr' || name === 'li') {
      const parent = el.parentNode;
      if (parent !== itemsOf) {
        itemsOf = parent;
        items = 0;
      }
      if (++items > maxItems) return SKIP_REST;
    }
    if (SKIP_TAGS.has(name)) return SKIP;
    // Most elements of a large page have no attributes: then only a <dialog> is hidden by them.
    const attrs = el.hasAttributes();
    if (attrs ? vis.cheaplyHidden(el) : name === 'dialog') return SKIP;

    if (name === 'iframe' || name === 'frame') {
      const fd = frameDocument(el);
      report.frames.push({ frame: el, doc: fd });
      if (!fd) report.unreadableFrames++;
      else if (!seenDocs.has(fd) && place.frameDepth < limits.maxFrameDepth && vis.isVisible(el)) {
        seenDocs.add(fd);
        report.docs.push(fd);
        report.roots.push(fd);
        visit(fd.documentElement, { doc: fd, frameDepth: place.frameDepth + 1, inShadow: false });
      }
      // A parser that does not know <frame> is void nests the next frames inside it: visit those too.
      if (name === 'frame') for (let k = el.firstElementChild; k && !stopped; k = k.nextElementSibling) visit(k, place);
      return SKIP;
    }

    if (!hooks.element(el, place, name, attrs)) return SKIP;

    const sr = SHADOW_HOSTS.has(name) || name.includes('-') ? (el as HTMLElement).shadowRoot : null;
    if (!rendersOtherChildren(el, name, sr)) return DESCEND;
    if (sr) report.roots.push(sr);
    const childPlace = sr && !place.inShadow ? { ...place, inShadow: true } : place;
    for (const k of renderedChildren(el)) {
      if (stopped) break;
      if (k.nodeType === 1 || k.nodeType === 3) visit(k, childPlace);
    }
    return SKIP;
  }

  function text(node: Text, place: WalkPlace): void {
    // Whitespace between tags (a large table has thousands of such nodes) is never read.
    const data = node.data;
    if (data.charCodeAt(0) <= 32 && data.charCodeAt(data.length - 1) <= 32 && !data.trim()) return;
    const parent = node.parentElement;
    if (parent) hooks.text(node, parent, place);
  }

  /** Visits a node and what it renders, in document order. */
  function visit(root: Node, place: WalkPlace): void {
    if (root.nodeType === 3) {
      text(root as Text, place);
      return;
    }
    const w = (root.ownerDocument ?? doc).createTreeWalker(root, ELEMENTS_AND_TEXT);
    let node: Node | null = root;
    while (node && !stopped) {
      if (node.nodeType === 3) {
        text(node as Text, place);
        node = w.nextNode();
      } else {
        const step = element(node as Element, place);
        if (step === DESCEND) node = w.nextNode();
        else if (step === SKIP) node = skipSubtree(w);
        else node = w.parentNode() ? skipSubtree(w) : null;
      }
    }
  }

  visit(doc.documentElement, { doc, frameDepth: 0, inShadow: false });
  report.ms = now() - start;
  return report;
}
