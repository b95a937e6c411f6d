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
}

export const DEFAULT_LIMITS: WalkLimits = { maxElements: 300_000, maxMs: 1_500, maxFrameDepth: 8 };

export interface WalkPlace {
  doc: Document;
  frameDepth: number;
  /** Inside an open shadow root (at any depth). */
  inShadow: boolean;
}

export interface WalkHooks {
  /** Called for each shown element; return false to leave its subtree out of the walk. */
  element(el: Element, place: WalkPlace): boolean;
  /** Called for each text node under a shown element. */
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

interface Item {
  node: Node;
  place: WalkPlace;
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
  const stack: Item[] = [{ node: doc.documentElement, place: { doc, frameDepth: 0, inShadow: false } }];
  let sinceCheck = 0;

  while (stack.length) {
    const { node, place } = stack.pop()!;
    if (node.nodeType === 3) {
      const parent = node.parentElement;
      if (parent) hooks.text(node as Text, parent, place);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (++report.elements > limits.maxElements || (++sinceCheck >= 256 && ((sinceCheck = 0), now() > deadline))) {
      report.truncated = true;
      break;
    }
    const name = el.localName;
    if (SKIP_TAGS.has(name)) continue;
    if (vis.cheaplyHidden(el)) continue;

    if (name === 'iframe' || name === 'frame') {
      // A parser that does not know <frame> is void nests the next frames inside it: visit those too.
      if (name === 'frame') for (let k = el.lastElementChild; k; k = k.previousElementSibling) stack.push({ node: k, place });
      const fd = frameDocument(el);
      report.frames.push({ frame: el, doc: fd });
      if (!fd) {
        report.unreadableFrames++;
        continue;
      }
      if (seenDocs.has(fd) || place.frameDepth >= limits.maxFrameDepth) continue;
      if (!vis.isVisible(el)) continue;
      seenDocs.add(fd);
      report.docs.push(fd);
      report.roots.push(fd);
      stack.push({ node: fd.documentElement, place: { doc: fd, frameDepth: place.frameDepth + 1, inShadow: false } });
      continue;
    }

    if (!hooks.element(el, place)) continue;

    const sr = (el as HTMLElement).shadowRoot;
    if (sr) report.roots.push(sr);
    const kids = renderedChildren(el);
    const childPlace = sr && !place.inShadow ? { ...place, inShadow: true } : place;
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i];
      if (k.nodeType === 1 || k.nodeType === 3) stack.push({ node: k, place: childPlace });
    }
  }
  report.ms = now() - start;
  return report;
}
