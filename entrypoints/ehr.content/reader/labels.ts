/**
 * What chart labels look like, as data: the words EHRs and clinicians use for the chief
 * complaint and the history of present illness, the other note sections that end them,
 * placeholders that mean "not filled in", and the shapes of age and sex in patient banners.
 */

export type Part = 'chiefComplaint' | 'hpi';
/** A section label's meaning: one of ours, or another note section (it ends ours). */
export type LabelKind = Part | 'other';

/** Labels (lower case, without trailing colon or number) that name the chief complaint. */
export const CC_LABELS: readonly string[] = [
  'cc', 'c/c', 'chief complaint', 'chief complaints', 'chief concern', 'chief concerns',
  'reason for visit', 'reason for visits', 'reason for appointment', 'reason for encounter',
  'reason for consultation', 'reason for consult', 'reason for presentation', 'reason for today\'s visit',
  'visit reason', 'visit reasons', 'presenting complaint', 'presenting complaints', 'presenting problem',
  'presenting concern', 'complaint', 'main complaint', 'primary complaint',
];

/** Labels that name the history of present illness. */
export const HPI_LABELS: readonly string[] = [
  'hpi', 'history of present illness', 'history of the present illness', 'history of presenting illness',
  'history of presenting complaint', 'history of present complaint', 'history of the presenting complaint',
  'hpc', 'present illness', 'subjective', 'interval history', 'cc/hpi', 'cc & hpi', 'hpi/cc',
];

/** Single-letter SOAP headers count only at the start of a note line ("S: ..."). */
export const HPI_LINE_START_LABELS: readonly string[] = ['s'];

/** Other note sections: a CC or HPI ends where one of these begins. */
export const OTHER_SECTION_LABELS: readonly string[] = [
  'ros', 'review of systems', 'systems review', 'pmh', 'pmhx', 'past medical history', 'medical history',
  'past history', 'psh', 'pshx', 'past surgical history', 'surgical history', 'fh', 'fhx', 'family history',
  'sh', 'shx', 'social history', 'meds', 'medications', 'current medications', 'current meds', 'medication list',
  'allergies', 'allergy', 'exam', 'examination', 'physical exam', 'physical examination', 'pe', 'objective',
  'o', 'vitals', 'vital signs', 'vs', 'assessment', 'impression', 'a', 'a/p', 'a&p', 'assessment and plan',
  'assessment & plan', 'assessment/plan', 'plan', 'p', 'diagnosis', 'diagnoses', 'dx', 'labs', 'results',
  'imaging', 'orders', 'problem list', 'problems', 'active problems', 'follow up', 'follow-up', 'disposition',
  'patient instructions', 'instructions', 'education', 'procedures', 'immunizations', 'screening',
  'health maintenance', 'mdm', 'medical decision making', 'signature', 'signed', 'electronically signed by',
  'attestation', 'return precautions', 'chart review',
];

/** Words in id/name/class attributes that hint at a field's meaning (after camelCase/snake split). */
export const CC_FIELD_HINT = /(?:^|[^a-z0-9])(?:cc\d?|chief[^a-z0-9]?complaints?\d?|chiefcomplaint\d?|reason(?:[^a-z0-9]?for[^a-z0-9]?visit)?\d?|visit[^a-z0-9]?reason|presenting[^a-z0-9]?complaint|rfv)(?:[^a-z0-9]|$)/;
export const HPI_FIELD_HINT = /(?:^|[^a-z0-9])(?:hpi\d?|present[^a-z0-9]?illness|history[^a-z0-9]?of[^a-z0-9]?present(?:[^a-z0-9]?illness)?|subjective)(?:[^a-z0-9]|$)/;

/** Encounter headings that carry the visit reason: "Office Visit - Low back pain". */
export const VISIT_HEADING =
  /^(?:office visit|clinic visit|telephone encounter|telehealth visit|video visit|virtual visit|telemedicine visit|new patient visit|established patient visit|follow[- ]up visit|urgent care visit|walk[- ]in visit|annual visit|visit|encounter|appointment)\s*[-–—:|]\s*(.{2,200})$/i;

/** Field values that mean "nothing entered". */
export const PLACEHOLDER_VALUE =
  /^(?:[*_.?\-–—=~•·]+|\(\s*(?:none|n\/?a|blank|empty|unknown|not entered)\s*\)|n\/?a|none|null|undefined|nil|tbd|not recorded|not documented|not entered|no data|no value|select\.*|choose\.*|-- ?select ?--|@[a-z0-9_]+@|\{[^{}]{0,60}\}|\[[^[\]]{0,60}\]|<[^<>]{0,60}>|(?:click|tap) here to [^.]{0,40}\.?|(?:enter|type) (?:the |a |your )?(?:[a-z ]{0,30})(?:here)?(?:\.\.\.|…)?)$/i;

