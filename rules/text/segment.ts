import { sectionForLabel, type SectionId } from './sections';
import { gluedSign } from './signs';

/**
 * A note-aware segmenter. Splits clinical text into the units context rules work on:
 * sentences, list items, table cells and checklist answers, each tagged with its section.
 * Offsets always index the original text.
 */
export type AnswerStatus = 'present' | 'absent' | 'uncertain' | 'skip';

export interface Checklist {
  /** The question or label part ("Saddle anesthesia", "[x] Fever"), as offsets. */
  labelStart: number;
  labelEnd: number;
  answer: AnswerStatus;
  /** The answer's words ("No", "YES", "[x]") for the evidence cue. */
  cue: string;
  /** Offset where the answer starts (values such as "Yes (onset 30)" are read from here). */
  answerStart: number;
}

export interface Segment {
  start: number;
  end: number;
  section: SectionId;
  /** Mentions here belong to relatives, or are hypothetical, because of their section. */
  scope?: 'family' | 'hypothetical';
  checklist?: Checklist;
  /** "Any numbness in the groin?" — a question asks; what it names is uncertain until answered. */
  question?: boolean;
  /** "Night pain: wakes at 4 am" — a label naming what the rest of the segment describes. */
  label?: { start: number; end: number };
}

/** Longest segment the context engine sees; longer runs are split at a space. */
export const MAX_SEGMENT = 600;

