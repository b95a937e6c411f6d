/**
 * What a clinician should see for each fixture EHR layout: the chief complaint and HPI the
 * reader captures (as in the reader's unit tests, test/entrypoints/ehr.content/reader/), text
 * that must not be read, and the features and cards the panel then shows.
 */
import type { Page } from 'playwright-core';

export interface Layout {
  /** The top-level fixture page. */
  file: string;
  /** What the clinician does on the page before the capture is checked. */
  act?: (page: Page) => Promise<void>;
  cc: string | null;
  hpi: string | null;
  age: number | null;
  sex: 'male' | 'female' | null;
  /** Text on the page that is not this visit's CC/HPI (other patients, old encounters, hidden text). */
  distractors: string[];
  /** Features the panel lists, with their status. */
  features: Record<string, 'present' | 'absent' | 'uncertain'>;
  /** Cards that must be shown, and cards that must not. */
  cards: string[];
  notCards: string[];
  /** Nothing to assess: the panel says why instead (a multi-patient page). */
  reason?: RegExp;
}

const RED_FLAGS = ['flag.cauda_equina', 'flag.neuro_deficit', 'flag.malignancy', 'flag.infection', 'flag.fracture', 'flag.vascular'];
const except = (...keep: string[]) => RED_FLAGS.filter((f) => !keep.includes(f));

export const OPENEMR_REASON = 'Low back pain after lifting boxes at work, 5 days';

