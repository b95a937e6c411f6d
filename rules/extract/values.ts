import type { FeatureId } from '../vocabulary/features';
import type { Sex, Status, ValueBound } from '../vocabulary/extraction';
import { scanAll, scanner, type Scanner } from '../text/scan';
import { isSpaceCode } from '../text/whitespace';
import { DURATION_UNIT, DURATION_UNITS, MINUTE_UNIT, MINUTE_UNITS, NUM, parseNumber, unitFactor } from './units';

/** A value read from the text: age, sex, duration, stiffness minutes, onset age, or a result. */
export interface ValueMention {
  feature: FeatureId;
  start: number;
  end: number;
  value?: number | Sex;
  /** Results carry their own status ("CRP 3 (normal)" → absent). */
  status?: Status;
  /** Read by the fallback form only: used when nothing more specific is found. */
  fallback?: boolean;
  /** The number is a bound ("> 30 min"), not an amount. */
  bound?: ValueBound;
}

const re = (source: string, flags = 'gi') => new RegExp(source, flags);
const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * A form's matches in the text, as a global scan finds them. Every form in this file is scanned
 * in one pass over the text (rules/text/scan.ts), and the readers all read the same text, so
 * the last text's matches are kept for the next reader.
 */
function matches(text: string, regex: RegExp): RegExpExecArray[] {
  forms ??= allForms();
  if (last?.text !== text) last = { text, found: scanAll(text, forms.scanner) };
  return last.found[forms.index.get(regex)!];
}

let forms: { scanner: Scanner; index: Map<RegExp, number> } | undefined;
let last: { text: string; found: RegExpExecArray[][] } | undefined;

function allForms() {
  const list = [...AGE_FORMS, ...SEX_WORDS, ...DURATION_FORMS.map((f) => f.regex), ...ONSET_FORMS, ONSET_DECADE, CRP, TEMP, BLADDER_VOLUME, SCHOBER, WEIGHT_NOW_THEN, WEIGHT_FROM_TO];
  // Five characters: most forms open with a number word or a qualifier ("a", "an", "about",
  // "over"), and with four "over 3" is tried at every "overnight" and "overall" (measured: 3 %
  // of the engine's time on a 2 KB note; six or more take longer to build than they save).
  return { scanner: scanner(list, 5), index: new Map(list.map((re, i) => [re, i])) };
}

// ── Age and sex ────────────────────────────────────────────────────────────────────────
const SEX_LETTER = '(?:M|F)';
const AGE_FORMS: RegExp[] = [
  // "42-year-old", "42 yo", "45 y.o. F", "(67 yo)", "24 y/o M", "34 yrs"
  re(`(?<![\\w.@/-])(\\d{1,3})\\s?-?\\s?(?:years?[- ]old|yrs?[- ]old|y/o|y\\.o\\.?|yo|yoa|yrs?(?=[\\s,)]+(?:old|male|female|man|woman)\\b))(?:\\s*,?\\s*(?:(?:right|left)-handed\\s+|caucasian\\s+|white\\s+|black\\s+|asian\\s+|hispanic\\s+|married\\s+|single\\s+|retired\\s+|previously\\s+well\\s+|healthy\\s+|obese\\s+|pregnant\\s+){0,2}(male|female|man|woman|gentleman|lady|boy|girl|${SEX_LETTER})(?![\\w]))?`, 'gi'),
  // "DOB 12/03/1961 (63 y)": a header's age in brackets after the birth date ("LBP (2 y)" is a duration)
  re(`\\((?<=(?:dob|d\\.o\\.b\\.?|born)\\W{0,3}[\\d/.-]{6,10}\\s?\\()\\s?(\\d{1,3})\\s?y\\s?\\)`, 'gi'),
  // "42M", "34 M", "29/M", "Pt: 32 M"
  re(`(?<![\\w.@/x×-])(\\d{1,3})\\s?/?\\s?(M|F)(?![\\w/]|\\.\\w)`, 'g'),
  // "Age / sex: 44 / male", "Age/Sex: 29/M"
  re(`(?<![\\w])age\\s*/\\s*(?:sex|gender)\\s*[:=|]?\\s*(\\d{1,3})\\s*/\\s*(m|f|male|female)(?![\\w])`, 'gi'),
  // "aged 42", "Age: 44", "age 50" (not "at age", "since age", "age at onset", "age 45+")
  re(`(?<!(?:at|since|from|onset|by|until|before|after|of|began|begun|started|start|starting|beginning|commenced)\\s)(?<![\\w])aged?\\s*[:=|]?\\s*(\\d{1,3})(?![\\d+]|\\s*(?:\\+|or (?:over|older)|and (?:over|older)))`, 'gi'),
  // "I am man, 33 years", "I'm a woman of 52"
  re(`(?<![\\w])(?:i'?m|i am)\\s+(?:a\\s+)?(?:man|woman|male|female)(?:,|\\s+of|\\s+aged?)?\\s+(\\d{1,2})(?![\\d])`, 'gi'),
  // "I'm 27", "im 19"
  re(`(?<![\\w])(?:i'?m|i am)\\s+(\\d{1,2})(?!\\d|\\.\\d|%|\\s*(?:weeks|wks|months|mos|lbs?|kg|pounds|%|days|x|times|hours|min))`, 'gi'),
  // "Mrs Jones, 72, fell at home"
  re(`(?<![\\w])(?:mr|mrs|ms|miss|mx)\\.?\\s+[a-z][a-z'-]+,\\s*(\\d{1,3})(?=\\s*[,.;)]|\\s+(?:y|yrs?|years?)(?![\\w]))`, 'gi'),
  // "Female, 58 years", "Female, 35."
  re(`(?<![\\w])(?:male|female|man|woman),?\\s+(\\d{1,3})\\s*(?:years?|yrs?)(?![\\w])`, 'gi'),
  re(`(?<![\\w])(?:male|female),\\s*(\\d{1,2})(?=\\s*(?:[.;,)]|$))`, 'gim'),
  // "He is 45 and …", "He's 38,"
  re(`(?<![\\w])(?:(?:he|she|patient|pt)\\s+is|he'?s|she'?s)\\s+(\\d{1,3})(?=\\s*(?:[,.;]|and(?![\\w])|years?(?![\\w])|yrs?(?![\\w])|$))`, 'gi'),
  // "Seventy-two year old woman"
  re(`(?<![\\w])((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)[- ]years?[- ]old(?![\\w])`, 'gi'),
];

