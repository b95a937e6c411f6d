import { contextOf, findTriggers, outsideTargets, polarity, Words, type Context } from '../context/engine';
import { matchLexicon, matchWithin, type LexiconMatch } from '../lexicon/match';
import type { Concept, ParsedEntry } from '../lexicon/schema';
import { segment, type Segment } from '../text/segment';
import type { Evidence, ExtractedFeature, Extraction, Sex, Status, ValueBound } from '../vocabulary/extraction';
import { FEATURE_IDS, FEATURE_TABLE, type FeatureId } from '../vocabulary/features';
import { CHRONIC_CUE, CURRENT_RED_FLAGS, IMPLIES, NEURO_RED_FLAGS, PAST_CUE, RECENCY, UNTIL_RECENTLY } from './implications';
import { matchingText } from './normalize';
import {
  readAgeSex,
  readDurations,
  readInflammatoryMarkers,
  readMinutes,
  readOnsetAge,
  pickAge,
  readSchober,
  readTemperatures,
  readBladderVolume,
  readWeightChange,
  type ValueMention,
} from './values';

/** Lexicon matches cut back to the segment they start in (see matchWithin); those that cannot be are dropped. */
function withinSegments(mt: string, matches: LexiconMatch[], locate: (p: number) => Segment | undefined): LexiconMatch[] {
  const out: LexiconMatch[] = [];
  for (const m of matches) {
    const seg = locate(m.start);
    if (!seg || m.end <= seg.end) out.push(m);
    else {
      const cut = matchWithin(mt, m, seg.end);
      if (cut) out.push(cut);
    }
  }
  return out;
}

/** One leg's symptom, before both sides are joined (see bilateralFromSides). */
type LegSide = 'right_leg_symptom' | 'left_leg_symptom';

/** A mention after context: whose it is and what it says. */
interface Mention {
  feature: FeatureId;
  start: number;
  end: number;
  status: Status;
  value?: number | Sex;
  bound?: ValueBound;
  section: string;
  cue?: string;
  historical: boolean;
  /** From a minor-trauma phrase (a fall from standing): see minorTraumaInTheYoung. */
  minor?: boolean;
}

/** A mention as context judged it: a feature's, or one leg's before the sides are joined. */
type Judged = Omit<Mention, 'feature'> & { feature: FeatureId | LegSide };

/** A target the context engine looks at: a lexicon match or a result read as a number. */
interface Target {
  concept: Concept;
  start: number;
  end: number;
  entry?: ParsedEntry;
  fixed?: Status;
}

/**
 * Text in, the vocabulary's features out: each with its status, value, the exact words it
 * came from, and whether its mentions disagree. Pure; no browser or Node APIs.
 */
export function extract(text: string): Extraction {
  const mt = matchingText(text);
  const segments = segment(mt);
  const locate = segmentLocator(segments);

  // An age inside an onset phrase ("Onset: insidious, age 24") is the age at onset, not now.
  const onsets = readOnsetAge(mt);
  const inOnset = (v: ValueMention) => onsets.some((o) => o.start <= v.start && v.end <= o.end);
  const ageSex = readAgeSex(mt).filter((v) => !isFamily(locate(v.start)) && !(v.feature === 'age' && inOnset(v)));
  const age = pickAge(ageSex);
  const sex = ageSex.find((v) => v.feature === 'sex');

  const targets: Target[] = [
    ...withinSegments(mt, matchLexicon(mt), locate).map((m) => ({ concept: m.concept, start: m.start, end: m.end, entry: m.entry })),
    ...[...readInflammatoryMarkers(mt, age?.value as number | undefined, sex?.value as Sex | undefined), ...readTemperatures(mt), ...readBladderVolume(mt), ...readSchober(mt), ...readWeightChange(mt)].map(
      (v) => ({ concept: v.feature, start: v.start, end: v.end, fixed: v.status }),
    ),
  ];
  const mentions = bilateralFromSides(contextualise(mt, segments, locate, dropContained(targets)));
  minorTraumaInTheYoung(mentions, age?.value as number | undefined);

  // Values: the first statement outside family history wins.
  const firstOf = (list: ValueMention[]) => list.find((v) => {
    const seg = locate(v.start);
    return seg && !isFamily(seg) && seg.scope !== 'hypothetical';
  });
  for (const v of [age, sex, firstOf(readDurations(mt)), firstOf(onsets)]) {
    if (v) mentions.push(valueMention(v, locate(v.start)));
  }
  const minutes = stiffnessMinutes(mt, segments, locate, mentions);
  if (minutes) mentions.push(valueMention(minutes, locate(minutes.start)));
  return { features: aggregate(text, mentions) };
}

