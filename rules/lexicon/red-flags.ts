import type { LexiconEntry } from './schema';

/** Words before an organ that call its function normal ("normal", "no change to"; "no change" itself is not a negation). */
const CALLED_NORMAL = '(?:normal|intact|unremarkable|(?:no|without) (?:changes?|problems?) (?:in|to|with))';
const OWNER = '(?:my |his |her |their |the )?';
const ASPECT = '(?: function| habits?| control| sx| symptoms)?';
const ORGAN = '(?:bowels?|bladder|urinary|urine|waterworks)';

/**
 * Weight lost on purpose ("with diet", "(intentional)"); not "(not dieting)". Not "planned"
 * either, which a few words on may be a scan's ("lost 10 kg and CT planned"): only right after
 * "weight loss" does it say the loss was.
 */
const ON_PURPOSE =
  "(?<!(?:not|n't|non|no|without)(?: |-))(?:intentionally|intentional|on purpose|deliberate(?:ly)?|with (?:a )?(?:diet|dieting)|on (?:a |her |his )?diet|by dieting|dieting|through (?:diet|dieting))";
/** "Weight: down", "wt has dropped", "weight has gone down". */
const WEIGHT_DOWN = '(?:wt|weight)(?: ?[:\\-–] ?| )(?:is |has |has been |had )?(?:down|dropped|fallen|decreased|reduced|gone down)';

/** One organ called normal: "normal bladder function", "no change in bowel habit". */
const NORMAL_ONE = (organ: string) => `${CALLED_NORMAL} ${OWNER}(?:${organ})${ASPECT}(?! sounds)`;

const BOWEL_AND_BLADDER_NORMAL = [
  '(?:the )?(?:pee|peeing|wee|urine|poo|pooing|stools?)(?: and (?:the )?(?:pee|poo|stools?|bowels?))? (?:is |are )?(?:normal|fine|ok|okay)',
  // Both organs ("normal bowel and bladder function", "no change to my waterworks or bowels"); one alone
  // documents only itself (NORMAL_ONE).
  `${CALLED_NORMAL} ${OWNER}(?:${ORGAN}${ASPECT} ?(?:/|&|\\+|and|or|nor) ?${OWNER}${ORGAN}|b&b|b/b)${ASPECT}(?! sounds)`,
  // "Bladder and bowel habits unchanged": both organs, their habits or function, and a word that calls them normal.
  '(?:bowel|bladder)s?(?: ?(?:/|&|\\+|and) ?)(?:bowel|bladder)s? (?:habits?|function|control) (?:is |are |remains? )?(?:unchanged|normal|fine|ok|okay|regular|intact)',
];

/** What counts as a symptom in one leg: pain, sciatica, numbness, tingling, weakness. */
/** What a failure to improve failed despite: treatment of any kind, and painkillers. */
const TREATMENT = '(?:conservative|pt|physio\\w*|physical therapy|nsaids?|medical management|treatment|tx|therapy|care|management)';
const ANALGESIA = '(?:analgesi\\w*|painkillers|co-?codamol|codeine|paracetamol|tramadol|opioids?)';