const SEX_WORDS: RegExp[] = [
  re(`(?<![\\w])(male|female)(?![\\w-])`, 'gi'),
  re(`(?<![\\w])(?:this|a|an|the)\\s+(?:\\d{1,3}[- ]year[- ]old\\s+|young\\s+|pleasant\\s+|middle-aged\\s+|elderly\\s+)?(man|woman|gentleman|lady)(?![\\w])`, 'gi'),
  re(`(?<![\\w])(?:sex|gender)\\s*[:=|]?\\s*(m|f|male|female)(?![\\w])`, 'gi'),
  re(`(?<![\\w])(?:i'?m|i am)\\s+(?:a\\s+)?(man|woman)(?![\\w])`, 'gi'),
  re(`(?<![\\w])([Mm](?:r|rs|s|iss))\\.?\\s+[A-Z]`, 'g'),
];

/** An age right after a relative ("mother, 62 yo") is not the patient's. */
const RELATIVE_BEFORE = /\b(?:mother|father|mom|mum|dad|brother|sister|son|daughter|wife|husband|partner|aunt|uncle|grand\w+|cousin|sibling)\b[^.;\n]{0,25}$/i;

/**
 * The patient's age: the banner forms win over weaker ones, and of several banner ages the
 * highest (copied-forward text is older; ages only go up).
 */
export function pickAge(mentions: ValueMention[]): ValueMention | undefined {
  const ages = mentions.filter((m) => m.feature === 'age');
  const strong = ages.filter((m) => !m.fallback);
  const pool = strong.length ? strong : ages;
  return pool.reduce<ValueMention | undefined>((best, m) => (!best || (m.value as number) > (best.value as number) ? m : best), undefined);
}

const sexOf = (word: string): Sex | undefined => {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (['m', 'male', 'man', 'gentleman', 'boy', 'mr'].includes(w)) return 'male';
  if (['f', 'female', 'woman', 'lady', 'girl', 'mrs', 'ms', 'miss'].includes(w)) return 'female';
  return undefined;
};