export const LAYOUTS: Layout[] = [
  {
    // Markup typed into the chart: it must arrive, and be shown, as plain text.
    file: 'hostile.html',
    cc: 'Low back pain <img src=x onerror=alert(1)> <script>alert(2)</script>',
    hpi: 'Back pain for 2 weeks. See javascript:alert(3) and this link. Denies saddle numbness. Lookalike: ѕаddlе аnеѕthеѕiа (Cyrillic letters), and a right-to-left override: \u202etxet desrever\u202c.',
    age: 52,
    sex: 'male',
    distractors: [],
    features: { saddle_anesthesia: 'absent' },
    cards: [],
    notCards: RED_FLAGS,
  },
  {
    file: 'athena.html',
    cc: 'Low back pain and morning stiffness',
    hpi:
      '58 y/o woman with 4 months of low back pain and morning stiffness lasting over an hour, better with exercise and not with rest.\n' +
      'Wakes in the second half of the night with pain; alternating buttock pain.',
    age: 58,
    sex: 'female',
    distractors: ['oxycodone', 'Migraine', 'Chest pain episode', 'Left shoulder pain', 'consider gout', 'afternoon appointments', 'No weight loss', 'Hemoglobin'],
    features: { morning_stiffness: 'present', improves_with_exercise: 'present', night_pain_second_half: 'present', alternating_buttock_pain: 'present' },
    cards: [],
    notCards: RED_FLAGS,
  },
  {
    file: 'cerner.html',
    cc: 'Low back pain, worse over 2 weeks',
    hpi:
      '67 yo male with low back pain for 2 weeks, no trauma.\n' +
      'Pain wakes him at night; he reports 5 kg unintentional weight loss since September.\n' +
      'History of prostate cancer treated in 2015.',
    age: 67,
    sex: 'male',
    distractors: ['Dizziness', 'vertigo', 'Epley', 'Ambulatory', 'Midline lumbar'],
    features: { history_of_cancer: 'present', unexplained_weight_loss: 'present', night_pain: 'present', significant_trauma: 'absent' },
    cards: ['flag.malignancy'],
    notCards: except('flag.malignancy'),
  },
  {
    file: 'epic.html',
    cc: 'Low back pain',
    hpi:
      'Jane Roe is a 45 y.o. female who presents with low back pain for 3 weeks after gardening. Pain radiates to the left buttock, worse with sitting.\n' +
      'Denies bowel or bladder changes, saddle numbness, fever or weight loss.',
    age: 45,
    sex: 'female',
    distractors: ['Chest pain', 'John Smith', 'crushing', 'Right knee pain', '***', 'Penicillins'],
    // Pain that radiates to the buttock is buttock pain, not sciatica.
    features: { si_joint_pain: 'present', saddle_anesthesia: 'absent', urinary_retention: 'absent', fever: 'absent' },
    cards: ['imaging.not_indicated'],
    notCards: [...RED_FLAGS, 'pattern.radicular'],
  },
  {
    file: 'eye-form.html',
    cc: 'Low back pain that wakes her at night, 4 months',
    hpi: 'Morning stiffness for about an hour, better after exercise, not better with rest. Alternating buttock pain. Had an episode of a red painful eye last year.',
    age: 34,
    sex: 'female',
    distractors: ['Floaters', 'flashes', 'Itchy watery eyes', 'ketotifen', 'nightly', '6/10'],
    features: { morning_stiffness: 'present', improves_with_exercise: 'present', worse_with_rest: 'present', alternating_buttock_pain: 'present' },
    cards: ['pattern.inflammatory'],
    notCards: RED_FLAGS,
  },
  {
    file: 'openemr.html',
    // The scheduled reason ("Medication refill") is what the textarea holds; the clinician types the real one.
    act: async (page) => {
      await page.frameLocator('iframe[name="enc"]').locator('#reason').fill(OPENEMR_REASON);
    },
    cc: OPENEMR_REASON,
    hpi:
      '44 yo woman with 5 days of low back pain after lifting boxes at work. Pain is worse with bending and better lying down, no radiation to the legs.\n' +
      'No bowel or bladder changes, no saddle numbness, no fever.',
    age: 44,
    sex: 'female',
    distractors: ['Chest pain on exertion', 'Cough and fever', 'Medication refill', 'lisinopril', 'Right knee pain', 'Paraspinal tenderness', 'Sore throat'],
    features: { worse_with_activity: 'present', radicular_pain: 'absent', saddle_anesthesia: 'absent', fever: 'absent' },
    cards: ['pattern.mechanical'],
    notCards: RED_FLAGS,
  },
  {
    file: 'openmrs.html',
    cc: 'Low back pain with numbness down the left leg',
    hpi: 'Pain for 10 days after bending to pick up her grandson. Numbness along the outer left foot. Some difficulty starting urination since yesterday.',
    age: 52,
    sex: 'female',
    distractors: ['Cough and fever', 'Acute bronchitis', 'Headache behind the eyes', 'Unsaved draft'],
    features: { urinary_retention: 'present', radicular_pain: 'present' },
    cards: ['flag.cauda_equina'],
    notCards: ['flag.malignancy', 'flag.infection', 'flag.fracture', 'flag.vascular'],
  },
  {
    file: 'note-editor.html',
    cc: 'Low back pain after moving furniture, 2 days',
    hpi:
      '39 yo M with acute low back pain that started 2 days ago while moving a couch. Pain is 6/10, localized to the right lower back, no radiation.\n' +
      'No numbness, weakness, urinary retention or incontinence. No fever.\n' +
      'Ibuprofen helps a little.',
    age: 39,
    sex: 'male',
    distractors: ['Chest pain radiating to the jaw', 'Headache behind the eyes', 'Dizziness on standing', 'Sore throat template', 'Call pharmacy', 'paraspinal spasm', 'Other Person'],
    features: { radicular_pain: 'absent', urinary_retention: 'absent', fever: 'absent' },
    cards: [],
    notCards: RED_FLAGS,
  },
  {
    file: 'board.html',
    cc: null,
    hpi: null,
    age: null,
    sex: null,
    distractors: ['Low back pain after lifting', 'Chest pain', 'urinary retention', 'Garcia', "O'Brien"],
    features: {},
    cards: [],
    notCards: RED_FLAGS,
    reason: /several patients/,
  },
];

/** Cross-origin frames embedded by the fixtures, and the fixture that stands in for each. */
export const THIRD_PARTY: Record<string, string> = {
  'https://erx.partner.example/widget.html': 'athena-erx.html',
};
