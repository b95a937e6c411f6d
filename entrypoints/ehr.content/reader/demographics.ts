/** Age and sex from patient banners ("45 y.o. F", "Age: 44", "34 yrs" + "Female", "DOB: … (67 yo)"). */
import {
  BANNER_HINT, INLINE_AGE_SEX, LABELLED_AGE, LABELLED_SEX, SEGMENT_AGE, SEGMENT_AGE_SEX, SEGMENT_SEX, SEGMENT_SPLIT,
} from './labels';
import { nameWords, squash } from './text';
import { ancestors, renderedParent } from './visibility';

export type Sex = 'male' | 'female';

export interface DemoFinding {
  age: number | null;
  sex: Sex | null;
  /** The words it came from ("45 y.o. F"). */
  text: string;
  /** Carried its own label ("Age:", "Sex:") or both parts together. */
  strong: boolean;
}

export interface DemoHit extends DemoFinding {
  el: Element;
  order: number;
  /** The whole text node was this one finding (a banner field of its own). */
  dedicated: boolean;
}

export function toSex(w: string | undefined): Sex | null {
  if (!w) return null;
  return /^(?:m|male|man|gentleman|boy)$/i.test(w) ? 'male' : /^(?:f|female|woman|lady|girl)$/i.test(w) ? 'female' : null;
}

export function toAge(d: string | undefined): number | null {
  if (!d) return null;
  const n = Number(d);
  return Number.isInteger(n) && n >= 0 && n <= 120 ? n : null;
}

/**
 * Age/sex findings in one piece of text. Banner-style segments ("34 yrs") count only in short
 * texts; labelled forms ("Age: 44") and "45 y.o. F" count anywhere.
 */
export function demographicsIn(raw: string): DemoFinding[] {
  const text = squash(raw);
  if (!text || text.length > 400 || !/\d|male|female|\bsex\b|gender|\b[mf]\b/i.test(text)) return [];
  const out: DemoFinding[] = [];
  /** Keeps a finding that has what its pattern promises: an age or a sex, or (`both`) both. */
  const add = (age: number | null, sex: Sex | null, words: string, strong: boolean, both = false) => {
    if (both ? age !== null && sex : age !== null || sex) out.push({ age, sex, text: words, strong });
  };
  if (text.length <= 80) {
    for (const seg of text.split(SEGMENT_SPLIT)) {
      if (!seg) continue;
      let m = SEGMENT_AGE_SEX.exec(seg);
      if (m) {
        add(toAge(m[1] ?? m[4]), toSex(m[2] ?? m[3]), seg, true, true);
        continue;
      }
      m = SEGMENT_AGE.exec(seg);
      if (m) {
        add(toAge(m[1] ?? m[2]), null, seg, !!m[1] || /\bdob\b|born|birth/i.test(text));
        continue;
      }
      m = SEGMENT_SEX.exec(seg);
      if (m) add(null, toSex(m[1] ?? m[2]), seg, !!m[1]);
    }
  }
  if (!out.some((f) => f.age !== null)) {
    const m = LABELLED_AGE.exec(text);
    if (m) add(toAge(m[1]), null, m[0], true);
  }
  if (!out.some((f) => f.sex)) {
    const m = LABELLED_SEX.exec(text);
    if (m) add(null, toSex(m[1]), m[0], true);
  }
  if (!out.length) {
    const m = INLINE_AGE_SEX.exec(text);
    if (m) add(toAge(m[1]), toSex(m[2]), m[0], true, true);
  }
  return out;
}

/** The nearest banner-like ancestor (role, tag or class/id words), within a few levels. */
export function bannerOf(el: Element): Element | null {
  for (const cur of ancestors(el, 10)) {
    const name = cur.localName;
    if (name === 'body' || name === 'html') return null;
    if (cur.getAttribute('role') === 'banner' || name === 'header') return cur;
    if (BANNER_HINT.test(nameWords(cur, 'data-testid'))) return cur;
  }
  return null;
}

export interface DemoChoice {
  age: DemoHit | null;
  sex: DemoHit | null;
  /** The banner (or block) the chosen age/sex came from: it identifies the patient. */
  banner: Element | null;
}

const ITEM = 'li, tr, dt, dd, [role="row"], [role="listitem"], [role="option"], [role="gridcell"]';

/**
 * Hits repeated across sibling items (a list of patients with their ages) are not this patient's:
 * two or more items of one list each with an age, or each with a sex.
 */
function listed(hits: DemoHit[]): Set<DemoHit> {
  const itemOf = new Map<DemoHit, Element>();
  for (const h of hits) {
    let item: Element | null = null;
    try {
      item = h.el.closest(ITEM);
    } catch {
      item = null;
    }
    if (item?.parentElement) itemOf.set(h, item);
  }
  const items = (list: Element, has: (h: DemoHit) => boolean) => new Set([...itemOf].filter(([h, i]) => i.parentElement === list && has(h)).map(([, i]) => i)).size;
  const out = new Set<DemoHit>();
  for (const [h, item] of itemOf) {
    const list = item.parentElement!;
    if (items(list, (x) => x.age !== null) >= 2 || items(list, (x) => !!x.sex) >= 2) out.add(h);
  }
  return out;
}

/** Picks the age and the sex most likely to be this patient's, from visible hits. */
export function chooseDemographics(hits: DemoHit[]): DemoChoice {
  const inLists = listed(hits);
  const scored = hits
    .filter((h) => !inLists.has(h) && (h.strong || h.dedicated || bannerOf(h.el)))
    .map((h) => {
      const banner = bannerOf(h.el);
      const score = (banner ? 10 : 0) + (h.age !== null && h.sex ? 4 : 0) + (h.strong ? 2 : 0) + (h.dedicated ? 2 : 0);
      return { h, banner, score };
    });
  const best = (list: typeof scored) =>
    list.reduce<(typeof scored)[number] | null>((b, x) => (!b || x.score > b.score || (x.score === b.score && x.h.order < b.h.order) ? x : b), null);
  const age = best(scored.filter((x) => x.h.age !== null));
  let sexList = scored.filter((x) => x.h.sex);
  if (age?.banner) {
    const same = sexList.filter((x) => x.banner === age.banner);
    if (same.length) sexList = same;
  }
  const sex = best(sexList);
  const anchor = age ?? sex;
  const banner = anchor ? anchor.banner ?? blockOf(anchor.h.el) : null;
  return { age: age?.h ?? null, sex: sex?.h ?? null, banner };
}

function blockOf(el: Element): Element {
  let cur: Element = el;
  for (let i = 0; i < 3; i++) {
    const p = renderedParent(cur);
    if (!p || p.localName === 'body') break;
    cur = p;
  }
  return cur;
}

/**
 * What identifies the patient in a banner: capitalised words (names), long numbers (MRN) and
 * dates — not clock times, counters or status words, so a ticking "LOS 15 min" is not a new patient.
 */
export function identityText(banner: Element): string {
  const text = squash(banner.textContent || '').slice(0, 4000).replace(/\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?/gi, ' ');
  return (text.match(/\p{Lu}[\p{L}'’-]+|\d{5,}|\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}/gu) ?? []).join(' ');
}
