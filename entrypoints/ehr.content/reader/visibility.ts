/**
 * Is an element, and the text in it, visible to the clinician? Based on attributes and computed
 * style; layout (zero-size, off-screen boxes) only where the document has layout at all.
 * Answers are cached per reading, so keep one Visibility per read.
 */
import { SR_ONLY_CLASS } from './labels';
import { attr } from './text';

/** Elements whose content is never page text. */
export const SKIP_TAGS = new Set([
  'script', 'style', 'template', 'noscript', 'head', 'meta', 'link', 'title', 'base', 'svg', 'math',
  'canvas', 'object', 'embed', 'audio', 'video', 'picture', 'img', 'source', 'track', 'param', 'map',
  'area', 'datalist', 'option', 'optgroup',
]);

export interface VisibilityOptions {
  /** Also hidden when this says so (attributes only): ./class-hints, for saved pages. */
  hidden?(el: Element): boolean;
}

export interface Visibility {
  /** Attribute-only checks, cheap enough for every element of a large page. */
  cheaplyHidden(el: Element): boolean;
  /** The element's own box is not shown (its ancestors not considered). */
  selfHidden(el: Element): boolean;
  /** The element and every ancestor (through shadow roots, within its document) are shown. */
  isVisible(el: Element): boolean;
  /** Text directly inside the element is invisible (visibility: hidden, inherited). */
  textHidden(el: Element): boolean;
  /** Computed display ('' when unknown). */
  display(el: Element): string;
}

type Style = CSSStyleDeclaration;

const CLASS_PRETEST = /sr-only|visually|screen|a11y|off-?screen|hidden|assistive|collapse|d-none|hide|invisible/i;

/** A style property in pixels (a plain number or "12px"), else null. */
function px(s: Style, name: string): number | null {
  const m = /^(-?\d+(?:\.\d+)?)(px)?$/.exec(prop(s, name).trim());
  return m ? Number(m[1]) : null;
}

function clipHides(clip: string): boolean {
  const m = /^rect\(([^)]*)\)$/i.exec(clip.trim());
  if (!m) return false;
  const n = m[1].split(/[\s,]+/).filter(Boolean).map((x) => (x === 'auto' ? NaN : parseFloat(x)));
  if (n.length !== 4 || n.some((x) => Number.isNaN(x))) return false;
  const [top, right, bottom, left] = n;
  return right - left <= 1 || bottom - top <= 1;
}

