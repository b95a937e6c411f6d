/**
 * Hidden by convention rather than by style: class names such as "d-none" or "hidden", and panels
 * whose toggle says aria-expanded="false". Only for saved pages whose stylesheets did not load
 * (./page-cli); in a live page computed style is the authority, so the content script never
 * loads this.
 */
import { attr } from './text';
import type { VisibilityOptions } from './visibility';

const HIDDEN_CLASS = /^(?:hidden|d-none|hide|is-hidden|display-none|u-hidden|invisible|visually-hidden-focusable-none)$/i;
/** "hidden md:block", "d-none d-lg-block": shown on other screens. */
const SHOWN_LATER_CLASS = /(?:^|:)(?:block|flex|inline|inline-block|grid|table|contents)$|^d-(?:sm|md|lg|xl|xxl)-(?!none)/i;

/** Visibility options that also trust class names and ARIA state (one per read: it caches per document). */
export function classHints(): VisibilityOptions {
  const collapsedIds = new Map<Document, Set<string>>();

  function collapsed(doc: Document): Set<string> {
    let set = collapsedIds.get(doc);
    if (!set) {
      set = new Set();
      try {
        for (const t of Array.from(doc.querySelectorAll('[aria-controls][aria-expanded="false"]'))) {
          for (const id of attr(t, 'aria-controls').split(/\s+/)) if (id) set.add(id);
        }
      } catch {
        /* ignore */
      }
      collapsedIds.set(doc, set);
    }
    return set;
  }

  return {
    hidden(el) {
      const tokens = attr(el, 'class').split(/\s+/);
      if (tokens.some((t) => HIDDEN_CLASS.test(t)) && !tokens.some((t) => SHOWN_LATER_CLASS.test(t))) return true;
      return !!el.id && !!el.ownerDocument && collapsed(el.ownerDocument).has(el.id);
    },
  };
}