/** Between a time and the stiffness words after it, a break that puts them in different phrases. */
const PHRASE_BREAK = /[:;.!?\n|]/;

/**
 * How long morning stiffness lasts: the first time span near a present stiffness mention — in
 * its sentence (from just before the words: "about 40 minutes of morning stiffness", or from a
 * checklist's answer), then near later mentions, then in the sentence after the first one.
 */
function stiffnessMinutes(mt: string, segments: Segment[], locate: (p: number) => Segment | undefined, mentions: Mention[]) {
  const stiff = mentions.filter((m) => m.feature === 'morning_stiffness' && m.status === 'present');
  if (!stiff.length) return undefined;
  const seg = locate(stiff[0].start)!;
  const box = seg.checklist;
  const from = box && stiff[0].end <= box.labelEnd ? box.answerStart : Math.max(seg.start, stiff[0].start - 40);
  let found = readMinutes(mt, from, seg.end);
  // A time before the words belongs to them only within one phrase: "24h: AM stiffness <15 min" is a heading's.
  if (found && found.end <= stiff[0].start && PHRASE_BREAK.test(mt.slice(found.end, stiff[0].start))) found = readMinutes(mt, stiff[0].start, seg.end);
  if (found) return found;
  for (const m of stiff.slice(1)) {
    const s = locate(m.start);
    const later = s && readMinutes(mt, m.start, s.end);
    if (later) return later;
  }
  const next = segments[segments.indexOf(seg) + 1];
  const sameParagraph = next && next.start - seg.end < 4 && !/\n\s*\n/.test(mt.slice(seg.end, next.start));
  return sameParagraph ? readMinutes(mt, next.start, next.end) : undefined;
}

/**
 * A current symptom in the right leg and one in the left, anywhere in the note, are bilateral leg
 * symptoms (the national cauda equina pathway's "bilateral radicular symptoms"), with both
 * mentions as evidence. The one-side mentions themselves are no feature and are dropped.
 */
function bilateralFromSides(judged: Judged[]): Mention[] {
  const current = (side: LegSide) => judged.find((m) => m.feature === side && m.status === 'present' && !m.historical);
  const right = current('right_leg_symptom');
  const left = current('left_leg_symptom');
  const out = judged.filter((m): m is Mention => m.feature !== 'right_leg_symptom' && m.feature !== 'left_leg_symptom');
  if (right && left) for (const m of [right, left]) out.push({ ...m, feature: 'bilateral_leg_symptoms', cue: 'right and left leg' });
  return out;
}

/** Below this age a fall from standing is not significant trauma by itself (spec: "minor trauma in the elderly"). */
const ELDERLY = 65;

/**
 * Minor trauma counts as significant only in the elderly or with fragile bones. In a patient
 * known to be younger, with no osteoporosis or steroid use present, it is asked about
 * (uncertain) instead of firing the fracture flag; with the age unknown it still counts.
 */