function clipPathHides(cp: string): boolean {
  const m = /^inset\(\s*(\d+(?:\.\d+)?)%/i.exec(cp.trim());
  if (m) return Number(m[1]) >= 50;
  return /^(?:circle|ellipse)\(\s*0(?:px|%)?\s*(?:at|\))/i.test(cp.trim()) || /^polygon\(\s*0(?:px)? 0(?:px)?\s*,\s*0(?:px)? 0(?:px)?\s*,\s*0(?:px)? 0(?:px)?\s*\)$/i.test(cp.trim());
}

function translatedAway(transform: string): boolean {
  const m = /translate(?:x|3d)?\(\s*(-?\d+(?:\.\d+)?)px/i.exec(transform);
  if (m && Number(m[1]) <= -1000) return true;
  const y = /translatey\(\s*(-?\d+(?:\.\d+)?)px/i.exec(transform) || /translate\(\s*[^,)]+,\s*(-?\d+(?:\.\d+)?)px/i.exec(transform);
  return !!y && Number(y[1]) <= -1000;
}

function prop(s: Style, name: string): string {
  try {
    return s.getPropertyValue(name) || '';
  } catch {
    return '';
  }
}

/** Hidden by its own computed style (display, sr-only clipping, off-screen placement, zero size). */
export function styleHides(s: Style, inline = ''): boolean {
  if (prop(s, 'display') === 'none') return true;
  if (prop(s, 'content-visibility') === 'hidden') return true;
  if (prop(s, 'opacity').trim() === '0') return true;
  const position = prop(s, 'position');
  const overflow = `${prop(s, 'overflow')} ${prop(s, 'overflow-x')} ${prop(s, 'overflow-y')}`;
  const clipsOverflow = /hidden|clip/.test(overflow);
  if (position === 'absolute' || position === 'fixed') {
    // Some engines drop the space-separated form of clip from computed style: read the attribute too.
    const clip = prop(s, 'clip') || /(?:^|;)\s*clip\s*:\s*(rect\([^)]*\))/i.exec(inline)?.[1] || '';
    if (clipHides(clip)) return true;
    const w = px(s, 'width');
    const h = px(s, 'height');
    if (w !== null && h !== null && w <= 1 && h <= 1 && (clipsOverflow || w <= 0 || h <= 0)) return true;
  }
  if (clipPathHides(prop(s, 'clip-path'))) return true;
  if (position === 'absolute' || position === 'fixed' || position === 'relative') {
    for (const side of ['left', 'top', 'right'] as const) {
      const v = px(s, side);
      if (v !== null && v <= -1000) return true;
    }
  }
  if (translatedAway(prop(s, 'transform'))) return true;
  if (clipsOverflow) {
    const h = px(s, 'height');
    const mh = px(s, 'max-height');
    const w = px(s, 'width');
    const mw = px(s, 'max-width');
    if (h === 0 || mh === 0 || w === 0 || mw === 0) return true;
  }
  return false;
}

/** Text of this element is hidden although its box may not be (visibility, huge negative indent). */
export function styleHidesText(s: Style): boolean {
  const v = prop(s, 'visibility');
  if (v === 'hidden' || v === 'collapse') return true;
  const indent = px(s, 'text-indent');
  return indent !== null && indent <= -1000;
}

export function createVisibility(options: VisibilityOptions = {}): Visibility {
  const shown = new Map<Element, boolean>();
  const styles = new Map<Element, Style | null>();
  const layout = new Map<Document, boolean>();

  function style(el: Element): Style | null {
    let s = styles.get(el);
    if (s !== undefined) return s;
    s = null;
    try {
      const view = el.ownerDocument?.defaultView;
      if (view && typeof view.getComputedStyle === 'function') s = view.getComputedStyle(el);
    } catch {
      s = null;
    }
    styles.set(el, s);
    return s;
  }

  function hasLayout(doc: Document): boolean {
    let v = layout.get(doc);
    if (v === undefined) {
      v = false;
      try {
        const r = doc.documentElement?.getBoundingClientRect?.();
        v = !!r && (r.width > 0 || r.height > 0);
      } catch {
        v = false;
      }
      layout.set(doc, v);
    }
    return v;
  }

  function cheaplyHidden(el: Element): boolean {
    if (!el.hasAttributes()) return el.localName === 'dialog';
    if (el.hasAttribute('hidden')) return true;
    if (el.getAttribute('aria-hidden') === 'true') return true;
    const name = el.localName;
    if (name === 'input' && attr(el, 'type').toLowerCase() === 'hidden') return true;
    if (name === 'dialog' && !el.hasAttribute('open')) return true;
    const inline = el.getAttribute('style');
    if (inline && /(?:^|;)\s*display\s*:\s*none\b/i.test(inline)) return true;
    const cls = el.getAttribute('class');
    if (cls && CLASS_PRETEST.test(cls)) {
      const tokens = cls.split(/\s+/);
      let collapse = false;
      let show = false;
      for (const t of tokens) {
        if (SR_ONLY_CLASS.test(t)) return true;
        if (t === 'collapse') collapse = true;
        else if (t === 'show' || t === 'in' || t === 'collapsing') show = true;
      }
      if (collapse && !show) return true;
    }
    return !!options.hidden?.(el);
  }

  function layoutHides(el: Element): boolean {
    const doc = el.ownerDocument;
    if (!doc || !hasLayout(doc)) return false;
    try {
      const s = style(el);
      if (s && prop(s, 'display') === 'contents') return false;
      if (el.getClientRects().length === 0) return true;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) return true;
      const view = doc.defaultView;
      const sx = view?.scrollX ?? 0;
      const sy = view?.scrollY ?? 0;
      if (r.right <= 0 && r.left + sx < -1000) return true;
      if (r.bottom <= 0 && r.top + sy < -1000) return true;
    } catch {
      return false;
    }
    return false;
  }

  function selfHidden(el: Element): boolean {
    if (cheaplyHidden(el)) return true;
    const s = style(el);
    if (s && styleHides(s, attr(el, 'style'))) return true;
    return layoutHides(el);
  }

  /** Closed <details> shows only its summary. */
  function inClosedDetails(el: Element, parent: Element | null): boolean {
    if (!parent || parent.localName !== 'details' || parent.hasAttribute('open')) return false;
    if (el.localName !== 'summary') return true;
    return parent.querySelector(':scope > summary') !== el;
  }

  function isVisible(el: Element): boolean {
    const cached = shown.get(el);
    if (cached !== undefined) return cached;
    // Collect the chain up to the first element already known, then decide top-down.
    const chain: Element[] = [];
    let cur: Element | null = el;
    let known = true;
    while (cur) {
      const c = shown.get(cur);
      if (c !== undefined) {
        known = c;
        break;
      }
      chain.push(cur);
      cur = renderedParent(cur);
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const e = chain[i];
      const visible = known && !SKIP_TAGS.has(e.localName) && !inClosedDetails(e, renderedParent(e)) && !selfHidden(e);
      shown.set(e, visible);
      known = visible;
    }
    return known;
  }

  function textHidden(el: Element): boolean {
    const s = style(el);
    return !!s && styleHidesText(s);
  }

  function display(el: Element): string {
    const s = style(el);
    return s ? prop(s, 'display') : '';
  }

  return { cheaplyHidden, selfHidden, isVisible, textHidden, display };
}

/** Parent in the rendered tree: across a shadow root to its host; null at the document. */
export function renderedParent(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  if (root && root.nodeType === 11 && (root as ShadowRoot).host) return (root as ShadowRoot).host;
  return null;
}

/** An element and its rendered ancestors, nearest first: at most `max` elements. */
export function* ancestors(el: Element, max: number): Generator<Element> {
  for (let cur: Element | null = el, i = 0; cur && i < max; i++, cur = renderedParent(cur)) yield cur;
}