/** Every plausible statement of the patient's current age and sex, in text order. */
export function readAgeSex(text: string): ValueMention[] {
  const out: ValueMention[] = [];
  AGE_FORMS.forEach((form, i) => {
    for (const m of matches(text, form)) {
      const age = parseNumber(m[1]) ?? NaN;
      if (!(age >= 0 && age <= 120)) continue;
      if (RELATIVE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      const ageStart = m.index + m[0].indexOf(m[1]);
      // "42 yo", "42M" and "Age/Sex: 42/M" are banner forms; "aged 42" and "I'm 42" are weaker.
      out.push({ feature: 'age', start: ageStart, end: m.index + m[0].length, value: age, ...(i >= 3 ? { fallback: true } : {}) });
      const sex = m[2] ? sexOf(m[2]) : undefined;
      if (sex) {
        const s = m.index + m[0].lastIndexOf(m[2]);
        out.push({ feature: 'sex', start: s, end: s + m[2].length, value: sex });
      }
    }
  });
  for (const form of SEX_WORDS) {
    for (const m of matches(text, form)) {
      const sex = sexOf(m[1]);
      if (!sex) continue;
      const s = m.index + m[0].indexOf(m[1]);
      out.push({ feature: 'sex', start: s, end: s + m[1].length, value: sex });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

// ── Symptom duration and onset age ─────────────────────────────────────────────────────
const PAIN = '(?:pain|lbp|back|backache|sciatica|sx|symptoms|ache|aching|stiffness|stiff|buttock|hx|history|it|this)';
const Q = '(?:about|approx\\.?|approximately|around|~|roughly|nearly|almost|at least|over|more than|>|<|like|just over|just under|the (?:past|last)|past|last)';
const DUR = `(${NUM})\\+?\\s?-?\\s?(${DURATION_UNIT})(?![\\w/]|-?\\s?old)`;

interface DurationForm {
  regex: RegExp;
  /** Needs back-pain words near it (an "x 3 yrs" after a drug is not the pain's duration). */
  needsPain: boolean;
  /** "x 2/12" (months), "x 3/52" (weeks), "x 5/7" (days). */
  fraction?: boolean;
  /** "x 3 hours": only in this form, so a stiffness time is never a duration. */
  hours?: boolean;
  /** The fallback: any number of days/weeks/months/years near back-pain words. */
  fallback?: boolean;
}
/**
 * A bare number of days or weeks that says how often, not how long: "three times a day",
 * "every 3 months", "twice a week". (The bare-duration form also skips "a day" and "a week"
 * on their own: "worse after a day at the desk" is not a day of pain.)
 */
const NOT_A_FREQUENCY = '(?<!(?<![\\w])(?:every|each|per|once|twice|thrice|times|x)\\s{1,3})';
/** "x 3 weeks", "×3 weeks": a times sign that starts a word. */
const TIMES = '(?<![\\w])(?:x|×)';
const DURATION_FORMS: DurationForm[] = [
  { regex: re(`${TIMES}\\s?(?:${Q}\\s?)*${DUR}`), needsPain: true },
  { regex: re(`(?<![\\w])x\\s?(\\d{1,2})/(12|52|7)(?![\\d])`), needsPain: true, fraction: true },
  { regex: re(`(?<![\\w/.])(\\d{1,2})/(12|52|7)(?![\\d/])(?!\\s*(?:review|f/u|follow))`), needsPain: true, fraction: true },
  { regex: re(`${TIMES}\\s?(?:${Q}\\s?)*(\\d{1,2})\\s?(hours?|hrs?|h)(?![\\w/])`), needsPain: true, hours: true },
  { regex: re(`(?<![\\w])(?:for|over|since|in)\\s+(?:${Q}\\s?)*${DUR}`), needsPain: true },
  { regex: re(`(?<![\\w])${DUR}\\s+(?:${Q}\\s?)?(?:hx|history|h/o)\\b`), needsPain: false },
  { regex: re(`(?<![\\w])(?:${Q}\\s)?${DUR}\\s+(?:of|w/|with)\\s+(?:[^\\s.;,]+\\s+){0,3}?(?:${PAIN})`), needsPain: false },
  { regex: re(`(?<![\\w])(?:began|begun|started|start|onset|came on|developed|beginning|first noticed|first started)\\s+(?:[^\\s.;]+\\s+){0,16}?\\(?(?:${Q}\\s?)?${DUR}\\s+ago`), needsPain: false },
  { regex: re(`(?<![\\w])(?:${Q}\\s?)?${DUR}\\s+ago,?\\s+(?:he|she|i|they|the patient|pt)?\\s*(?:began|started|developed|noticed|first)`), needsPain: false },
  { regex: re(`(?<![\\w])after\\s+(?:[^\\s.;,]+\\s+){1,4}?(?:${Q}\\s?)?${DUR}\\s+ago`), needsPain: true },
  { regex: re(`(?<![\\w])(?:now|so)\\s+(?:${Q}\\s?)?${DUR}(?:\\s+now)?`), needsPain: true },
  { regex: re(`(?<![\\w])(?:duration|chronicity)(?:\\s+of\\s+[\\w ]{1,30})?\\s*[:=|\\-–]?\\s*(?:${Q}\\s?)?${DUR}`), needsPain: false },
  { regex: re(`(?<![\\w])(?:for|over)\\s+(a|one)\\s+(year|month|week)(?![\\w])`), needsPain: true },
  { regex: re(`${NOT_A_FREQUENCY}(?<![\\w])(?!an?\\s?-?\\s?${DURATION_UNIT})(?:${Q}\\s?)?${DUR}`), needsPain: true, fallback: true },
];

const PAIN_NEAR = re(`(?<![\\w])(?:onset|pain|lbp|back|backache|sciatica|sx|symptoms|ache|aching|achy|stiff|stiffness|hurt|hurts|hurting|sore|bugging|radiating|radiates|shooting|numbness|tingling)(?![\\w])`, 'i');

/**
 * Is a back-pain word near [start, end)? Up to 14 words before in the same sentence, or up
 * to 8 words after in the same clause ("x 3 yrs, HTN, presents with back pain" is not it).
 */
function painNear(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > Math.max(0, start - 120) && !SENTENCE_END.has(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < Math.min(text.length, end + 80) && !CLAUSE_END.has(text.charCodeAt(to))) to++;
  return PAIN_NEAR.test(lastWords(text.slice(from, start), 14)) || PAIN_NEAR.test(firstWords(text.slice(end, to), 8));
}

/** '.', ';' and a line break end the sentence looked back over; a comma also ends the clause looked ahead over. */
const SENTENCE_END = new Set(['.', ';', '\n'].map((c) => c.charCodeAt(0)));
const CLAUSE_END = new Set([...SENTENCE_END, ','.charCodeAt(0)]);

/** The last n words of s (split at whitespace), with the whitespace between them as written. */
function lastWords(s: string, n: number): string {
  let i = s.length;
  let start = s.length;
  for (let words = 0; ; words++) {
    while (i > 0 && isSpaceCode(s.charCodeAt(i - 1))) i--;
    if (i === 0 || words === n) return s.slice(start);
    while (i > 0 && !isSpaceCode(s.charCodeAt(i - 1))) i--;
    start = i;
  }
}

/** The first n words of s, likewise. */
function firstWords(s: string, n: number): string {
  let i = 0;
  let end = 0;
  for (let words = 0; ; words++) {
    while (i < s.length && isSpaceCode(s.charCodeAt(i))) i++;
    if (i === s.length || words === n) return s.slice(0, end);
    while (i < s.length && !isSpaceCode(s.charCodeAt(i))) i++;
    end = i;
  }
}

/** Candidate durations of this back pain, in weeks, in text order. */
export function readDurations(text: string): ValueMention[] {
  const out: ValueMention[] = [];
  for (const form of DURATION_FORMS) {
    for (const m of matches(text, form.regex)) {
      let weeks: number | undefined;
      if (form.hours) {
        weeks = Number(m[1]) / (24 * 7);
      } else if (form.fraction) {
        const n = Number(m[1]);
        weeks = m[2] === '12' ? (n * 52) / 12 : m[2] === '52' ? n : n / 7;
      } else {
        const n = parseNumber(m[1]);
        const f = unitFactor(DURATION_UNITS, m[2]);
        if (n !== undefined && f !== undefined) weeks = n * f;
      }
      if (weeks === undefined || weeks <= 0 || weeks > 52 * 90) continue;
      if (form.needsPain && !painNear(text, m.index, m.index + m[0].length)) continue;
      if (form.fallback && out.some((o) => o.start <= m.index && o.end >= m.index)) continue;
      out.push({ feature: 'symptom_duration_weeks', start: m.index, end: m.index + m[0].length, value: round1(weeks), ...(form.fallback ? { fallback: true } : {}) });
    }
  }
  // A specific form ("x 3 wks", "6-month history", "began 2 mos ago") wins over a bare number.
  return out.sort((a, b) => Number(!!a.fallback) - Number(!!b.fallback) || a.start - b.start);
}

/** What an onset sentence is about, whole words only; "backpain" and "lowbackpain" as written run together. */
const ONSET_SUBJECT = '(?:(?:low)?back)?pain|lbp|stiffness|symptoms';
const ONSET_FORMS: RegExp[] = [
  re(`(?<![\\w])onset(?:\\s+(?:at|was|of))?(?:\\s+aged?)?\\s*[:=]?\\s*(\\d{1,2})(?!\\d|\\.\\d|\\s*\\/|\\s*(?:${DURATION_UNIT}|%|ago|hours?|hrs?)(?![\\w]))`),
  re(`(?<![\\w])(?:was|aged?)\\s+(\\d{1,2})\\s+when\\s+(?:it|this|the pain|the back pain|symptoms|the symptoms|this all)\\s+(?:started|began|came on|first started)`),
  re(`(?<![\\w])(?:${ONSET_SUBJECT})\\s+since\\s+(?:[^\\s.;]+\\s+){0,5}?aged?\\s+(\\d{1,2})(?![\\d])`),
  re(`(?<![\\w])(?:began|started|starting|start|begun|beginning|since|from|commenced|developed|came on)\\s+(?:[a-z]+ly\\s+)?(?:at\\s+)?(?:the\\s+)?aged?\\s+(?:of\\s+)?(\\d{1,2})(?![\\d])`),
  re(`(?<![\\w])age\\s+at\\s+onset\\s*[:=|]?\\s*(\\d{1,2})(?![\\d])`),
  // "Onset: insidious, age 24"
  re(`(?<![\\w])onset\\s*[:=|]\\s*(?:[a-z]+,?\\s+){0,2}(?:at\\s+)?aged?\\s*(\\d{1,2})(?![\\d])`),
  // "back ache since I was about 25" (the pain must be named nearby)
  re(`(?<![\\w])since\\s+(?:i|he|she)\\s+was\\s+(?:about\\s+|around\\s+|roughly\\s+)?(\\d{1,2})(?![\\d])`),
  re(`(?<![\\w])(?:it|this|${ONSET_SUBJECT})\\s+(?:began|started|start|begun|came on|developed)\\s+(?:[^\\s.;]+\\s+){0,3}?when\\s+(?:he|she|i)\\s+was\\s+(?:about\\s+|around\\s+)?(\\d{1,2})(?![\\d])`),
];

const STARTS_WITH_SUBJECT = new RegExp(`^(?:it|this|${ONSET_SUBJECT})\\s`, 'i');

/** Stated age at onset of the back pain ("onset age 36", "LBP since age 27", "began at age 23"). */
export function readOnsetAge(text: string): ValueMention[] {
  const out: ValueMention[] = [];
  const aboutThePain = (m: RegExpExecArray) => /onset/i.test(m[0]) || STARTS_WITH_SUBJECT.test(m[0]) || painNear(text, m.index, m.index);
  for (const form of ONSET_FORMS) {
    for (const m of matches(text, form)) {
      const age = Number(m[1]);
      if (!(age > 0 && age < 100) || !aboutThePain(m)) continue;
      const s = m.index + m[0].lastIndexOf(m[1]);
      out.push({ feature: 'onset_age', start: m.index, end: s + m[1].length, value: age });
    }
  }
  for (const m of matches(text, ONSET_DECADE)) {
    if (aboutThePain(m)) out.push({ feature: 'onset_age', start: m.index, end: m.index + m[0].length, value: decadeAge(m[1], m[2]) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "started in her teens", "onset in his early twenties", "since his mid-30s". */
const ONSET_DECADE = re(
  `(?<![\\w])(?:onset|began|begun|started|start|beginning|came on|since)\\s+(?:[a-z]+ly\\s+)?(?:in|during)?\\s*(?:his|her|my|their|the)\\s+(?:(early|mid|late)[- ]?)?(teens|twenties|thirties|forties|fifties|sixties|[2-6]0'?s)(?![\\w])`,
);
const DECADES: Record<string, number> = { teens: 10, twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60 };

/** A decade as an age for the onset criteria (before 40 or not): early/mid/late teens 13/15/18, twenties 22/25/28. */
function decadeAge(part: string | undefined, decade: string): number {
  const base = DECADES[decade.toLowerCase()] ?? Number(decade.slice(0, 2));
  const within = (part ?? 'mid').toLowerCase() as 'early' | 'mid' | 'late';
  return base === 10 ? { early: 13, mid: 15, late: 18 }[within] : base + { early: 2, mid: 5, late: 8 }[within];
}

// ── Morning stiffness minutes ──────────────────────────────────────────────────────────
/** "three-quarters of an hour", "a quarter of an hour". */
const QUARTERS = re(`(?<![\\w])(three[- ]quarters|(?:a|one)\\s+quarter)\\s+of\\s+an\\s+hour(?![\\w])`);
/** "an hour and a half", "a good hour and a half", "one hour and half", "2 and a half hours", "an hour and a quarter" (read before plain forms). */
const HOUR_AND_HALF = re(`(?<![\\w])(?:(an?|one|\\d{1,2})\\s+)(?:(?:good|solid|full)\\s+)?(?:hours?\\s+and\\s+(?:a\\s+)?(?:half|quarter)|and\\s+a\\s+(?:half|quarter)\\s+hours?)(?![\\w])`);
const MINUTES = re(`(?<![\\w])(?:${Q}\\s?|for\\s+(?:the\\s+first\\s+)?|first\\s+)*(${NUM})\\+?\\s?-?\\s?(${MINUTE_UNIT})(?![\\w])`);

/** The first time span ("about an hour", "~45 min", ">1 hr") in text[from, to). */
export function readMinutes(text: string, from: number, to: number): ValueMention | undefined {
  HOUR_AND_HALF.lastIndex = from;
  const half = HOUR_AND_HALF.exec(text);
  const halfHit = half && half.index < to ? half : null;
  QUARTERS.lastIndex = from;
  const quarter = QUARTERS.exec(text);
  if (quarter && quarter.index < to && (!halfHit || quarter.index < halfHit.index)) {
    const plainFirst = readPlainMinutes(text, from, quarter.index);
    if (!plainFirst) return { feature: 'morning_stiffness_minutes', start: quarter.index, end: quarter.index + quarter[0].length, value: /^three/i.test(quarter[1]) ? 45 : 15 };
  }
  const plain = readPlainMinutes(text, from, to);
  if (halfHit && (!plain || halfHit.index < plain.end)) {
    const hours = /^\d/.test(halfHit[1]) ? Number(halfHit[1]) : 1;
    const part = /quarter/i.test(halfHit[0]) ? 0.25 : 0.5;
    return { feature: 'morning_stiffness_minutes', start: halfHit.index, end: halfHit.index + halfHit[0].length, value: Math.round((hours + part) * 60) };
  }
  return plain;
}

/** "more than", ">", "over" right before a number: it is a lower bound; "less than", "<", "under": an upper one. */
const ABOVE = /(?:(?<![\w])(?:over|more than|greater than|longer than|in excess of)|>)\s*$/i;
const BELOW = /(?:(?<![\w])(?:under|less than|shorter than|below)|<)\s*$/i;

function boundBefore(text: string, numberStart: number): ValueBound | undefined {
  const before = text.slice(Math.max(0, numberStart - 16), numberStart);
  return ABOVE.test(before) ? 'above' : BELOW.test(before) ? 'below' : undefined;
}

function readPlainMinutes(text: string, from: number, to: number): ValueMention | undefined {
  MINUTES.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = MINUTES.exec(text)) && m.index < to) {
    const n = parseNumber(m[1]);
    const f = unitFactor(MINUTE_UNITS, m[2]);
    if (n === undefined || f === undefined) continue;
    const minutes = Math.round(n * f);
    if (minutes <= 0 || minutes > 24 * 60) continue;
    const bound = boundBefore(text, m.index + m[0].lastIndexOf(m[1]));
    return { feature: 'morning_stiffness_minutes', start: m.index, end: m.index + m[0].length, value: minutes, ...(bound ? { bound } : {}) };
  }
  return undefined;
}

// ── Results read as numbers: CRP/ESR, temperature, Schober ─────────────────────────────
const CRP = re(`(?<![\\w])(hs-?crp|crp|c-reactive protein|esr|sed(?:imentation)? rate)(?:\\s+(?:was|is|of|today|level|now))*\\s*[:=]?\\s*(\\d{1,3}(?:\\.\\d+)?)\\s*(mg/l|mg/dl|mm/hr?|mm)?(?:\\s*\\(([^)]{0,40})\\))?`);
const HIGH = /(?:^|[\s,(])(?:h|high|elevated|raised|↑|abnormal|mildly raised|markedly raised)(?:$|[\s,)])/i;
const NORMAL = /(?:^|[\s,(])(?:nl|normal|wnl|n|within normal limits)(?:$|[\s,)])/i;

/** Inflammatory markers with a value: flagged high/normal, else against the reference or usual limits. */
export function readInflammatoryMarkers(text: string, age?: number, sex?: Sex): ValueMention[] {
  const out: ValueMention[] = [];
  for (const m of matches(text, CRP)) {
    const analyte = m[1].toLowerCase();
    const value = Number(m[2]);
    const unit = (m[3] ?? '').toLowerCase();
    const note = m[4] ?? '';
    let status: Status;
    if (HIGH.test(note)) status = 'present';
    else if (NORMAL.test(note)) status = 'absent';
    else {
      const ref = /(?:ref|nl|normal|<)\s*<?\s*(\d+(?:\.\d+)?)/i.exec(note);
      let limit: number;
      if (ref) limit = Number(ref[1]);
      else if (analyte.startsWith('esr') || analyte.startsWith('sed')) {
        limit = age === undefined ? 20 : Math.max(20, sex === 'female' ? (age + 10) / 2 : age / 2);
      } else limit = unit === 'mg/dl' ? 0.5 : 5;
      status = value > limit ? 'present' : 'absent';
    }
    out.push({ feature: 'elevated_crp', start: m.index, end: m.index + m[0].length, status });
  }
  return out;
}

const TEMP = re(`(?<![\\w])(?:t|temp|temps|temperature|temperatures|tmax|t max|t-max)\\.?\\s*[:=]?\\s*(?:of\\s+|was\\s+|is\\s+|to\\s+|up to\\s+|as high as\\s+|reaching\\s+)?(\\d{2,3}(?:\\.\\d)?)\\s*°?\\s*([cf])?(?![\\w])`);

/** Recorded temperatures: ≥ 38 °C (100.4 °F) is fever, < 37.5 °C documents its absence. */
export function readTemperatures(text: string): ValueMention[] {
  const out: ValueMention[] = [];
  for (const m of matches(text, TEMP)) {
    let c = Number(m[1]);
    if ((m[2] ?? '').toLowerCase() === 'f' || c > 45) c = ((c - 32) * 5) / 9;
    if (c < 30 || c > 45) continue;
    const status: Status | undefined = c >= 38 ? 'present' : c < 37.5 ? 'absent' : undefined;
    if (status) out.push({ feature: 'fever', start: m.index, end: m.index + m[0].length, status });
  }
  return out;
}

const BLADDER_VOLUME = re(
  `(?<![\\w])(?:bladder\\s+scan(?:ned)?|pvr|post[- ]void\\s+residual(?:\\s+volume)?|post[- ]void(?:\\s+volume)?|residual(?:\\s+(?:volume|urine))?)\\s*(?:of|:|=|-|showed|shows|revealed|was|is)?\\s*(?:~|approx\\.?\\s*|about\\s+)?(\\d{1,4})\\s*(?:ml|mls|cc)(?![\\w])`,
);

const PRE_VOID = /\bpre[- ]?void|\b(?:before|prior to) (?:void|micturi|passing urine)/i;

/**
 * A measured residual (bladder scan, post-void residual): 200 mL or more is retention, under 100
 * mL documents its absence, in between is to be checked again. A measurement is read as it
 * stands, whatever hedge the sentence has ("possible retention - bladder scan 650 ml").
 */
export function readBladderVolume(text: string): ValueMention[] {
  const out: ValueMention[] = [];
  for (const m of matches(text, BLADDER_VOLUME)) {
    // A scan before voiding measures a full bladder, not a residual.
    if (PRE_VOID.test(text.slice(Math.max(0, m.index - 20), m.index + m[0].length + 25))) continue;
    const ml = Number(m[1]);
    const status: Status = ml >= 200 ? 'present' : ml < 100 ? 'absent' : 'uncertain';
    out.push({ feature: 'urinary_retention', start: m.index, end: m.index + m[0].length, status });
  }
  return out;
}

const SCHOBER = re(`(?<![\\w])(?:modified\\s+|mod\\.?\\s+)?schober(?:'s)?(?:\\s+test)?\\s*[:=]?\\s*(?:of\\s+)?(\\d{1,2}(?:\\.\\d+)?)\\s*cm(?:\\s*(?:increase|excursion|distraction))?(?:\\s*\\(([^)]{0,40})\\))?`);
const RESTRICTED = /\b(?:reduced|restricted|limited|decreased|abnormal|positive)\b/i;

/** Schober with a value: an increase under 5 cm is restricted unless the note says otherwise. */
export function readSchober(text: string): ValueMention[] {
  const out: ValueMention[] = [];
  for (const m of matches(text, SCHOBER)) {
    const note = m[2] ?? '';
    const status: Status = RESTRICTED.test(note) ? 'present' : NORMAL.test(note) ? 'absent' : Number(m[1]) < 5 ? 'present' : 'absent';
    out.push({ feature: 'schober_restricted', start: m.index, end: m.index + m[0].length, status });
  }
  return out;
}

// ── Weight now against weight before ──────────────────────────────────────────────────
const WEIGHT_WORD = '(?<![\\w])(?:weight|wt|weighs|weighed|weighing)(?![\\w])[^.;\\n\\d]{0,30}?';
const W = (unit: string) => `(\\d{2,3}(?:\\.\\d{1,2})?)\\s?${unit}`;
const UNIT = '(kg|kgs|kilos?|kilograms?|lbs?|pounds)(?![\\w])';
/** "Weight 63 kg, down from 70 kg", "Wt: 63.4 kg today vs 70.1 kg in December", "weighs 63 kg (70 kg in March)", "up from". */
const WEIGHT_NOW_THEN = re(
  `${WEIGHT_WORD}${W(UNIT)}(?:\\s*(?:today|now|currently|this visit))?\\s*[,;]?\\s*(?:\\(|(?:down|up) from|(?:a )?(?:drop|fall|loss|gain|rise) (?:of \\d{1,2}(?:\\.\\d)?\\s?(?:kg|lbs?|%) )?from|vs\\.?|versus|compared (?:with|to)|previously|was|from)[^.;\\n\\d]{0,20}?${W(UNIT)}`,
);
/** "weight has dropped from 70 kg to 63 kg", "wt down from 70 to 63 kg". */
const WEIGHT_FROM_TO = re(`${WEIGHT_WORD}from\\s+(\\d{2,3}(?:\\.\\d{1,2})?)(?:\\s?${UNIT})?\\s*(?:to|->|→)\\s*${W(UNIT)}`);
const KG_PER_LB = 0.4536;
/** A deliberate loss (a diet, a weight-loss drug or operation) is not unexplained, unless the note denies it. */
const INTENT = /\b(?:diet(?:s|ing|ed)?|slimming|trying to lose|intentional(?:ly)?|on purpose|deliberate(?:ly)?|semaglutide|ozempic|wegovy|tirzepatide|mounjaro|liraglutide|saxenda|orlistat|bariatric|gastric (?:band|bypass|sleeve))\b/i;
const DENIED_INTENT = /\b(?:not|no|without|never|denies)\s+(?:been\s+|any\s+|deliberately\s+|intentionally\s+)?(?:diet(?:s|ing|ed)?|trying|intentional(?:ly)?|slimming)\b/gi;

/** Anywhere in the note, a loss said to be on purpose explains the weights ("lost 18 lb over 6 months intentionally", "intentional wt loss"). */
const LOSS_ON_PURPOSE = /\b(?:intentional(?:ly)?\s+(?:wt|weight)|(?:wt|weight)[- ]loss\s+(?:is|was|has been)\s+intentional|(?:lost|losing|dropped)\b[^.;\n]{0,40}?\b(?:intentionally|on purpose|deliberately|by dieting|with (?:a )?(?:[\w-]+ )?(?:diet|dieting)|on (?:a |her |his )?(?:[\w-]+ )?diet)|trying to lose weight|weight[- ]loss (?:drugs?|medications?|injections?))\b/i;

const kg = (value: string, unit: string | undefined) => Number(value) * (/^(?:lb|pound)/i.test(unit ?? '') ? KG_PER_LB : 1);

/** The sentence around [start, end): from the last stop before it to the first after it. */
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(0, ...['.', ';', '\n'].map((c) => text.lastIndexOf(c, start - 1) + 1));
  const stops = ['. ', ';', '\n'].map((c) => text.indexOf(c, end)).filter((i) => i >= 0);
  return text.slice(from, stops.length ? Math.min(...stops) : text.length);
}

/**
 * A weight written with an earlier one: down by 5 % or more (the usual threshold for
 * "significant") and not on purpose, in its sentence or by a note-wide statement, is weight
 * loss; up by 2 % or more documents there is none; smaller changes say nothing. Units are
 * compared in kilograms ("63 kg (139 lb)" is no change).
 */
export function readWeightChange(text: string): ValueMention[] {
  const out: ValueMention[] = [];
  let onPurpose: boolean | undefined;
  const read = (m: RegExpExecArray, before: number, now: number) => {
    if (!(before > 20 && now > 20)) return;
    const drop = (before - now) / before;
    const end = m.index + m[0].length;
    onPurpose ??= LOSS_ON_PURPOSE.test(text.replace(DENIED_INTENT, ''));
    const deliberate = onPurpose || INTENT.test(sentenceAround(text, m.index, end).replace(DENIED_INTENT, ''));
    const status: Status | undefined = drop >= 0.05 ? (deliberate ? undefined : 'present') : drop <= -0.02 ? 'absent' : undefined;
    if (status) out.push({ feature: 'unexplained_weight_loss', start: m.index, end, status });
  };
  for (const m of matches(text, WEIGHT_NOW_THEN)) read(m, kg(m[3], m[4]), kg(m[1], m[2]));
  for (const m of matches(text, WEIGHT_FROM_TO)) read(m, kg(m[1], m[2] ?? m[4]), kg(m[3], m[4]));
  return out.sort((a, b) => a.start - b.start);
}