/** A power grade n/5 with, in brackets after it, a higher one: `before` and `after` say when that was. */
const lowerGrade = (before: string, after = '') =>
  `(?:${[0, 1, 2, 3, 4].map((n) => `${n} ?/ ?5,? \\(?${before}[${n + 1}-5]`).join('|')}) ?/ ?5${after}`;

const LEG_SYMPTOM = 'pain|painful|sciatica|numb\\w*|tingl\\w*|pins and needles|weak\\w*|paraesthesi\\w*|paresthesi\\w*|radicular|shooting|burning|heavy|heaviness|symptoms|sx';

/** A symptom in the leg of one side ("R leg pain", "pain down the left leg", "sciatica right leg", "left-sided sciatica"). */
const legSide = (side: string) => [
  `(?:${side})(?:[- ]sided)? (?:{leg}) {gap3}(?:${LEG_SYMPTOM})`,
  `(?:${side})[- ]sided (?:sciatica|leg pain|radicular pain|radiculopathy)`,
  // "pain down the right leg": matched from the side word, with the symptom looked for behind it
  // (a phrase that opened with "pain" would be tried at every "pain" of a note). The look behind
  // comes after the side word, so it is tried only where one stands, and its repeats are bounded.
  `(?:${side})(?<=(?:${LEG_SYMPTOM})(?:\\s{1,8}[^\\s.;,]{1,30}){0,5}\\s{1,8}(?:in|down|into|of|on|to)\\s{1,8}(?:(?:the|his|her|my)\\s{1,8})?(?:${side})) (?:{leg})`,
  `(?:sciatica|radiculopathy|radicular pain|leg pain) (?:on the |of the |in the |down the )?(?:${side})(?: (?:leg|side|lower limb|lower extremity))?`,
];

const BOWEL_AND_BLADDER = [
  '(?:bowel|bowels|b)(?: ?(?:/|&|\\+|and|or) ?)(?:bladder|b)(?: (?:changes?|dysfunction|sx|symptoms|problems?|issues|disturbance|incontinence|control|function|complaints))?',
  '(?:bladder|b)(?: ?(?:/|&|\\+|and|or) ?)(?:bowel|bowels|b)(?: (?:changes?|dysfunction|sx|symptoms|problems?|issues|disturbance|incontinence|control|function|complaints))?',
  'b&b',
  // Bare incontinence is either; after one organ ("faecal incontinence", "Bowel: incontinent") it is that one's.
  '(?<!(?:urinary|urine|bladder|fa?ecal|bowels?|stool|anal|rectal|stress)(?:\\s|\\s?[:\\-–]\\s?))incontinence(?! of (?:stool|faeces|feces|urine))',
  '(?<!(?:urinary|urine|bladder|fa?ecal|bowels?|stool|anal|rectal)(?:\\s|\\s?[:\\-–]\\s?))incontinent(?! of (?:stool|faeces|feces|urine|the bowel|bowel))',
  'sphincter (?:disturbance|dysfunction|problems|symptoms)',
  '(?:problems|trouble|difficulty|issues|changes) {gap2}(?:urinating|peeing|voiding) or (?:with )?(?:bowels|pooping|stooling|bowel movements)',
];

/** Red-flag features: cauda equina, neurological deficit, malignancy, infection, fracture, vascular. */
export const RED_FLAG_LEXICON: LexiconEntry[] = [
  {
    concept: 'urinary_retention',
    patterns: [
      ...BOWEL_AND_BLADDER,
      // (not "urinary incontinence - longstanding stress incontinence": the label of an explained, old complaint)
      '(?<!stress )(?:urinary|urine|bladder) (?:retention|hesitancy|dysfunction|changes?|sx|symptoms|problems?|issues|complaints|disturbance|incontinence(?! ?[-–:] ?(?:(?:longstanding|long-standing|known|chronic|mild) )?(?:stress|urge) incontinence))',
      '(?<!(?:fluid|water|salt|sodium|urine output)\\s)retention(?! of (?:fluid|water|sodium|products))',
      '(?:difficulty|trouble|problems?|strain(?:ing|s|ed)?|unable|inability|can\'?t|cannot|couldn\'?t|not able|no longer able|can no longer|could no longer) (?:to )?{gap2}(?:micturition|micturating|void|voiding|urinate|urinating|urination|pee|peeing|wee|pass(?:ing)? urine|pass(?:ing)? water|empty(?:ing)? (?:the |his |her |my )?bladder|start(?:ing)? (?:the )?(?:stream|urination))',
      '(?:urge|need|feel like (?:i|he|she) need) {gap4}(?:to (?:pee|urinate|void|go)) {gap2}but {gap3}(?:hardly anything|nothing|only (?:dribbles?|a (?:little|dribble|few drops))|can\'?t|cannot|little)',
      '(?:urge|need) {gap2}but (?:only )?dribbl\\w*',
      '(?:pee|urine|wee|water) (?:not|doesn\'?t|does not|won\'?t|will not|didn\'?t) (?:come|flow|start|pass)',
      '(?:(?:has|have|had)n\'?t|not) (?:yet |since )?(?:passed|pass) (?:any )?(?:urine|water)',
      '(?:problems?|trouble|issues|difficulty|changes?) (?:with|in) (?:your|his|her|my|the) (?:bladder|waterworks|peeing|urination|water)',
      '(?:(?:has|have|had)n\'?t|not) (?:had|done|passed) (?:a |any )?(?:wee|pee|piss)(?= (?:since|for|in|all))',
      '(?:can\'?t|cannot|couldn\'?t|doesn\'?t|does not|unable to|not able to) (?:really )?(?:feel|tell|know) (?:when|if) (?:i|he|she|they) (?:need|needs|needed|want|wants) (?:to )?(?:go for )?(?:a )?(?:wee|pee|urinate|void|pass urine|pass water|go)',
      '(?:wet|wets|wetting) (?:the|his|her|my|their) bed|bed[- ]?wetting',
      '(?:only|just) (?:a )?(?:little|few drops?) (?:pee |urine )?(?:comes?|came|passes|passed)',
      'bladder (?:feels?|is|was) (?:full|distended)',
      // "struggling to get my wee started", "has not been able to pass urine since this morning"
      '(?:struggl\\w*|difficulty|trouble|hard|can\'?t|cannot|unable) (?:to )?(?:get|getting|start|starting) (?:my |his |her |the )?(?:wee|pee|urine|stream|urination|water)(?: (?:started|going|flowing))?',
      '(?:not been able|been unable|unable|not able|can\'?t|cannot|couldn\'?t|could not) to (?:pass|do a|do any) (?:any )?(?:urine|water|wee|pee)',
      'unable to void',
      // Lost bladder sensation: "lost the urge to urinate", "reduced bladder sensation".
      '(?:lost|loss of|losing|no|reduced|decreased|diminished|absent|altered) (?:the |any |his |her |my )?(?:urge|desire|sensation|feeling|need) (?:to|of needing to) (?:urinate|pass urine|pass water|pee|void|wee)',
      '(?:reduced|decreased|diminished|absent|altered|lost|loss of) bladder (?:sensation|filling sensation|feeling)',
      // Pads for leaking: "had to use pads for 2 days due to leakage".
      'incontinence pads?',
      '(?:pads?|nappies|diapers?) {gap7}(?:leak(?:s|ing|age)?|wetting|wet (?:himself|herself|myself))',
      'dribbl(?:es|ing|e)',
      'hesitancy',
      '(?:bladder|urinary) (?:function|habits?|control) (?:has |have |had )?(?:recently |suddenly )?(?:changed|altered|deteriorated|worsened)',
      '(?:poor|weak|slow) (?:urinary )?stream',
      'incomplete (?:bladder )?emptying',
      'overflow incontinence',
      'suprapubic fullness',
      '(?:distended|palpable) bladder',
      'waterworks',
      'incontinen(?:ce|t) of urine',
      '(?:urinary|urine|bladder)(?: ?[:\\-–] ?incontinen(?:ce|t)| (?:is |was |are |were |has been |have been )?incontinent)',
      '(?:loss of|lost|losing|no|new loss of) (?:bladder|urinary) control',
      '(?:loss of|lost|losing|no) control (?:of|over) (?:my |his |her |the )?(?:bladder|urine|water)',
      '(?:can\'?t|cannot|unable to) (?:hold|control) (?:my |his |her |the )?(?:water|urine|bladder)',
      '(?:leaking|leaks|leaked|leakage of) urine|urin(?:e|ary) leakage',
      '(?:wet|wets|wetting|peed|peeing) (?:myself|himself|herself)',
    ],
  },
  {
    concept: 'urinary_retention',
    assume: 'absent',
    patterns: [
      ...BOWEL_AND_BLADDER_NORMAL,
      NORMAL_ONE('bladder|urinary|waterworks'),
      '(?:voiding|urinating|peeing|passing urine|waterworks|bladder(?: function| control| habits?)?)(?: ?[-–:] ?| (?:seems |is |are )?)(?:normally|normal|fine|ok|okay|nad|wnl|unremarkable|without (?:difficulty|problems))',
    ],
  },
  {
    concept: 'fecal_incontinence',
    patterns: [
      // "had an accident in my pants and didn't even know until I smelt it"
      '(?:an |another )?accidents? in (?:my|his|her|their) (?:pants|underwear|trousers|knickers)',
      ...BOWEL_AND_BLADDER,
      '(?:fa?ecal|bowel|stool|anal) (?:incontinence|leakage|accidents?|dysfunction|changes|sx|symptoms|problems?|issues)',
      'incontinence of (?:stool|faeces|feces|the bowel|bowel)',
      '(?:loss of|lost|losing|no|new loss of) (?:bowel|anal|rectal) (?:control|sensation|function)',
      '(?:fa?ecal|bowels?|stool)(?: ?[:\\-–] ?incontinen(?:ce|t)| (?:is |was |are |were |has been |have been )?incontinent)',
      'incontinen(?:ce|t) of (?:urine|bladder) (?:and|&|or) (?:stool|faeces|feces|bowels?)',
      '(?:can\'?t|cannot|unable to) control (?:my |his |her |the )?(?:bowels?|stool)',
      'soil(?:ing|ed) (?:himself|herself|myself)',
      'incontinent of (?:stool|faeces|feces|the bowel|bowel)',
      '(?:loss of|lost|losing|no) control (?:of|over) (?:my |his |her |the )?(?:bowels?|stools?)',
      '(?:leaking|leakage of) (?:stool|faeces|feces)',
      'pooped (?:himself|herself|myself)',
      'pooping',
      '(?<!(?:inflammatory|irritable)\\s)bowels?(?! (?:sounds|prep|cancer|ca|screening|obstruction|wall|opened normally|disease|syndrome))',
      '(?:poo|stool|faeces|feces) {gap2}(?:came|come|comes|leaked|leaks|leaking|slipped) out',
      'accidents? with (?:my |his |her )?bowels?',
      'stool leakage|leak(?:ing|ed)? stool',
    ],
  },
  {
    concept: 'fecal_incontinence',
    assume: 'uncertain',
    note: 'Constipation or diarrhoea is a change in the bowels but not incontinence: ask.',
    patterns: [
      'bowels?(?: ?[-–:] ?| (?:are |is |have been |has been )?)(?:constipated|constipation|sluggish|hard|not opened|not opening|loose|runny|watery|diarrh(?:o)?ea)',
      // "Bowel habit changed - diarrhoea x 2 weeks": the change named.
      '(?:change in |changed? )?bowel habits?(?: changed| change)?,? ?(?:[-–:(] ?)?(?:diarrh(?:o)?ea|loose stools?|constipat\\w*)',
    ],
  },
  {
    concept: 'fecal_incontinence',
    assume: 'absent',
    patterns: [...BOWEL_AND_BLADDER_NORMAL, NORMAL_ONE('bowels?'), 'bowels? (?:opened|opening|open) normally', 'bowels?(?: function| control| habits?)?(?: ?[-–:] ?| (?:are |is )?)(?:normal|fine|ok|okay|regular|nad|wnl|unremarkable)'],
  },
  {
    concept: 'saddle_anesthesia',
    patterns: [
      'saddle(?: area| region| distribution)? (?:{numb})',
      // "no saddle sx", "saddle symptoms" (the red flag's own symptoms)
      'saddle (?:sx|symptoms)',
      '{numb} {gap6}(?:in |around |of |over |to )?(?:the |his |her |my )?(?:{saddle})',
      '(?:{saddle}) {gap3}(?:{numb})',
      '(?:{saddle})(?: area| region)? (?:sensation|sensibility|feeling) (?:is |was |felt |now )?(?:reduced|decreased|diminished|altered|absent|impaired|lost|abnormal|numb)',
      '(?:sensation|lt|light touch|pinprick|pin ?prick) (?:is |was )?(?:reduced|decreased|diminished|altered|absent|impaired|lost|abnormal) {gap4}(?:{saddle})',
      '(?:decreased|reduced|diminished|absent|altered|loss of) (?:lt|light touch|pinprick|pin ?prick|sensation)(?: and (?:pinprick|lt|light touch))? {gap3}(?:{saddle})',
      '(?:wipe|wiping|wipes) {gap8}(?:numb|can\'?t (?:really )?feel|feel it|no feeling)',
      '(?:reduced|decreased|diminished|altered|absent|loss of|impaired|abnormal|↓) ?(?:{saddle}) (?:sensation|feeling|sensibility)',
      // "sensation around anus reduced" (on PR examination)
      '(?:sensation|feeling|sensibility|lt|light touch|pinprick|pin ?prick) (?:around|over|of|in|to|at) (?:the )?(?:{saddle}) (?:is |was |felt |now )?(?:reduced|decreased|diminished|altered|absent|impaired|lost|abnormal)',
      '(?:↓|dec\\.?|decr\\.?) ?(?:sensation|lt|pinprick|pin ?prick|pp) {gap3}(?:{saddle})',
      '(?:not|no|can\'?t|cannot|don\'?t|dont) feel (?:nothing|anything|it) {gap3}(?:{saddle})',
      '(?:can\'?t|cannot|couldn\'?t|unable to|not able to|could not) (?:really )?feel {gap3}(?:(?:when |while )?(?:i |he |she )?(?:wipes?|wiping)|{saddle})',
      '(?:can\'?t|cannot|couldn\'?t|unable to|not able to|could not) (?:really )?feel (?:the )?(?:toilet )?(?:paper|tissue)',
      '{numb} {gap4}(?:when|while|on|after) (?:(?:i|he|she|they) )?(?:wipes?|wiping)',
      // "I have lost feeling in my back passage", "lost the sensation around her bottom"
      '(?:lost|losing|lose) (?:all |the |some )?(?:feeling|sensation) {gap2}(?:in|around|of|over|down) (?:the |his |her |my |their )?(?:{saddle})',
      // A screen's bare label ("saddle - yes", "Saddle: no"): the answer after it decides.
      '(?:saddle|perianal|peri-anal|perineal)(?: area| region| sensation)?(?= ?[-–:|] ?(?:yes|no|y|n|nil|none|present|absent|normal|intact|nad|wnl|ok|okay|fine|reduced|decreased|altered|impaired|abnormal|numb|pos|neg|\\+ve|-ve|\\(-\\)|\\(\\+\\))(?![\\w]))',
    ],
  },
  {
    concept: 'saddle_anesthesia',
    assume: 'absent',
    patterns: [
      '(?:sensation|lt|light touch|pinprick) {gap2}(?:intact|normal|preserved) {gap4}(?:incl(?:uding|\\.)? |to )?(?:the )?(?:{saddle})',
      '(?:no|without|denies) (?:{numb}) {gap4}(?:{saddle})',
      '(?:normal|intact) (?:perineal|perianal|saddle) sensation',
      '(?:normal|intact) (?:feeling|sensation) (?:when|while|on|after) (?:wiping|wipes?)',
      '(?:perineal|perianal|saddle|s2-s4|s3-s5) sensation (?:is |was )?(?:intact|normal|preserved|nl)',
    ],
  },
  {
    concept: 'bilateral_leg_symptoms',
    patterns: [
      '{both} {gap3}{leg} {gap3}(?:weakness|weak|numb\\w*|tingling|tingly|pins and needles|pain|symptoms|sx|sciatica|paresthesias?|paraesthesias?|heavy|heaviness|radiculopathy|radicular|involvement|dead|jelly)',
      '(?:weakness|numbness|tingling|pain|sciatica|symptoms|sx|heaviness|paresthesias?|shooting|radiat\\w*|pins and needles|p&n) {gap4}(?:in |down |into |to |of )?{both} (?:legs|lower extremities|lower limbs|feet|thighs|calves|(?:big |great )?toes)',
      '(?:bilateral|bil\\.?) (?:sciatica|radicular|radiculopathy|leg|lower extremity|lower limb|motor|sensory|foot drop|feet|sx|symptoms)',
      // "Sciatica R>L": both sides, one worse; sciatica that alternates sides (national CES pathway: "bilateral or alternating").
      '(?:sciatica|leg pain|radicular pain|leg symptoms|leg sx|leg numbness|leg weakness) (?:r|l|right|left) ?(?:>|more than|worse than) ?(?:r|l|right|left)',
      'alternating (?:sciatica|leg pain|radicular (?:leg )?pain)',
      '(?:{leg}|sciatica) (?:pain |symptoms |sx |numbness |weakness |tingling )?bilaterally',
      '(?:his|her|my|both) legs {gap2}(?:feel|are|felt|feeling|have gone|has gone|gone|went|have become|became|are getting|getting) (?:heavy|weak|weaker|numb|like jelly|to jelly|wobbly)',
      // "legs 'like jelly'", "his legs have gone weak too, both of them"
      'legs (?:are |feel |felt |went |gone |have gone )?(?:like|to) jelly',
      '(?:legs|feet) {gap3}(?:weak\\w*|numb\\w*|tingl\\w*|heavy)(?: too| as well)?,? both of them',
      'b/?l (?:leg|le|lower extremity) (?:weakness|numbness|pain|symptoms|sx)',
      '{both} (?:legs|lower extremities|lower limbs) (?:now|too|as well)',
      // "my legs feel weaker … and now both of them are tingling"
      '(?:legs|feet)[^.;]{0,60}?both of them (?:are |were |feel |have been )?(?:tingl\\w*|numb\\w*|weak\\w*|heavy)',
    ],
  },
  // One side at a time: "Sciatica right leg. Also left leg started tingling today." names both
  // legs in two sentences; extract.ts joins the two sides into bilateral leg symptoms.
  { concept: 'right_leg_symptom', patterns: legSide('right|rt|r') },
  { concept: 'left_leg_symptom', patterns: legSide('left|lt|l') },
  {
    concept: 'leg_weakness',
    patterns: [
      '{leg} {gap2}(?:is |are |feels? |felt |feeling |got )?(?:{weak})',
      '(?:{weak}) {gap3}(?:in |of )?(?:the |his |her |my |both )?(?:l |r |left |right )?{leg}',
      '(?:foot|ankle) (?:drop|slapping|slap)|slapping (?:gait|foot)|steppage gait|foot {gap2}slapping',
      '(?:foot|ankle) (?:is |feels? |has gone |gone |went )?(?:floppy|flopping|dropping)|floppy (?:foot|ankle)',
      '(?:unable to|can\'?t|cannot|difficulty|trouble) (?:heel|toe)[- ]walk\\w*',
      '(?:heel|toe)[- ]walking (?:is |was )?(?:impaired|weak|reduced|difficult|abnormal|not possible|poor)',
      'tripping (?:on|over) (?:curbs|kerbs|stairs|steps|(?:his|her|my|the) (?:(?:left|right|l|r) )?(?:foot|feet|toes?))',
      '(?:unable to|can\'?t|cannot|could not|couldn\'?t|difficulty|trouble) (?:stand|standing|walk|walking|rise|rising|go|going) (?:up )?on (?:(?:his|her|my|the) )?(?:tip-?toes?|toes|heels?)',
      'motor (?:deficits?|weakness|loss)',
      '(?:focal|new) (?:neuro(?:logical)? )?(?:weakness|motor deficit)',
      'weakness of (?:the )?(?:(?:l|r|left|right) )?(?:ankle |great toe |big toe |hip |knee |foot )?(?:dorsiflexion|dorsiflexors|plantarflexion|plantar flexion|ehl|hip flexion|hip flexors|knee extension|eversion|inversion|quads?|quadriceps|ankle|foot|toes?)',
      'weakness of (?:the )?(?:(?:l|r|left|right) )?(?:great toe|big toe|hallux|toe|hip|knee|ankle) (?:extension|extensors?|flexion|flexors?)',
      '(?:ehl|edl|dorsiflexion|dorsiflexor|plantarflexion|plantar flexion|hip flexor|hip flexion|knee extension|quadriceps|quads|ankle|great toe extension) weakness',
      '(?:ehl|edl|df|pf|dorsiflexion|plantarflexion|plantar flexion|hip flex(?:ion|or)?|knee ext(?:ension)?|ankle (?:df|pf|dorsiflexion|plantarflexion)|great toe ext(?:ension)?|quads?|quadriceps|hamstrings?|tibialis anterior|gastroc\\w*|eversion|inversion)(?: \\(?(?:r|l)\\)?)? {gap1}[0-4][+-]?/5',
      '[0-4][+-]?/5 (?:strength|power) {gap3}(?:{leg}|ehl|ankle|hip|knee)',
      '(?:power|strength|motor) (?:is )?[0-4][+-]?/5 {gap3}(?:{leg}|ehl|edl|ankle|hip|knee|toe|foot|df|pf|dorsiflexion|plantarflexion|plantar flexion|quads?|quadriceps|hamstrings?)',
      '[0-4][+-]?/5 (?:(?:l|r|left|right) )?(?:ankle |great toe |big toe |hip |knee |foot )?(?:df|pf|dorsiflexion|plantarflexion|plantar flexion|ehl|edl|eversion|inversion|quads?|quadriceps|hamstrings?)',
      'weakness(?<=(?:no|denies|denied|without|neg|negative for)\\s[^.;:]{0,40}?weakness)',
    ],
  },
  {
    concept: 'leg_weakness',
    assume: 'absent',
    note: 'A normal motor examination documents the absence of weakness.',
    patterns: [
      '(?:(?:le|lower extremity|leg|ble) )?(?:strength|power|motor(?: exam)?|myotomes?)(?: l2-s1| \\w+)? {gap4}5/5',
      '5/5 (?:strength|power)? ?{gap2}(?:ble|bles|bilat\\w*|le|les|lower|legs|throughout|in ble)',
      'full (?:strength|power) {gap2}(?:ble|le|lower|legs|throughout)',
      '(?:heel|toe)(?:[- /](?:and )?(?:heel|toe))?[- ]walk(?:ing)? (?:intact|normal)',
      'walk on (?:my|his|her) heels and toes',
      'walk on (?:my|his|her) toes and heels',
      '(?:power|strength|motor(?: exam)?)(?: in both legs| in (?:the )?(?:lower limbs|legs|les))? (?:is )?(?:normal|nl|full|intact|good|preserved)',
      '(?:myotomes?|power|motor|neuro(?:logical)? (?:screen|exam(?:ination)?))(?:/[a-z]+)*:? {gap3}(?:nad|normal|intact|nil abnormal)',
      '(?:lower limb|lower extremity|le|leg) neuro(?:logy|logical exam(?:ination)?)? (?:is |was )?(?:normal|intact|nad|unremarkable)',
      '{leg} (?:isn\'?t|is not|aren\'?t|are not|not) weak',
    ],
  },
  {
    concept: 'progressive_neuro_deficit',
    patterns: [
      'progressive (?:neuro(?:logical)? )?(?:deficits?|weakness|numbness|foot drop|neuro(?:logical)? (?:deficit|symptoms|signs|sx))',
      '(?:progressing|progressive|worsening|increasing|spreading|ascending|evolving) {gap3}(?:weakness|numbness|deficit|deficits|foot drop)',
      '(?:weakness|numbness|deficits?|foot drop) {gap3}(?:is |are )?(?:getting )?(?:worse|progressing|progressive|worsening|spreading|increasing)',
      '(?:weaker|more numb) than (?:it did |at |on )?(?:this morning|yesterday|before|last (?:visit|week)|earlier)',
      // A power grade lower than an earlier one: "L ankle DF 3/5 (was 4/5 last visit)", "3/5 (4/5 yesterday)"
      lowerGrade('(?:was|previously|prev\\.?|from|down from) '),
      lowerGrade('', ',? (?:yesterday|on admission|previously|before|earlier|last (?:week|visit|time|review))'),
      'deficits? {gap2}\\(?progressing',
      // "new weakness in both legs, worse on the left, progressively worse over three days"
      '(?:weakness|weak|numbness|foot drop)[^.;]{0,80}?progressively (?:worse|worsening|weaker|deteriorat\\w*)',
      // "right foot drop 2 days, progressive": the word closes the clause.
      '(?:weakness|numbness|deficits?|foot drop)(?: {gap3}[^\\s.;,]+)?,? (?:and )?(?:progressive|progressing|worsening|getting worse)(?= ?(?:[.;,)]|$))',
      '(?:getting|becoming|progressively|increasingly) weaker',
    ],
  },
  {
    concept: 'decreased_anal_tone',
    patterns: [
      '(?:decreased|reduced|diminished|lax|poor|absent|weak|loss of) (?:resting )?(?:anal|rectal|sphincter) (?:tone|squeeze)',
      '(?:anal|rectal|sphincter) tone:? {gap2}(?:decreased|reduced|diminished|lax|poor|absent|weak)',
      '(?:rectal|anal|dre|pr)(?: exam)?:? (?:decreased|reduced|diminished|lax|poor|absent) (?:resting )?(?:tone|squeeze)',
      '(?:patulous|lax) anus',
    ],
  },
  {
    concept: 'progressive_neuro_deficit',
    assume: 'absent',
    patterns: [
      '(?:stable|static|unchanged|non-?progressive|not progressing) (?:mild )?(?:weakness|deficits?|power|neurology)',
      '(?:weakness|deficits?|power|neurology) (?:is |are |remains? )?(?:stable|static|unchanged|not progressing)',
      'not progressing',
    ],
  },
  {
    concept: 'decreased_anal_tone',
    assume: 'uncertain',
    note: 'Anal tone named but not recorded (deferred, declined, to be done): ask or examine.',
    patterns: ['(?:anal|rectal|sphincter) tone', '(?:pr|dre|rectal) (?:exam(?:ination)?|for (?:anal )?tone)'],
  },
  {
    concept: 'decreased_anal_tone',
    assume: 'absent',
    patterns: [
      '(?:anal|rectal|sphincter) tone:? {gap2}(?:normal|intact|nl|wnl|good|preserved)',
      '(?:normal|intact|good) (?:anal|rectal|sphincter) tone',
    ],
  },
  {
    concept: 'history_of_cancer',
    patterns: [
      // Not a basal cell carcinoma or another non-melanoma skin cancer: they do not spread to the spine.
      '(?<!benign |basal[- ]cell |non-?melanoma skin |nmsc )(?:cancer|carcinoma|malignancy|malignancies|neoplasm|lymphoma|leuka?emia|myeloma|melanoma|sarcoma|mets|metastas[ie]s|metastatic(?: disease)?|tumou?r)s?(?! (?:screen\\w*|test\\w*|work-?up|markers?|panel|risk|referral|pathway|scare|worry|fears?)| ?\\((?:bcc|basal|nmsc|non-?melanoma))',
      // Not calcium ("Ca 2.3", "Ca/Mg", "ca carbonate"); a year after it is a date ("prostate ca 2018"),
      // and so is a time ago ("breast ca 15 yrs ago").
      'ca(?!\\s*(?:/|\\+|(?!(?:19|20)\\d\\d(?!\\d)|\\d{1,2} ?(?:y|yrs?|years?|mo|mos|months?|wks?|weeks?)(?![\\w.]))\\d|supplement|carbonate|channel|and vit|-\\d))',
      'personal (?:hx|history|h/o) of (?:cancer|ca|malignancy)',
      'oncolog(?:y|ical) history',
    ],
  },
  {
    concept: 'unexplained_weight_loss',
    patterns: [
      '(?<!%\\s)(?<!intentional\\s)(?:wt|weight)[- ]loss(?! (?:options|goals?|program|plan|counsel\\w*|medications?|meds|surgery|strategies|management|is intentional|was intentional|\\(intentional))',
      '(?:lost|losing|dropped) (?:about |around |~|nearly |over |almost |at least )?(?:(?:a|one|half a|two|three) stone|\\d+(?:\\.\\d)? ?(?:lb|lbs|kg|pounds|kilos|st|stone)|weight|a lot of weight|some weight)(?! (?:intentionally|on purpose|with (?:diet|dieting)|on (?:a diet|slimming world|weight watchers)))',
      '(?:unintentional|unintended|unexplained|involuntary|unexpected) (?:\\d+ ?(?:lb|lbs|kg) )?(?:wt|weight)(?: (?:loss|change))?',
      'lost {gap4}and (?:about |around |~|nearly |over |almost )?\\d+(?:\\.\\d)? ?(?:lb|lbs|kg|pounds|kilos|st|stone)(?! (?:intentionally|on purpose|with (?:diet|dieting)))',
      '(?:loss|losing) of (?:wt|weight)',
      `${WEIGHT_DOWN} (?:by )?(?:about |around |~|nearly |over |almost )?(?:\\d+(?:\\.\\d)? ?(?:lb|lbs|kg|pounds|kilos|st|stone|%)|(?:a|one|half a|two|three) stone)`,
      '(?<!(?:trying|want|wants|need|needs|plan|plans|planning|advised|hoping|aim|aims) to )(?:lose|losing) (?:any )?weight',
      'cachexia|cachectic',
      '(?:clothes|trousers|pants) (?:are |have been )?(?:getting )?(?:loose|looser)',
    ],
  },
  {
    concept: 'unexplained_weight_loss',
    assume: 'absent',
    patterns: [
      'intentional (?:wt|weight)[- ]loss',
      `(?:wt|weight)[- ]loss ?[-–:,(] ?${ON_PURPOSE}`,
      '(?:wt|weight)[- ]loss (?:is|was) intentional',
      `lost \\d+ ?(?:lb|lbs|kg|pounds) {gap6}\\(?${ON_PURPOSE}`,
      `(?:wt|weight)[- ]loss (?:of )?(?:about |~)?(?:\\d+(?:\\.\\d)? ?(?:lb|lbs|kg|pounds|kilos|st|stone) )?\\(?(?:${ON_PURPOSE}|planned)`,
      `${WEIGHT_DOWN} (?:by )?(?:about |~)?\\d+(?:\\.\\d)? ?(?:lb|lbs|kg|pounds|kilos|st|stone|%) {gap4}\\(?${ON_PURPOSE}`,
      '(?:wt|weight) (?:has been |is |remains |remained |has remained )?(?:stable|unchanged|steady)',
      'stable (?:wt|weight)',
      // "Weight down 4 kg since starting semaglutide in March, intentional"
      "(?:wt|weight)(?: loss)?(?: ?[:\\-–] ?| (?:is |has |has been )?)(?:down|dropped|lost|fallen|loss of)[^.;]{0,60}?(?:,|\\()? ?(?<![\\w])(?:intentional(?:ly)?|on purpose|semaglutide|ozempic|wegovy|tirzepatide|mounjaro|liraglutide|saxenda|orlistat)",
    ],
  },
  {
    concept: 'failure_to_improve',
    patterns: [
      `(?:failed|failure of|failing|failure to respond to) {gap3}${TREATMENT}`,
      `(?:not|no) (?:improving|improved|better|improvement) {gap3}(?:with|despite|after|on|from) {gap4}(?:${TREATMENT}|weeks|wks|months|mos)`,
      '(?:completed|after|despite|tried|following|done|did|(?:has|have) had|\\d{1,4} (?:wks?|weeks?|months?|mos?) of) [^.]{0,60}?(?:pt|physio\\w*|physical therapy|conservative (?:care|tx|treatment|management)|home exercises|nsaids?)[^.]{0,80}?(?:without (?:any |meaningful |significant |much |real |lasting )?(?:improvement|benefit|relief)|no improvement|not (?:improved|better|improving)|no better|unchanged|no change)',
      'failure to improve',
      `(?:has |have )?failed to (?:improve|settle|respond) {gap2}(?:despite|with|after|to) {gap3}(?:${TREATMENT}|${ANALGESIA}|exercises?)`,
      'failed conservative',
      `(?:not|isn'?t|is not|hasn'?t|has not|haven'?t|have not) (?:been )?(?:settling|settled|resolving|resolved|easing|eased|getting (?:any )?better) {gap2}(?:after|despite|in|over|with|for) {gap3}(?:weeks|wks|months|mos|a month|a few weeks|several weeks|\\d+ (?:weeks?|wks?|months?|mos?)|${TREATMENT}|${ANALGESIA})`,
      `(?:getting|got|gets) worse (?:despite|in spite of) {gap3}(?:${TREATMENT}|${ANALGESIA})`,
    ],
  },
  {
    concept: 'fever',
    patterns: [
      '(?<!(?:hay|rheumatic|scarlet|dengue|yellow|q|typhoid|glandular)\\s)fevers?',
      'febrile',
      'pyrexi(?:a|al)',
      'feverish',
      'running a (?:temp|temperature|fever)',
      'rigou?rs',
      '(?:temp|temperature|temps)(?<=(?:no|denies|without|nil) (?:temp|temperature|temps))',
      'high (?:temp|temperature)s?',
      '(?:feels?|feeling|felt|gets?|getting|going) (?:all )?hot and cold',
      'low[- ]grade (?:temps?|temperatures?|pyrexia)',
    ],
  },
  { concept: 'fever', assume: 'absent', patterns: ['afebrile', 'apyrexial', '(?:temp|temperature)s? (?:is |was |has been )?(?:normal|nl|wnl|ok|okay|fine|unremarkable)'] },
  {
    concept: 'fever',
    assume: 'uncertain',
    note: 'Feeling hot and shivery is not a measured fever: ask or take the temperature.',
    patterns: ["(?:feels?|feeling|felt|gets?|getting) (?:all |a bit |quite )?['\"‘“]?hot (?:and|&) (?:shivery|shivering|shaky|sweaty)"],
  },
  {
    concept: 'night_sweats',
    patterns: [
      'night sweats?',
      '(?:drenching|soaking|night-?time) sweats',
      'sweats at night',
      'soak(?:ing|ed|s) the sheets',
      '(?:sweating|sweats|sweaty) {gap3}(?:at night|overnight|in the night|during the night)',
      'sweats? {gap3}(?:drench\\w*|soak\\w*) (?:the |his |her |my )?(?:sheets|bed|pyjamas|pajamas|bedclothes)',
      '(?:wakes?|woke|waking) (?:up )?(?:drenched|soaked|soaking|drenching) (?:in|with) sweat',
    ],
  },
  {
    concept: 'ivdu',
    patterns: [
      'ivdu|ivda|pwid|pwud',
      '(?:iv|i\\.v\\.|intravenous|injection|injecting|injected) (?:drug|heroin|substance|opioid|meth\\w*)s?(?: use| user| abuse)?',
      'inject(?:s|ing|ed)? (?:drugs|heroin|meth\\w*)',
      'shoot(?:s|ing)? up',
      'skin popping',
      'iv heroin',
      // Seen on examination, it outweighs a denial: "denies IVDU but track marks noted".
      '(?:track|needle) marks',
    ],
  },
  {
    concept: 'ivdu',
    assume: 'uncertain',
    note: 'Drug injection given up is to ask about (when, and whether it has restarted), not an infection flag.',
    patterns: ["(?:ivdu|ivda|iv drug use|pwid) ?[:\\-–] ?(?:former|ex|previous|past|historic(?:al)?|stopped|quit|none (?:since|for))"],
  },
  {
    concept: 'immunosuppression',
    patterns: [
      'hiv(?!\\s*(?:screen\\w*|test\\w*|ab\\b|antibody|serology|negative|neg\\b|status unknown))',
      'immuno(?:suppressed|suppression|suppressive|compromised|deficiency|deficient)',
      'rvd|retroviral disease|cd4(?: count)?(?: of)? \\d{1,3}(?!\\d)',
      '(?:kidney|renal|liver|hepatic|heart|cardiac|lung|pancreas|bone marrow|stem cell|organ|solid organ)[- ]transplant(?:ation|ed)?',
      'transplant recipient|post-?transplant',
      'chemo(?:therapy)?',
      'neutropeni[ac]',
      'tacrolimus|cyclosporine|ciclosporin|sirolimus|everolimus|mycophenolate|cellcept|azathioprine|methotrexate|leflunomide|cyclophosphamide',
      'adalimumab|humira|infliximab|remicade|etanercept|enbrel|certolizumab|cimzia|golimumab|simponi|secukinumab|cosentyx|ixekizumab|taltz|ustekinumab|stelara|tofacitinib|xeljanz|upadacitinib|rinvoq|baricitinib|rituximab|tocilizumab|abatacept|vedolizumab|risankizumab|guselkumab|bimekizumab',
      '(?:on|taking|receiving|started|continues?|continuing) (?:a )?biologics?(?: therapy| agents?)?',
      'anti-?tnf',
    ],
  },
  { concept: 'immunosuppression', caseSensitive: true, patterns: ['AIDS'] },
  {
    concept: 'recent_infection',
    recentOnly: true,
    patterns: [
      'recent (?:bacterial |skin |soft tissue |urinary |systemic )?infections?',
      'uti|urinary tract infection|urosepsis|kidney infection|chest infection|septic arthritis|osteomyelitis (?:of|in) the (?:foot|hand|toe)',
      'pyelonephritis|pyelo',
      'bacter(?:a)?emia|bacteraemia|septicemia|septicaemia|sepsis',
      'cellulitis',
      'endocarditis',
      '(?:skin|soft tissue|dental|tooth) (?:infection|abscess)',
      'pneumonia',
      '(?:recently|just) (?:finished|completed) (?:a course of )?(?:abx|antibiotics)',
      'infections?(?= (?:last|\\d+ (?:wks?|weeks|days|months) ago))',
      'infections?(?<=(?:no|denies|without|nor) (?:\\w+ ){0,3}infections?)',
    ],
  },
  {
    concept: 'recent_spinal_procedure',
    recentOnly: true,
    patterns: [
      'esi',
      'epidural(?= (?:steroid|injection|inj|block|anaes\\w*|anes\\w*|catheter|analgesia|for|during|in labou?r)| ?[.,;]| ?$)(?: steroid)?(?: injections?)?',
      '(?:had|received|got) an epidural',
      '(?:spinal|spine|facet|si joint|sij|lumbar|transforaminal|interlaminar|caudal) (?:injections?|blocks?)',
      'nerve root blocks?|medial branch blocks?|radiofrequency ablation',
      'laminectomy|laminotomy|hemilaminectomy|discectomy|microdiscectomy|foraminotomy|kyphoplasty|vertebroplasty|(?:spinal|lumbar|spine|interbody) fusion|fusion',
      '(?:spine|spinal|back|lumbar) (?:surgery|surgeries|procedures?|op|operation)(?! (?:eval\\w*|consult\\w*|referral|team|clinic|service|follow-?up|f/u|appointment|appt|resident|on call|on-call))',
      'spinal (?:tap|anaesthesia|anesthesia|cord stimulator)',
      'lumbar puncture|myelogram|discogram',
      'lp(?= (?:performed|done|carried out|was done|on the ward|\\d+ (?:days?|weeks?) ago|last week|yesterday))',
      'spinal (?:surgery|procedure)/injection',
    ],
  },
  {
    concept: 'significant_trauma',
    recentOnly: true,
    note: 'A fall or crash long ago is not the cause of this pain: an old one is dropped.',
    patterns: [
      '(?<!non-?|a|minor )trauma(?:tic)?(?! (?:center|centre|surgery|team|bay))',
      // "RTC" is also "return to clinic" ("RTC 6 weeks", "RTC after MRI"): not then.
      'rtc(?! ?(?:in |after |with |prn|for |to |if |\\d+ ?(?:d|days?|wks?|weeks?|mos?|months?|yrs?|years?|/(?:7|52|12))\\b))',
      'mvc|mva|rta|motor vehicle (?:collision|crash|accident)|(?:car|motorbike|motorcycle|motor bike|moped|scooter|bike|bicycle|cycling) (?:crash|accident|wreck|collision)|road traffic (?:accident|collision)',
      '(?:fall|fell|falls|falling|jumped) (?:from|off) (?:a |the |his |her |my )?(?:height|ladder|roof|scaffold\\w*|tree|horse|stairs|bed|chair|wall|bike|bicycle|motorbike|motorcycle)',
      '(?:fell|fall|falls|falling) down (?:the |a flight of |\\d+ |several |some )?(?:stairs|steps)',
      '(?:hit|struck) by a (?:car|vehicle|truck)|pedestrian struck',
      'assault(?:ed)?',
      '(?:crush|high[- ]energy|high[- ]velocity|major|significant) (?:injury|trauma|mechanism)',
    ],
  },
  {
    concept: 'significant_trauma',
    recentOnly: true,
    minorTrauma: true,
    note: 'A fall from standing or a hard landing: significant in the elderly or with fragile bones.',
    patterns: [
      '(?<!(?:last|this|next|in the|early|late|spring and|spring or|summer and)\\s)falls?(?! (?:asleep|apart|semester|term|and (?:winter|spring)|risk|prevention|assessment|clinic|screen\\w*|service|team))',
      'fell(?! asleep)(?: (?:off|down|from|on|onto|over|backwards|hard))?',
      'minor trauma',
      'sat down hard',
      '(?:slid|slipped|rolled) (?:off|out of) (?:the |her |his |my )?(?:edge of (?:the |her |his |my )?)?(?:bed|chair|toilet|stairs)',
      'landed (?:hard |heavily )?on (?:her|his|my|the) (?:bottom|back|buttocks|coccyx|tailbone)',
    ],
  },
  {
    concept: 'significant_trauma',
    assume: 'absent',
    patterns: ['(?:no|not from an?|without(?: any)?|denies|no specific|no preceding|no known|no identifiable|no obvious|no history of|no h/o) (?:(?!head|neck|facial|face|hand|wrist|arm|knee|chest|eye)\\w+ )?injur(?:y|ies)', 'non-?traumatic', 'atraumatic'],
  },
  {
    concept: 'osteoporosis',
    patterns: [
      'osteoporo(?:sis|tic)|osteopeni(?:a|c)',
      'low bone (?:density|mass)',
      "(?:thin|brittle|weak|fragile) bones",
      'alendronate|fosamax|risedronate|actonel|ibandronate|zoledron\\w*|reclast|denosumab|prolia|teriparatide|forteo|romosozumab|bisphosphonates?',
      't[- ]?score:? ?(?:of )?(?:-|−|minus )\\s?(?:[1-9](?:\\.\\d)?)',
      '(?:dexa|dxa)(?: \\d{4})?:? t(?:[- ]?score)?:? ?(?:-|−)\\s?[1-9]',
      'fragility fractures?',
    ],
  },
  {
    concept: 'osteoporosis',
    assume: 'absent',
    patterns: ['(?:dexa|dxa|bone density|bmd)(?: scan)?(?: \\d{4})? {gap2}(?:normal|nl|wnl|unremarkable)'],
  },
  {
    concept: 'steroid_use',
    patterns: [
      '(?:on|taking|takes|chronic|long-?term|maintenance|daily|oral) (?:\\w+ )?(?:prednisone|prednisolone|pred|methylprednisolone|dexamethasone|hydrocortisone|deflazacort)',
      '(?:prednisone|prednisolone|pred|methylprednisolone|dexamethasone|hydrocortisone|deflazacort) \\d+(?:\\.\\d+)? ?mg (?:daily|qd|od|per day|a day|every day|qam|each morning|every other day)',
      '(?:prednisone|prednisolone|methylprednisolone|dexamethasone|hydrocortisone|deflazacort) {gap4}(?:x|for|over) (?:\\d+|many|several) (?:months|years|mos|yrs|mo|yr)',
      '(?:long-?term|chronic|prolonged|daily|oral|systemic|high-?dose) (?:oral |systemic )?(?:steroids?|corticosteroids?|glucocorticoids?)(?: use)?',
      '(?<!(?:topical|inhaled|eye|nasal|epidural|intra-?articular|joint)\\s)(?:steroids?|corticosteroids?|glucocorticoids?)(?! (?:drops|cream|ointment|inhaler|eye|nasal|injection|shot))(?: use)?',
    ],
  },
  {
    concept: 'sexual_dysfunction',
    patterns: [
      'erectile (?:dysfunction|problems|difficulty)',
      'impoten(?:ce|t)',
      '(?:new )?sexual dysfunction',
      '(?:ejaculatory|orgasmic) (?:dysfunction|problems|difficulty)',
      '(?:loss of|altered|reduced|decreased) (?:genital|penile|vaginal|clitoral) sensation',
      '(?:numb\\w*|no feeling) {gap3}(?:penis|vagina|clitoris|genitals)',
      '(?:can\'?t|cannot|unable to) (?:get|maintain|keep) an erection',
      // "erections 'not right' since Tues", "new erectile difficulty"
      'erections? (?:are |is |have been |has been )?(?:not right|not working|not the same|difficult|a problem|weak|weaker|gone)',
      '(?:problems?|difficulty|trouble) (?:getting|keeping|maintaining|achieving)(?: or (?:getting|keeping|maintaining))? an erection',
      '(?:loss of|lost|no|new|reduced) (?:erections?|erectile function|libido and erections)',
      '(?:changes?|problems?|difficulty|loss|alteration) (?:in|with|of) (?:sexual function|erections?)',
      '(?:change|loss|reduced|altered|no) (?:in )?(?:feeling|sensation) during sex',
    ],
  },
  {
    concept: 'pulsatile_abdominal_mass',
    patterns: [
      'pulsatile,? {gap3}mass',
      'expansile (?:abdominal )?mass',
      'pulsatile abdomen',
      'palpable (?:abdominal )?aorta',
      // As a patient describes it
      '(?:pulsating|pulsatile|throbbing|beating) (?:feeling|sensation|lump|mass) in (?:the |my |his |her )?(?:tummy|belly|abdomen|stomach)',
    ],
  },
  {
    concept: 'known_aaa',
    patterns: ['aaa', '(?:abdominal )?aortic aneurysm', 'aneurysm of the (?:abdominal )?aorta', 'evar'],
  },
  {
    // A screening scan that found no aneurysm: "AAA screening 2021 - aorta 2.6 cm, normal".
    concept: 'known_aaa',
    assume: 'absent',
    patterns: [
      '(?:aaa|aortic aneurysm|aorta|aortic) (?:ultrasound |us |uss )?(?:screen|screening|scan)(?: \\d{4})?(?:[^.;]|\\.(?=\\d)){0,40}?(?:normal|negative|no aneurysm|not aneurysmal|discharged)',
      'normal aorta',
    ],
  },
];