const RELATIVE = /\b(?:mother|mum|mom|father|dad|brother|sister|sibling|son|daughter|aunt|uncle|cousin|grand\w*|parents?|niece|nephew|maternal|paternal|twin|relatives?|family)\b/i;
/** A sentence about the patient again, inside a family history: "FH: nil relevant. Patient has psoriasis." */
const BACK_TO_PATIENT = /^[ \t]*(?:[-*•·>]+[ \t]*)?(?:the\s+)?(?:patient|pt|he|she|himself|herself|personally)\b/i;
const HEADER = /^[ \t]*(?:[-*•·>]+[ \t]*)?([A-Za-z][A-Za-z /&'()-]{0,38}?)[ \t]*:(?!\/)/;
const BULLET = /^[ \t]*(?:[-*•·>]|\d{1,2}[.)](?=\s))[ \t]*/;
const ABBREVIATIONS = new Set([
  'dr', 'mr', 'mrs', 'ms', 'prof', 'vs', 'v', 'approx', 'e.g', 'i.e', 'eg', 'ie', 'incl', 'y.o', 'b.i.d', 't.i.d',
  'q.d', 'p.o', 'st', 'no', 'wt', 'hx', 'pt', 'fig', 'ca', 'jr', 'sr', 'mt', 'etc', 'ref', 'approx', 'esp', 'cf', 'poss', 'prob',
]);

/** Yes, including a qualified yes: "a bit, yes", "a little", "slightly". */
const YES = /^(?:yes|yeah|yep|yup|aye|y|positive|pos|present|endorses|confirmed|true|\+ve|\(\+\)|\+|a (?:bit|little)|slightly|somewhat)(?![\w+])/i;
const NO = /^(?:(?:ok|okay|fine)(?=\s*(?:[.,;)]|$))|no|n|negative|neg|none|nil|denies|denied|absent|not present|normal|intact|nad|wnl|continent|regular|unchanged|(?:opened|opening|open|working) normally|-ve|\(-\)|-|—|–)(?![\w-])/i;
/** A speaker or label before a question: "Call handler: Any numbness?" */
const SPEAKER = /^[ \t]*[A-Za-z][A-Za-z .'-]{0,30}:\s*/;
const QUESTION = /^\s*(?:any|do|does|did|is|are|was|were|has|have|had|could|can|should|would|will|how|what|when|where|why|which)\b[^?]*\?\s*$/i;
/** Unsure, or not looked at: "not assessed" leaves the item to ask or examine, it neither finds nor excludes it. */
const UNSURE =
  /^(?:maybe|possibly|unsure|not sure|hard to tell|don'?t know|unknown|uncertain|not (?:formally |yet )?(?:assessed|examined|tested|checked|done|performed|asked|elicited)|unable to assess|n\/a|declined|\?)(?![\w])/i;
const CHECKBOX = /^[ \t]*(?:[-*•][ \t]*)?\[([ xX✓✔*]?)\][ \t]*/;

/** A yes, no or unsure answer at the start of a text, or null. */
const answerAt = (text: string) => YES.exec(text) ?? NO.exec(text) ?? UNSURE.exec(text);

/** Splits `text` into segments. Pure and linear in the length of the text. */
export function segment(text: string): Segment[] {
  const out: Segment[] = [];
  let section: SectionId = 'body';
  let scope: Segment['scope'];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    if (!line.trim()) {
      // A blank line ends a section's special scope (family history, precautions).
      scope = undefined;
      if (section === 'fhx' || section === 'precautions') section = 'body';
    } else {
      const header = HEADER.exec(line);
      const def = header ? sectionForLabel(header[1], true) : undefined;
      if (def) {
        section = def.id;
        scope = def.scope;
      } else if (header && scope && !RELATIVE.test(header[1])) {
        // "Systemic enquiry: no fevers" after a family history is the patient again; only a
        // relative's own label ("Mother: ...") continues the family section.
        scope = undefined;
        section = 'body';
      }
      const qa = line.length <= MAX_QA_LINE ? QA.exec(line) : null;
      if (qa) {
        out.push(questionAndAnswer(lineStart, line, qa, section, scope));
        if (lineEnd >= text.length) break;
        lineStart = lineEnd + 1;
        continue;
      }
      for (const cell of cells(line, lineStart)) {
        for (const [s, e] of sentences(text, cell[0], cell[1])) {
          if (scope === 'family' && BACK_TO_PATIENT.test(text.slice(s, Math.min(e, s + 40)))) {
            scope = undefined;
            section = 'body';
          }
          for (const [p, q] of answerPairs(text, s, e)) {
            for (const [a, b] of capped(text, p, q)) {
              out.push(makeSegment(text, a, b, section, scope));
            }
          }
        }
      }
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  answerQuestions(text, out);
  return out;
}

function makeSegment(text: string, start: number, end: number, section: SectionId, scope: Segment['scope']): Segment {
  const seg: Segment = { start, end, section, scope };
  const raw = text.slice(start, end);
  // A header that opens a sentence mid-line ("... FHx: uncle with AS.") applies to that sentence.
  const header = HEADER.exec(raw);
  if (header) {
    const def = sectionForLabel(header[1], false);
    if (def) {
      seg.section = def.id;
      seg.scope = def.scope;
    }
  }
  const checklist = readChecklist(raw, start);
  if (checklist) seg.checklist = checklist;
  else if (QUESTION.test(raw.replace(SPEAKER, ''))) seg.question = true;
  else if (header) seg.label = { start: start + raw.indexOf(header[1]), end: start + raw.indexOf(header[1]) + header[1].length };
  return seg;
}

/** What a label of a label–answer pair is made of ("Saddle anaesthesia", "Red flags - retention"). */
const PAIR_LABEL = /^[ \t]*[A-Za-z][A-Za-z /&'()-]{0,60}$/;
const PAIR_SEPARATOR = /[ \t]*(?::|[ \t][-–—][ \t])[ \t]*/g;
const MAX_PAIRS_SENTENCE = 2_000;
/** A heading in front of a run of pairs ("Red flags: …", "ROS: …"). */
const LEAD_LABEL = /^[ \t]*[A-Za-z][A-Za-z /&'()-]{0,40}:[ \t]*/;

/** Does a "Label: answer" or "Label - answer" pair (the answer yes, no or unsure) start at `at`? */
function pairAt(raw: string, at: number): boolean {
  const head = raw.slice(at, at + 80);
  PAIR_SEPARATOR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PAIR_SEPARATOR.exec(head))) {
    if (!PAIR_LABEL.test(head.slice(0, m.index))) return false;
    const rest = raw.slice(at + m.index + m[0].length, at + m.index + m[0].length + 20);
    if (answerAt(rest)) return true;
  }
  return false;
}

/**
 * "Fever: no; weight loss: yes, night sweats: no" — a sentence that is a run of label–answer
 * pairs (after a heading of its own, if any) is cut at the comma, semicolon or wide space before
 * each label, so that each answer speaks for its own label only (otherwise the first pair is the
 * checklist and the rest of the answers are read as prose around it).
 */
function answerPairs(text: string, start: number, end: number): Array<[number, number]> {
  const raw = text.slice(start, end);
  if (raw.length > MAX_PAIRS_SENTENCE || !/[;,]| {2}/.test(raw) || !/:|\s[-–—]\s/.test(raw)) return [[start, end]];
  // The run may follow a heading of its own: "ROS: fever - no; saddle anaesthesia - no".
  const lead = pairAt(raw, 0) ? 0 : (LEAD_LABEL.exec(raw)?.[0].length ?? -1);
  if (lead < 0 || (lead > 0 && !pairAt(raw, lead))) return [[start, end]];
  const out: Array<[number, number]> = lead ? [[start, start + lead]] : [];
  let from = lead;
  for (let i = lead; i < raw.length; i++) {
    // A pair starts after a comma, a semicolon or a wide space ("Fever: N  Wt loss: N").
    if (raw[i] !== ';' && raw[i] !== ',' && !(raw[i] === ' ' && raw[i + 1] === ' ' && raw[i - 1] !== ' ')) continue;
    let j = i + 1;
    while (raw[j] === ' ' || raw[j] === '\t') j++;
    if (j < raw.length && pairAt(raw, j)) {
      out.push([start + from, start + (raw[i] === ' ' ? i : i + 1)]);
      from = j;
    }
  }
  out.push([start + from, end]);
  return out;
}

/** "Caller: No, just the left." — a reply on the next line, after an optional speaker label. */
const REPLY = /^[ \t]*(?:(?:caller|patient|pt|answer|reply|response|a|mother|father|wife|husband|partner|carer|daughter|son)\s*[:\-]\s*)?[.…\s]*(?:(?:actually|well|um+|uh+|erm+|oh|hmm+)[,.]?\s+)*/i;

/** A question whose answer is the next line (call transcripts, chat) or follows a dash: the answer decides it. */
function answerQuestions(text: string, segments: Segment[]): void {
  for (let k = 0; k + 1 < segments.length; k++) {
    const q = segments[k], a = segments[k + 1];
    if (!q.question || q.checklist) continue;
    // The reply is on the next line, or after a dash on the same one ("Any history of cancer? – no.").
    const reply = text.slice(a.start, a.end);
    const sameLine = !/\n/.test(text.slice(q.end, a.start));
    if (sameLine && !/^[-–—]/.test(reply)) continue;
    const found = answerAfter(reply, sameLine ? 0 : (REPLY.exec(reply)?.[0].length ?? 0));
    if (!found) continue;
    q.checklist = { labelStart: q.start, labelEnd: q.end, answer: found.answer, cue: found.cue, answerStart: a.start + found.answerStart };
    q.question = false;
  }
}

/**
 * "Q: Any numbness in the groin? A: No." — a scripted question and its answer. The question
 * starts and ends with a non-space, so a long run of spaces is read once, not once per space
 * (from each end); and a line longer than MAX_QA_LINE is prose, not a scripted answer.
 */
const QA = /^[ \t]*(?:[-*•]\s*)?Q\s*[:.)]\s*(\S.*?)(?<!\s)\s+A\s*[:.)]\s*(.*)$/;
const MAX_QA_LINE = 1000;

function questionAndAnswer(lineStart: number, line: string, qa: RegExpExecArray, section: SectionId, scope: Segment['scope']): Segment {
  const qStart = lineStart + qa.index + qa[0].indexOf(qa[1]);
  const answerStart = lineStart + qa.index + qa[0].length - qa[2].length;
  const answer = qa[2];
  const status: AnswerStatus | undefined = YES.test(answer) ? 'present' : NO.test(answer) ? 'absent' : UNSURE.test(answer) ? 'uncertain' : undefined;
  const seg: Segment = { start: lineStart + (line.length - line.trimStart().length), end: lineStart + line.trimEnd().length, section, scope };
  // A question answered in free text asserts nothing by itself: its words are not findings.
  seg.checklist = { labelStart: qStart, labelEnd: qStart + qa[1].length, answer: status ?? 'skip', cue: answer.slice(0, 12), answerStart };
  return seg;
}

/** Does a "Label:" field start after the spaces at i? (Stray wide spacing in prose is not a field break.) */
const LABEL_AT = /\s*[A-Za-z][A-Za-z /&'()-]{0,40}:/y;
function labelAt(line: string, i: number): boolean {
  LABEL_AT.lastIndex = i;
  return LABEL_AT.test(line);
}

/**
 * labelAt for each position of a line in turn: inside one run of whitespace the answer is the
 * same (the run is skipped to its end either way), so it is found once per run, not once per
 * space, which would read a long run of spaces again from every position in it.
 */
function labelAtCached(): (line: string, i: number) => boolean {
  let runStart = -1;
  let runEnd = -1;
  let answer = false;
  return (line, i) => {
    if (i < runStart || i >= runEnd) {
      runStart = i;
      runEnd = i;
      while (runEnd < line.length && /\s/.test(line[runEnd])) runEnd++;
      answer = labelAt(line, i);
    }
    return answer;
  };
}

/** A tick box anywhere in a line. */
const BOX = /\[[ xX✓✔*]?\]/g;

/**
 * A mark after a label: "Fever ✓", "Weight loss ✗", "Retention [Y]", "Saddle anaesthesia [N]". Not
 * "[ ]" or "[x]": those come before their label ("How did it start? [ ] Fall [x] Lifting").
 */
const MARK = /\[[ \t]*[YyNn][ \t]*\]|[✓✔✗✘☑☒]/g;
const MARK_SIGN = /[✓✔✗✘☑☒]/;

/**
 * "[ ] Fever  [x] Weight loss  [x] History of cancer": a line of tick boxes is one cell per box;
 * "Fever ✓ Weight loss ✗ Night sweats ✓": a line of labels each followed by its mark is one cell
 * per label and mark.
 */
function boxCells(line: string, offset: number): Array<[number, number]> | undefined {
  const at = [...line.matchAll(BOX)].map((m) => m.index);
  if (at.length >= 2 && /^[ \t]*(?:[-*•][ \t]*)?$/.test(line.slice(0, at[0]))) {
    return at.map((a, k) => trim(line, a, k + 1 < at.length ? at[k + 1] : line.length, offset));
  }
  const marks = [...line.matchAll(MARK)];
  if (marks.length < 2 || !/\p{L}/u.test(line.slice(0, marks[0].index))) return undefined;
  const ends = marks.map((m) => m.index + m[0].length);
  const out = ends.map((e, k) => trim(line, k ? ends[k - 1] : 0, e, offset));
  if (line.slice(ends[ends.length - 1]).trim()) out.push(trim(line, ends[ends.length - 1], line.length, offset));
  return out.filter(([a, b]) => b > a);
}

/** Table rows ("Fever | No", "fever No | wt loss No") become one cell each. */
function cells(line: string, offset: number): Array<[number, number]> {
  const boxes = line.includes('[') || MARK_SIGN.test(line) ? boxCells(line, offset) : undefined;
  if (boxes) return boxes;
  const marks = markRun(line, offset);
  if (marks) return marks;
  const out: Array<[number, number]> = [];
  // Only a templated line ("AGE: 33   SEX: MALE") splits at wide spaces: it starts with a field too.
  const templated = labelAt(line, 0);
  // A line of prose, the usual case, is one cell.
  if (!templated && !line.includes('|') && !line.includes('\t')) {
    if (line.trim()) out.push(trim(line, 0, line.length, offset));
    return out;
  }
  let s = 0;
  let seenText = false;
  const textEnd = line.trimEnd().length;
  const labelAtSpace = labelAtCached();
  for (let i = 0; i <= line.length; i++) {
    // Three or more spaces between fields of a templated line ("AGE: 33   SEX: MALE") split cells.
    const wide = templated && line[i] === ' ' && line[i + 1] === ' ' && line[i + 2] === ' ' && seenText && i < textEnd && labelAtSpace(line, i);
    if (i === line.length || line[i] === '|' || line[i] === '\t' || wide) {
      if (line.slice(s, i).trim()) out.push(trim(line, s, i, offset));
      s = i + 1;
    }
    if (i < line.length && line[i] !== ' ' && line[i] !== '\t') seenText = true;
  }
  // "Fever | No", "Age | 44": a bare label and its value are one pair, not two cells.
  if (out.length === 2) {
    const first = line.slice(out[0][0] - offset, out[0][1] - offset);
    const second = line.slice(out[1][0] - offset, out[1][1] - offset);
    if (first.length <= 60 && !first.includes(':') && !second.includes(':') && !readChecklist(first, 0)) return [[out[0][0], out[1][1]]];
  }
  return out;
}

/**
 * "SQs: Saddle anaes x  Bladder/bowel x  Wt loss x": items each followed by its mark, two or more
 * spaces apart, are a cell each; undefined unless every part of the line is such an item.
 */
function markRun(line: string, offset: number): Array<[number, number]> | undefined {
  if (!line.includes('  ')) return undefined;
  const out: Array<[number, number]> = [];
  const gap = /\s{2,}/g;
  let from = 0;
  for (;;) {
    const m = gap.exec(line);
    const end = m ? m.index : line.length;
    const part = line.slice(from, end);
    if (part.trim()) {
      if (!LABEL_AND_ANSWER.test(part.trim())) return undefined;
      out.push(trim(line, from, end, offset));
    }
    if (!m) break;
    from = m.index + m[0].length;
  }
  return out.length >= 2 ? out : undefined;
}

function trim(line: string, s: number, e: number, offset: number): [number, number] {
  while (s < e && /\s/.test(line[s])) s++;
  while (e > s && /\s/.test(line[e - 1])) e--;
  const cell = line.slice(s, e);
  const bullet = BULLET.exec(cell);
  if (bullet && bullet[0].length < e - s && !signedList(cell)) s += bullet[0].length;
  return [offset + s, offset + e];
}

/** A sign glued to the start of a word: "-fever", "+chills" (see ./signs.ts). */
const GLUED_SIGN = new RegExp(gluedSign('[-+]'), 'gi');

/**
 * A line of signed items, "-fever -wt loss +night sweats": its first "-" is the first item's
 * sign, not a bullet. A bullet is not repeated inside its line, so two signs make the list.
 */
function signedList(cell: string): boolean {
  return /^[-+][a-z]/i.test(cell) && (cell.match(GLUED_SIGN)?.length ?? 0) >= 2;
}

/** Sentence boundaries inside one cell: . ! ? followed by space, not after abbreviations or decimals. */
function sentences(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = start;
  // End of the run of closing punctuation after the last stop looked at: every stop inside that
  // run shares it, so a run of ten thousand dots is read once, not once per dot.
  let runEnd = -1;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    if (j < runEnd) j = runEnd;
    else {
      while (j < end && /[.!?"'”’)\]]/.test(text[j])) j++;
      runEnd = j;
    }
    if (j < end && !/\s/.test(text[j])) continue;
    // An ellipsis or a dotted leader ("HX MALIGNANCY ........ NO") does not end a sentence.
    if (c === '.' && (text[i + 1] === '.' || text[i - 1] === '.')) continue;
    if (c === '.' && isAbbreviation(text, s, i)) continue;
    // "?" directly before a word inside a sentence ("?saddle numbness") is a hedge, not an end.
    if (c === '?' && j < end && i > s && /\w/.test(text[i + 1] ?? '')) continue;
    // So is a "?" that opens a clause ("LBP, ? saddle numbness", "Exam: ? CES"): nothing precedes it to end.
    if (c === '?' && j < end && opensClause(text, s, i)) continue;
    // "Any numbness? No." is one question-and-answer unit.
    if (c === '?' && /^\s*(?:yes|no|y|n|denies|denied|negative|none|nil|not sure|unsure|unknown|maybe)\b/i.test(text.slice(j, j + 12))) continue;
    if (j >= end) break;
    out.push([s, j]);
    s = j;
    while (s < end && /\s/.test(text[s])) s++;
    i = s - 1;
  }
  if (s < end) out.push([s, end]);
  return out;
}

/** Only spaces lie between `pos` and the segment start or a preceding , : ; ( */
function opensClause(text: string, segStart: number, pos: number): boolean {
  let k = pos;
  while (k > segStart && (text[k - 1] === ' ' || text[k - 1] === '\t')) k--;
  return k === segStart || /[,:;(]/.test(text[k - 1]);
}

function isAbbreviation(text: string, segStart: number, dot: number): boolean {
  let k = dot;
  while (k > segStart && /[A-Za-z.]/.test(text[k - 1])) k--;
  const word = text.slice(k, dot).toLowerCase();
  if (!word) return false;
  // "No." abbreviates "number" only before one ("No. 5"); otherwise it is an answer that ends a sentence.
  if (word === 'no') return /^\s*#?\d/.test(text.slice(dot + 1, dot + 4));
  if (ABBREVIATIONS.has(word)) return true;
  // Single letters ("L.", "R.", initials) and dotted forms ("y.o") do not end sentences — but a
  // unit's last letter does ("CRP 31 mg/L. XR normal.").
  // "L." and "R." after a finding are sides that end the sentence ("thigh thrust positive R. SLR …").
  if (/^[lr]$/.test(word)) return false;
  // So do "Y." and "N." after a label, a checklist's answers ("Saddle anaes N. Bladder N.").
  if (/^[yn]$/.test(word) && k - 2 >= segStart && /\s/.test(text[k - 1]) && /[A-Za-z0-9)]/.test(text[k - 2])) return false;
  if (/^[a-z]$/.test(word)) return k === segStart || /\s/.test(text[k - 1]);
  return /^([a-z]\.)+[a-z]$/.test(word);
}

/** Splits a run longer than MAX_SEGMENT at spaces, so a megabyte line cannot stall the engine. */
function capped(text: string, start: number, end: number): Array<[number, number]> {
  if (end - start <= MAX_SEGMENT) return [[start, end]];
  const out: Array<[number, number]> = [];
  let s = start;
  while (end - s > MAX_SEGMENT) {
    // The last space in the second half of the window (a search no farther back: a megabyte
    // without spaces must not be rescanned for every cut).
    let cut = s + MAX_SEGMENT;
    while (cut > s + MAX_SEGMENT / 2 && text[cut] !== ' ') cut--;
    if (cut <= s + MAX_SEGMENT / 2) cut = s + MAX_SEGMENT;
    out.push([s, cut]);
    s = cut;
    while (s < end && text[s] === ' ') s++;
  }
  if (s < end) out.push([s, end]);
  return out;
}

/**
 * Quick tests that a segment can hold a "Label: answer" or end with a bare answer: most
 * sentences do neither, and the full patterns below try every length of label first.
 */
const HAS_SEPARATOR = /[:?|…]|\.\.\.|___|---/;
/** A bare answer or mark that ends a cell: "fever No", "Saddle anaesthesia  N", "Fever ✓", "Retention [Y]". */
const BARE_ANSWER = String.raw`yes|no|neg|pos|y|n|x|\[[ \t]*[yn✓✔✗✘x]?[ \t]*\]|[✓✔✗✘☑☒]`;
/** The end of a cell after its answer, which a short remark in brackets may follow: "Trauma N (lifting only)." */
const CELL_END = String.raw`[ \t]*(?:\([^()]{0,60}\)[ \t]*)?(?:[.;,][ \t]*)?$`;
const ENDS_WITH_ANSWER = new RegExp(String.raw`[ \t](?:${BARE_ANSWER})${CELL_END}`, 'i');
const LABEL_AND_ANSWER = new RegExp(String.raw`^(.{2,60}?)[ \t]+(${BARE_ANSWER})${CELL_END}`, 'i');

/**
 * Checklist answers: "[x] Fever", "[ ] fever", "Saddle anesthesia: No", "Fever | No",
 * "fever No", "Any numbness? Yes — ...". The answer decides the status of what the label names.
 */
export function readChecklist(raw: string, offset: number): Checklist | undefined {
  const box = CHECKBOX.exec(raw);
  if (box) {
    const checked = box[1].trim() !== '';
    return {
      labelStart: offset + box[0].length,
      labelEnd: offset + endOfLabel(raw, box[0].length),
      answer: checked ? 'present' : 'skip',
      cue: `[${box[1]}]`,
      answerStart: offset + box[0].length,
    };
  }
  // "Label: answer", "Label? answer", "Label | answer", "Label? – no": the answer opens what follows.
  const sep = HAS_SEPARATOR.test(raw) ? /^(.{2,80}?)[ \t]*(?::|\?|\||\.{3,}|_{3,}|-{3,}|…+)[ \t]*/.exec(raw) : null;
  if (sep) {
    const found = answerAfter(raw, sep[0].length);
    if (found) return { labelStart: offset, labelEnd: offset + sep[1].length, ...found, answerStart: offset + found.answerStart };
    // A heading first: "RISK FACTORS: IVDU: denies".
    const second = SECOND_LABEL.exec(raw.slice(sep[0].length));
    const later = second && answerAfter(raw, sep[0].length + second[0].length);
    if (later) return { labelStart: offset, labelEnd: offset + sep[0].length + second[1].length, ...later, answerStart: offset + later.answerStart };
  }
  // "Fever - denies.", "Bladder/bowel - normal": a dash pair, when the answer is all that follows
  // ("Leg pain - no radiation" says nothing about the leg pain).
  const dash = DASH_PAIR.exec(raw);
  if (dash && !/\b(?:no|not|denies|with|without)\b/i.test(dash[1])) {
    const found = answerAfter(raw, dash[0].length);
    if (found && WHOLE_ANSWER_END.test(raw.slice(found.answerStart + found.cue.length))) {
      return { labelStart: offset, labelEnd: offset + dash[1].length, ...found, answerStart: offset + found.answerStart };
    }
  }
  // Cell-final bare answer: "fever No", "wt loss No", a screen's "Saddle anaesthesia  N".
  const tail = ENDS_WITH_ANSWER.test(raw) ? LABEL_AND_ANSWER.exec(raw) : null;
  if (tail && tail[1].split(/\s+/).length <= 6 && !/\b(?:no|not|denies|with|without)\b/i.test(tail[1])) {
    const answerStart = offset + raw.lastIndexOf(tail[2]);
    return {
      labelStart: offset,
      labelEnd: offset + tail[1].length,
      answer: markAnswer(tail[2]),
      cue: tail[2],
      answerStart,
    };
  }
  return undefined;
}

/** The label after a heading's colon: "IVDU: " in "RISK FACTORS: IVDU: denies". */
const SECOND_LABEL = /^([A-Za-z][A-Za-z /&'()-]{0,40}?)[ \t]*:[ \t]*/;
/** "Fever - denies": a label, then a spaced dash. */
const DASH_PAIR = /^(.{2,60}?)[ \t]+[-–—][ \t]+/;
/** After a whole answer only a full stop or a comma may follow. */
const WHOLE_ANSWER_END = /^[ \t]*(?:[.;,!][ \t]*)?$/;

/**
 * The answer after a dash at raw[at…] ("Any history of cancer? – no", "Saddle numbness: - yes"),
 * or else the one that opens it ("no", "yes, since Monday", a lone "-"); where it starts (in raw)
 * and what it says. The dash is tried first: "- yes" is a yes, not the dash's "no".
 */
function answerAfter(raw: string, at: number): { answer: Checklist['answer']; cue: string; answerStart: number } | undefined {
  const dash = /^[-–—][ \t]+/.exec(raw.slice(at));
  let start = dash ? at + dash[0].length : at;
  let m = answerAt(raw.slice(start));
  // A dash with nothing after it is itself the answer ("Fever: - "); before words it is not ("- wife does not know").
  if (!m && dash && !raw.slice(start).trim()) m = answerAt(raw.slice((start = at)));
  if (!m) return undefined;
  const rest = raw.slice(start);
  return { answer: YES.test(rest) ? 'present' : NO.test(rest) ? 'absent' : 'uncertain', cue: m[0], answerStart: start };
}

/** A bare answer or a mark after a label: yes, a tick or a cross in a box is present; no or a cross is absent; an empty box says nothing. */
function markAnswer(answer: string): Checklist['answer'] {
  const inner = answer.replace(/^\[[ \t]*|[ \t]*\]$/g, '');
  if (answer.startsWith('[')) return /^[yx✓✔]$/i.test(inner) ? 'present' : /^[n✗✘]$/i.test(inner) ? 'absent' : 'skip';
  // A bare "x" is a cross to some and a tick to others: asked about.
  if (/^x$/i.test(inner)) return 'uncertain';
  return /^(?:yes|pos|y|✓|✔|☑)$/i.test(inner) ? 'present' : 'absent';
}

function endOfLabel(raw: string, from: number): number {
  const m = /\s(?:-|–|—)\s|[:;(]/.exec(raw.slice(from));
  return m ? from + m.index : raw.length;
}