function minorTraumaInTheYoung(mentions: Mention[], age: number | undefined): void {
  if (age === undefined || age >= ELDERLY) return;
  if (mentions.some((m) => (m.feature === 'osteoporosis' || m.feature === 'steroid_use') && m.status === 'present')) return;
  for (const m of mentions) {
    if (!m.minor || m.status !== 'present') continue;
    m.status = 'uncertain';
    m.cue = `minor trauma at ${age}`;
  }
}

function valueMention(v: ValueMention, seg: Segment | undefined): Mention {
  return { feature: v.feature, start: v.start, end: v.end, status: 'present', value: v.value, ...(v.bound ? { bound: v.bound } : {}), section: seg?.section ?? 'body', historical: false };
}

const isFamily = (seg: Segment | undefined) => seg?.scope === 'family';
/** A relative farther than the second degree, whom the family-history criteria do not count. */
const THIRD_DEGREE = /\b(?:cousins?|great[- ](?:aunt|uncle|grand\w*))\b/i;

/** Binary search from an offset to its segment. */
function segmentLocator(segments: Segment[]) {
  return (pos: number): Segment | undefined => {
    let lo = 0, hi = segments.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = segments[mid];
      if (pos < s.start) hi = mid - 1;
      else if (pos >= s.end) lo = mid + 1;
      else return s;
    }
    return undefined;
  };
}

/**
 * For one concept, a result read as a number wins over the bare test name inside it: a target
 * goes when another of its concept covers it and is longer, or has the same words and a fixed
 * status where it has none. Sorted per concept, so a megabyte of mentions stays fast.
 */
function dropContained(targets: Target[]): Target[] {
  const byConcept = new Map<Concept, Target[]>();
  for (const t of targets) {
    const list = byConcept.get(t.concept);
    if (list) list.push(t);
    else byConcept.set(t.concept, [t]);
  }
  const dropped = new Set<Target>();
  for (const list of byConcept.values()) {
    if (list.length < 2) continue;
    const sorted = [...list].sort((a, b) => a.start - b.start || b.end - a.end);
    // The farthest end among targets that start strictly before the current start.
    let reach = -1;
    for (let i = 0; i < sorted.length; ) {
      let j = i;
      while (j < sorted.length && sorted[j].start === sorted[i].start) j++;
      // Same start: sorted by end, longest first.
      const longest = sorted[i].end;
      const fixedEnds = new Set<number>();
      for (let k = i; k < j; k++) if (sorted[k].fixed) fixedEnds.add(sorted[k].end);
      for (let k = i; k < j; k++) {
        const t = sorted[k];
        if (reach >= t.end || longest > t.end || (!t.fixed && fixedEnds.has(t.end))) dropped.add(t);
      }
      for (let k = i; k < j; k++) reach = Math.max(reach, sorted[k].end);
      i = j;
    }
  }
  return dropped.size ? targets.filter((t) => !dropped.has(t)) : targets;
}

function contextualise(mt: string, segments: Segment[], locate: (p: number) => Segment | undefined, targets: Target[]): Judged[] {
  const bySegment = new Map<Segment, Target[]>();
  for (const t of targets) {
    const seg = locate(t.start);
    if (!seg || t.end > seg.end) continue;
    const list = bySegment.get(seg);
    if (list) list.push(t);
    else bySegment.set(seg, [t]);
  }
  const out: Judged[] = [];
  for (const seg of segments) {
    const list = bySegment.get(seg);
    if (!list) continue;
    // Phrases that carry their own negation ("no improvement with rest") own those words; a
    // phrase that states an absence ("bowels normal") leaves its cue to its neighbours too.
    const owners = list.filter((t) => (t.entry?.assume ?? 'present') !== 'absent');
    const all = findTriggers(mt, seg.start, seg.end);
    const hits = outsideTargets(all, owners);
    const words = new Words(mt, seg.start, seg.end);
    for (const t of list) {
      if (isRestatedLabel(seg, t, list)) continue;
      // A phrase inside a longer one of another concept takes that phrase's own words as
      // context: "better with rest" inside "not better with rest" is negated by its "not".
      const around = owners.filter((o) => o.start <= t.start && o.end >= t.end && o.end - o.start > t.end - t.start);
      const own = around.length ? outsideTargets(all, owners.filter((o) => !around.includes(o))) : hits;
      const m = judge(mt, seg, t, contextOf(mt, t, own, words));
      if (m) out.push(m);
    }
  }
  return out;
}