/** "cc: Dr. Lee; jane@clinic.org" is a copy list (carbon copy), not a chief complaint. */
export const RECIPIENTS = /@|^(?:dr|doctor|prof)\.?\s|,\s*(?:md|do|np|pa|pa-c|rn|mbbs|frcp)\b|\b(?:md|do)\s*(?:[;,]|$)/i;
/** "Office Visit - Family Medicine": a department or provider, not a reason. */
export const NOT_A_REASON = /\b(?:medicine|clinic|department|dept|pediatrics|paediatrics|cardiology|orthop(?:a)?edics|surgery|center|centre|hospital|practice|associates|provider|with dr\.?|ward|unit)\b/i;

/** SmartText wildcards, possibly after a short label on the same line ("Severity: ***"). */
export const WILDCARD = /\*{3,}/;
export const LABELLED_WILDCARD = /(^|[.;,]\s*|\s)[A-Z][A-Za-z/&'()-]*(?: [A-Za-z/&'()-]+){0,3}:\s*\*{3,}/g;

// Age and sex, as written in banners. "Segments" are the pieces of a banner between
// separators (| · • , ; parentheses, line breaks); some patterns must be a whole segment.
const AGE_UNIT = String.raw`(?:y\.?\s?o\.?|y/o|yrs?\.?|years?(?:[\s-]old)?|year-old|yo|y)`;
const SEX_WORD = String.raw`(male|female|man|woman|m|f)`;

/** A whole segment that is an age: "34 yrs", "67 yo", "45 y.o.", "Age: 44", "Age 44 years". */
export const SEGMENT_AGE = new RegExp(String.raw`^(?:age\s*[:：]?\s*(\d{1,3})(?:\s*${AGE_UNIT})?|(\d{1,3})\s*${AGE_UNIT})\.?$`, 'i');
/** A whole segment that is a sex: "Female", "Male", "Sex: F", "Gender: Female". */
export const SEGMENT_SEX = /^(?:(?:sex|gender|legal sex|sex assigned at birth|birth sex|administrative sex)\s*[:：]?\s*(male|female|m|f)|(male|female))\.?$/i;
/** A whole segment with both: "45 y.o. F", "45 yo female", "45/F", "F/45", "Female, 45 yrs". */
export const SEGMENT_AGE_SEX = new RegExp(
  String.raw`^(?:(\d{1,3})\s*(?:${AGE_UNIT}\s*[,/]?|/)\s*${SEX_WORD}|${SEX_WORD}\s*(?:[,/]\s*|\s+)(\d{1,3})\s*(?:${AGE_UNIT})?)\.?$`,
  'i',
);
/** Labelled forms that are safe anywhere in a line: "Age: 44", "Sex: Female". */
export const LABELLED_AGE = /\bage\s*[:：]\s*(\d{1,3})\b(?!\s*(?:%|\.\d|mg|kg|lb|cm|mm|mo|months?|weeks?|wks?|days?|d\b|hrs?|hours?))/i;
export const LABELLED_SEX = /\b(?:sex|gender)\s*[:：]\s*(male|female|m|f)\b/i;
/** "45 y.o. F", "45-year-old woman": strong enough anywhere, including the HPI. */
export const INLINE_AGE_SEX = new RegExp(
  String.raw`\b(\d{1,3})\s*(?:y\.\s?o\.|y/o|yo|yrs?|years?[\s-]old|year-old)\s*,?\s*(male|female|man|woman|gentleman|lady|boy|girl|m|f)\b`,
  'i',
);
/** Separators between banner segments. */
export const SEGMENT_SPLIT = /\s*(?:[|·•,;()[\]\n\t]|\s{3,}|\s[-–—]\s)\s*/;

/** Banner-like containers, by role, tag or class/id words. */
export const BANNER_HINT = /banner|header|demograph|patient|storyboard|sidebar|ptinfo|pt-info|attendant|summary|chart-?head/i;
/** Containers of a prior or archived encounter, by class/id/aria-label tokens. */
export const STALE_HINT = /(?:^|[-_\s])(?:prior|previous|prev|past|old|older|archived?|historical|superseded|stale)(?:$|[-_\s\d])/i;
/** Text of a heading that introduces prior encounters. */
export const STALE_HEADING = /^(?:prior|previous|past|older|earlier|recent) (?:encounters?|visits?|notes?|documents?)\b/i;
/** Containers of the current or selected item. */
export const CURRENT_HINT = /(?:^|[-_\s])(?:active|current|selected|today|open)(?:$|[-_\s])/i;
/** Containers that list many patients. */
export const BOARD_HINT = /tracking|flow-?board|whiteboard|census|patient-?list|worklist|work-?queue|roster|my-?patients|bed-?board/i;
/** Column headers of a patient list. */
export const PATIENT_COLUMN = /^(?:patient|patient name|pt|pt name|name|mrn|room|rm|bed|location|age|sex|age\/sex|age\/gender|dob|acct|account|arrival|los)$/i;
/** "Last, First" in a list row. */
export const NAME_IN_ROW = /\b[A-Z][a-z'’-]+,\s*[A-Z][a-z'’-]+\b/;

