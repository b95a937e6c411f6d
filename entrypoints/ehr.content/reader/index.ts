/**
 * The chart reader: (document, settings) → capture. Pure: reads the visible page (same-origin
 * frames and open shadow roots included), never writes to it, uses no extension API.
 */
import type { Capture } from '@/entrypoints/background/messages';
import { findBoards, inBoard } from './board';
import { chooseDemographics } from './demographics';
import { INLINE_AGE_SEX } from './labels';
import { ambiguous, best, findCandidates, gatherer, type Candidate } from './find';
import { LIMITS, cap, hash53, squash } from './text';
import { createVisibility, type VisibilityOptions } from './visibility';
import { DEFAULT_LIMITS, walk, type FrameSeen, type WalkLimits } from './walk';
import { bannerOf, identityText, toAge, toSex } from './demographics';

export interface ReaderSelectors {
  chiefComplaint?: string;
  hpi?: string;
}

export interface ReaderSettings {
  /** Per-origin CSS selectors from the options page; they override the heuristics when they match. */
  selectors?: ReaderSelectors;
  /** Walk budget (defaults: 300,000 elements, 1.5 s). */
  limits?: Partial<WalkLimits>;
  visibility?: VisibilityOptions;
  /** Clock for `at` (tests). */
  now?: () => number;
}

export interface ChartReading {
  capture: Capture;
  /** Identifies the patient on screen (a hash of the banner text), or null. Never sent anywhere. */
  patientKey: string | null;
  /** The banner element the age/sex came from, to notice a patient change quickly. */
  banner: Element | null;
  /** Documents and open shadow roots read, and frames seen (for a watcher). */
  roots: (Document | ShadowRoot)[];
  frames: FrameSeen[];
  elements: number;
  truncated: boolean;
  ms: number;
}

export const REASONS = {
  board: 'several patients are listed on this page (a tracking board or patient list); open one patient\'s chart',
  ambiguous: 'several different chief complaints are shown and none is clearly the current one',
  nothing: 'no chief complaint, HPI or note text was found in the visible page',
  onlyStale: 'only complaints from earlier encounters are shown; open the current encounter',
} as const;

function describe(c: Candidate, top: Document): string {
  let s = `${c.kind === 'list' ? 'list item' : c.kind} '${squash(c.label).replace(/[\s:：]+$/, '').slice(0, 120)}'`;
  if (c.place.doc !== top) s += ' in a frame';
  if (c.place.inShadow) s += ' in a shadow root';
  return cap(s, LIMITS.whereLabel);
}

function originOf(doc: Document): string {
  try {
    const o = doc.location?.origin;
    if (o && o !== 'null') return o;
    return doc.URL ? new URL(doc.URL).protocol.replace(/:$/, '') || 'null' : 'null';
  } catch {
    return 'null';
  }
}

export function readChartDetailed(doc: Document, settings: ReaderSettings = {}): ChartReading {
  const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());
  const t0 = now();
  const limits: WalkLimits = { ...DEFAULT_LIMITS, ...(settings.limits ?? {}) };
  const vis = createVisibility(settings.visibility);
  const { hooks, gathered } = gatherer();
  const report = walk(doc, vis, hooks, limits, now);

  const boards = findBoards(gathered.tables, gathered.namedLists, vis);
  const found = findCandidates(gathered, vis, boards, report.roots, settings.selectors);
  const where: Capture['where'] = [];

  let cc = best(found.candidates, 'chiefComplaint');
  let hpi = best(found.candidates, 'hpi');
  let reason: string | undefined;
  if (cc && cc.kind !== 'selector' && ambiguous(found.candidates, 'chiefComplaint')) {
    cc = null;
    hpi = hpi?.kind === 'selector' ? hpi : null;
    reason = REASONS.ambiguous;
  }
  const text = !cc && !hpi && !reason ? best(found.texts, 'text') : null;

  // Age and sex: visible banner text outside multi-patient lists; else the captured text itself.
  const hits = gathered.demo.filter((h) => !inBoard(h.el, boards) && vis.isVisible(h.el) && !vis.textHidden(h.el));
  const demo = chooseDemographics(hits);
  let age = demo.age?.age ?? null;
  let sex = demo.sex?.sex ?? null;
  if (!cc && !hpi && !text && boards.length) {
    reason = REASONS.board;
    age = null;
    sex = null;
  }

  for (const [part, c] of [['chiefComplaint', cc], ['hpi', hpi], ['text', text]] as const) if (c) where.push({ part, label: describe(c, doc) });
  const source = (part: 'age' | 'sex', from: string, words: string) => where.push({ part, label: cap(`${from} '${squash(words)}'`, LIMITS.whereLabel) });
  if (age !== null && demo.age) source('age', bannerOf(demo.age.el) ? 'banner' : 'page', demo.age.text);
  if (sex !== null && demo.sex) source('sex', bannerOf(demo.sex.el) ? 'banner' : 'page', demo.sex.text);
  if ((age === null || sex === null) && !reason) {
    const m = INLINE_AGE_SEX.exec([cc?.value, hpi?.value, text?.value].filter(Boolean).join('\n'));
    if (m) {
      const from = hpi && INLINE_AGE_SEX.test(hpi.value) ? 'HPI' : cc && INLINE_AGE_SEX.test(cc.value) ? 'chief complaint' : 'note';
      if (age === null && (age = toAge(m[1])) !== null) source('age', from, m[0]);
      if (sex === null && (sex = toSex(m[2]))) source('sex', from, m[0]);
    }
  }

  if (!cc && !hpi && !text && !reason) {
    reason = found.stale ? REASONS.onlyStale : REASONS.nothing;
    const notes = [
      report.unreadableFrames && 'some frames from other sites could not be read',
      report.truncated && 'the page was too large to read completely',
      found.selectorErrors.length && 'a configured selector is not valid CSS',
    ].filter(Boolean);
    if (notes.length) reason += ` (${notes.join('; ')})`;
  }

  const title = squash(doc.title || '');
  const capture: Capture = {
    source: 'chart',
    origin: cap(originOf(doc), LIMITS.origin),
    ...(title ? { title: cap(title, LIMITS.title) } : {}),
    chiefComplaint: cc ? cap(cc.value, LIMITS.chiefComplaint) : null,
    hpi: hpi ? cap(hpi.value, LIMITS.hpi) : null,
    text: text ? cap(text.value, LIMITS.text) : null,
    age,
    sex,
    where: where.slice(0, LIMITS.where),
    ...(reason ? { reason: cap(reason, LIMITS.reason) } : {}),
    at: (settings.now ?? Date.now)(),
  };

  const bannerText = demo.banner ? identityText(demo.banner) : '';
  const patientKey = bannerText ? hash53(bannerText).toString(36) : age !== null || sex ? `${age}/${sex}` : null;
  return {
    capture,
    patientKey,
    banner: demo.banner,
    roots: report.roots,
    frames: report.frames,
    elements: report.elements,
    truncated: report.truncated,
    ms: now() - t0,
  };
}

/** Reads the chart on this page: chief complaint, HPI (or note text), age, sex, and where each came from. */
export function readChart(doc: Document, settings: ReaderSettings = {}): Capture {
  return readChartDetailed(doc, settings).capture;
}