/** "Cancer: hx ca (-)" — a label whose concept the rest of the segment states; the rest decides. */
function isRestatedLabel(seg: Segment, t: Target, list: Target[]): boolean {
  const label = seg.label;
  if (!label || t.start < label.start || t.end > label.end) return false;
  return list.some((o) => o !== t && o.concept === t.concept && o.start >= label.end);
}

/** A checklist answer to a label that states an absence. */
const FLIP: Record<Status, Status> = { present: 'absent', absent: 'present', uncertain: 'uncertain' };

/** The status of one target from its context, section and checklist answer. */
function judge(mt: string, seg: Segment, t: Target, ctx: Context): Judged | undefined {
  const family = isFamily(seg) || ctx.experiencer !== undefined;
  const hypothetical = seg.scope === 'hypothetical' || ctx.hypothetical !== undefined;
  let status: Status;
  let cue: string | undefined;
  const box = seg.checklist;
  if (box && t.start >= box.labelStart && t.end <= box.labelEnd) {
    if (box.answer === 'skip') return undefined;
    // The answer confirms or denies what the label says: "Passing urine ok? Yes" is no retention,
    // "Saddle sensation normal: No" is a saddle deficit. A label that denies ("No bladder or
    // bowel problems: yes") is confirmed by a yes; its "no" may agree with it or not: asked about.
    // Only where the answer speaks to the target's own item: in "Strength 5/5 BLE, sensation
    // intact, SLR neg" the "neg" is the SLR's, and the items before it keep the answer as before.
    // And only to an answer that stands alone ("Yes, passing urine fine"): in "Neurological
    // examination is normal: no weakness, no sensory change" the "no" opens a list.
    const bare = /^[ \t]*(?:[.;,!)]|$)/.test(mt.slice(box.answerStart + box.cue.length, seg.end));
    const ownItem = bare && !/[,;]/.test(mt.slice(t.end, box.labelEnd));
    const n = ctx.negated;
    const negatedInLabel = n && n.start >= box.labelStart && n.end <= box.labelEnd && !/[,;]/.test(mt.slice(n.end, t.start)) && !/[.,;]/.test(mt.slice(n.end, box.labelEnd));
    if (ownItem && t.entry?.assume === 'absent') status = FLIP[box.answer];
    else if (ownItem && negatedInLabel) status = box.answer === 'present' ? 'absent' : 'uncertain';
    else status = box.answer;
    cue = box.cue;
  } else if (seg.question) {
    status = 'uncertain';
    cue = '?';
  } else if (hypothetical) {
    status = 'uncertain';
    cue = ctx.hypothetical?.text ?? 'precautions';
  } else if (t.fixed) {
    status = t.fixed;
  } else {
    const p = polarity(ctx, t);
    const assumed = t.entry?.assume ?? 'present';
    if (p === 'negated' && UNTIL_RECENTLY.test(mt.slice(t.end, seg.end))) {
      status = 'present';
      cue = 'until';
    } else if (p === 'negated') {
      status = 'absent';
      cue = ctx.negated!.text;
    } else if (p === 'possible') {
      status = assumed === 'absent' ? 'absent' : 'uncertain';
      cue = ctx.possible!.text;
    } else status = assumed;
  }
  const historical = ctx.historical !== undefined;
  if (t.entry?.recentOnly && historical && status === 'present' && !RECENCY.test(mt.slice(seg.start, seg.end))) return undefined;

  let feature: FeatureId;
  if (family) {
    if (!t.entry?.familySpa) {
      const toldByRelative = !isFamily(seg) && status === 'present' && !historical && NEURO_RED_FLAGS.has(t.concept as FeatureId);
      if (!toldByRelative) return undefined;
      return { feature: t.concept as FeatureId, start: t.start, end: t.end, status: 'uncertain', section: seg.section, cue: `${ctx.experiencer!.text} (whose symptom?)`, historical };
    }
    feature = 'family_history_spa';
    cue = ctx.experiencer?.text ?? 'family history';
    // The criteria count first- and second-degree relatives; a cousin is third-degree: ask.
    if (status === 'present' && THIRD_DEGREE.test(cue)) status = 'uncertain';
  } else if (t.concept === 'spa_condition') return undefined;
  else if (t.concept === 'right_leg_symptom' || t.concept === 'left_leg_symptom') {
    return { feature: t.concept, start: t.start, end: t.end, status, section: seg.section, cue, historical };
  } else feature = t.concept as FeatureId;
  const past = status === 'present' && ctx.historical !== undefined && PAST_CUE.test(ctx.historical.text);
  const longstanding = status === 'present' && ctx.historical !== undefined && CHRONIC_CUE.test(ctx.historical.text.replace(/\s+/g, ' '));
  // A past cue speaks for its own clause only: "previous discectomy 3 weeks ago, wound oozing,
  // febrile" is febrile now, and "LBP since childbirth 2 years ago, stiff in the morning" is stiff now.
  const cueInClause = ctx.historical !== undefined && (ctx.historical.start > t.end || !/[,;]/.test(mt.slice(ctx.historical.end, t.start)));
  if (past && cueInClause && FEATURE_TABLE[feature].group === 'pattern') return undefined;
  if ((past || longstanding) && cueInClause && CURRENT_RED_FLAGS.has(feature)) {
    status = 'uncertain';
    cue = ctx.historical!.text;
  }
  if (t.entry?.recentOnly && seg.section === 'plan') return undefined;
  return { feature, start: t.start, end: t.end, status, section: seg.section, cue, historical, ...(t.entry?.minorTrauma ? { minor: true } : {}) };
}