/** Class tokens of screen-reader-only text. */
export const SR_ONLY_CLASS = /^(?:sr-only|visually-?hidden|screen-?reader(?:-text|-only)?|a11y-?hidden|offscreen|off-screen|hidden-?accessible|assistive(?:-text)?|u-hidden-visually|cdk-visually-hidden|slds-assistive-text)$/i;

/** Each label's meaning (ours first where a label is in two lists). */
const KINDS = new Map<string, LabelKind>(
  ([[OTHER_SECTION_LABELS, 'other'], [HPI_LABELS, 'hpi'], [CC_LABELS, 'chiefComplaint']] as const).flatMap(([labels, kind]) => labels.map((l) => [l, kind] as const)),
);

/** "Chief Complaint (CC) #2:" → "chief complaint". */
export function normalizeLabel(raw: string): string {
  let s = raw.replace(/[\s\u00a0]+/g, ' ').trim().toLowerCase();
  s = s.replace(/^[*•·\-–—>\s]+/, '');
  s = s.replace(/[\s:：*.\-–—?]+$/, '');
  s = s.replace(/\s*#?\d{1,2}$/, '');
  s = s.replace(/\s*\([a-z/& ]{1,40}\)$/, '');
  s = s.replace(/\s*#?\d{1,2}$/, '');
  return s.replace(/[\s:：*]+$/, '');
}

/**
 * The meaning of a whole label text, or null. `lineStart`: the label opens a note line, where
 * single letters ("S:") and other sections count.
 */
export function labelKind(raw: string, lineStart = false): LabelKind | null {
  if (raw.length > 80) return null;
  const n = normalizeLabel(raw);
  if (!n) return null;
  if (lineStart && HPI_LINE_START_LABELS.includes(n)) return 'hpi';
  const k = KINDS.get(n) ?? null;
  // Single letters ("P", "A") are section labels only at the start of a note line.
  return k === 'other' && n.length <= 1 && !lineStart ? null : k;
}

/** Only our two parts (a field label "Chief Complaint", not "Plan"). */
export function labelPart(raw: string): Part | null {
  const k = labelKind(raw);
  return k === 'other' ? null : k;
}

/** Meaning of an id/name/class attribute value ("form_chief_complaint", "hpiText"). */
export function fieldHintPart(attr: string): Part | null {
  if (!attr) return null;
  const s = attr.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
  if (HPI_FIELD_HINT.test(s)) return 'hpi';
  if (CC_FIELD_HINT.test(s)) return 'chiefComplaint';
  return null;
}

/** All label names, longest first, for finding labels at the start of or inside a line. */
export const ALL_LABELS: readonly string[] = [...CC_LABELS, ...HPI_LABELS, ...OTHER_SECTION_LABELS]
  .filter((l) => l.length > 1)
  .sort((a, b) => b.length - a.length);

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
const LABEL_ALT = ALL_LABELS.map(escapeRe).join('|');
/** What may follow a label's name: "(CC)", "#2". */
const LABEL_SUFFIX = String.raw`(\s*(?:\([a-z/& ]{1,40}\)|#?\d{1,2}))?`;
/** "Chief Complaint: back pain" / "CC #2 - back pain" at the start of a line. */
export const LINE_LABEL = new RegExp(String.raw`^\s*[*•·>-]?\s*(${LABEL_ALT}|s|o|a|p)${LABEL_SUFFIX}\s*[:：]\s*(.*)$`, 'i');
/** A line that is only a label, without colon: "History of Present Illness". */
export const LINE_LABEL_ONLY = new RegExp(String.raw`^\s*(${LABEL_ALT})${LABEL_SUFFIX}\s*[:：]?\s*$`, 'i');
/** A label inside a line, after a sentence end: "... for 3 days. HPI: 45 yo ...". */
export const MID_LINE_LABEL = new RegExp(String.raw`([.;!?|]\s+|\s{2,})((?:${LABEL_ALT})\s*[:：]\s)`, 'gi');

/** The meaning of the label that opens a text, followed by a colon ("HPI: ..."), or null. */
export function lineLabelKind(text: string): LabelKind | null {
  const at = text.search(/[:：]/);
  return at < 1 || at > 60 ? null : labelKind(text.slice(0, at), true);
}

/** Does a text start with one of our labels followed by a colon (an inline field)? */
export function startsWithLabel(text: string): boolean {
  return lineLabelKind(text) !== null;
}