const RANK: Record<Status, number> = { present: 3, absent: 2, uncertain: 1 };

/** One feature per id: present if any mention is present, every mention kept as evidence. */
function aggregate(text: string, mentions: Mention[]): ExtractedFeature[] {
  const byId = new Map<FeatureId, Mention[]>();
  for (const m of mentions) {
    const list = byId.get(m.feature);
    if (list) list.push(m);
    else byId.set(m.feature, [m]);
  }
  for (const [from, to] of IMPLIES) {
    const present = (byId.get(from) ?? []).filter((m) => m.status === 'present');
    if (present.length && !(byId.get(to) ?? []).some((m) => m.status === 'present')) {
      byId.set(to, [...(byId.get(to) ?? []), ...present.map((m) => ({ ...m, feature: to, value: undefined, bound: undefined }))]);
    }
  }
  const out: ExtractedFeature[] = [];
  for (const id of FEATURE_IDS) {
    const list = byId.get(id);
    if (!list?.length) continue;
    list.sort((a, b) => a.start - b.start);
    const status = list.reduce<Status>((best, m) => (RANK[m.status] > RANK[best] ? m.status : best), 'uncertain');
    const valued = list.find((m) => m.status === 'present' && m.value !== undefined);
    const value = valued?.value;
    const evidence: Evidence[] = list.map((m) => ({
      start: m.start,
      end: m.end,
      text: text.slice(m.start, m.end),
      status: m.status,
      section: m.section,
      ...(m.cue ? { cue: m.cue } : {}),
      historical: m.historical,
    }));
    out.push({
      id,
      status,
      ...(value !== undefined ? { value } : {}),
      ...(valued?.bound ? { bound: valued.bound } : {}),
      evidence,
      conflict: new Set(list.map((m) => m.status)).size > 1,
    });
  }
  return out;
}
