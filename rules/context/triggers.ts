import type { Category, TriggerRule } from './schema';
import { gluedSign, spacedSign } from '../text/signs';

type Rule = TriggerRule;
const many = (literals: string[], rest: Omit<Rule, 'literal' | 'pattern'>): Rule[] =>
  literals.map((literal) => ({ literal, ...rest }) as Rule);

/** "should prompt", "would need", "must warrant": what a safety-net sentence tells the patient to act on. */
const ADVICE_VERB = '(?<![\\w])(?:should|would|must|will)\\s{1,8}(?:prompt|need|require|warrant|trigger|mean)(?![\\w])';

/** Where safety-net advice sends the patient: "the ED", "A&E", "urgent care", "the GP", "us". */
const CARE_PLACE =
  '(?:the\\s{1,8}|an\\s{1,8})?(?:ed|er|a\\s{0,2}&\\s{0,2}e|emergency(?:\\s{1,8}(?:department|dept|room|services))?|hospital|urgent\\s{1,8}care|gp|clinic|us)';
/** How soon: "urgently", "straight away", "same day". */
const PROMPTLY = '(?:immediately|urgently|straight\\s{1,8}away|right\\s{1,8}away|promptly|at\\s{1,8}once|same[- ]day|asap)';

/** A known cause other than the spine that explains a symptom: "diabetic neuropathy", "BPH", "MS". */
const OTHER_CAUSE =
  '(?:(?:his|her|known|longstanding|chronic|h/o|diabetic|peripheral|neurogenic|an?|enlarged|benign|old|previous|prior|childhood|remote|bilateral|(?:l|r|left|right)(?:\\s{1,8}and\\s{1,8}(?:l|r|left|right))?)\\s{1,8}){0,3}(?:bph|prostat\\w*|neuropathy|diabetes|childbirth|pregnancy|catheter\\w*|ms|multiple\\s{1,8}sclerosis|polio|spina\\s{1,8}bifida|stroke|cva|(?:knee|hip|ankle)s?\\s{1,8}(?:oa|osteoarthritis|arthritis)|pvd|peripheral\\s{1,8}vascular\\s{1,8}disease|claudication|deconditioned|deconditioning|overactive\\s{1,8}bladder|oab|detrusor\\s{1,8}overactivity)(?![\\w])';

/** Not noticing an event that happened: "didn't notice he'd soiled himself", "without realising she had wet herself". */
const NOT_NOTICING =
  "(?=[dnhw])(?<![\\w])(?:didn'?t|did\\s{1,8}not|never|hadn'?t|had\\s{1,8}not|without)\\s{1,8}(?:notic\\w*|realis\\w*|realiz\\w*|know|knowing|feel|feeling)(?:\\s{1,8}that)?\\s{1,8}(?:he|she|i|they|we)(?:'d|\\s{1,8}had|\\s{1,8}was|\\s{1,8}were|\\s{1,8}has)(?![\\w])";

/** What a clause break ends when it should leave a history list or a relative alone. */
const ASSERTIONS: Category[] = ['negated', 'possible', 'hypothetical'];

/**
 * Context triggers, as data. Longer phrases win over shorter ones at the same place, so
 * pseudo-triggers ("no improvement") and compound hedges ("cannot be excluded") override
 * the bare words inside them. Tests: test/rules/context/triggers.test.ts, one sentence each.
 * A literal's spaces match up to eight whitespace characters; patterns write the same bound
 * as \s{1,8} (rules/text/whitespace.ts says why it is eight).
 */
export const TRIGGERS: Rule[] = [
  // ── Negation, forward ────────────────────────────────────────────────────────────────
  ...many(
    [
      'no', 'denies', 'denied', 'deny', 'denying', 'without', 'w/o', 'negative for', 'neg for', 'neg',
      // Longer than the backward "is negative" that starts at the same word.
      'is negative for', 'was negative for', 'are negative for', 'were negative for',
      // A list headed as negatives: "Pertinent negatives: fever, saddle anaesthesia"
      'negatives', 'pertinent negatives', 'pertinent negative', 'relevant negatives', 'important negatives', 'negs',
      'neg. for', '-ve for', 'negative', 'free of', 'free from', 'clear of', 'absence of', 'absent',
      'no evidence of', 'no sign of', 'no signs of', 'no signs or symptoms of', 'no suggestion of',
      'no suspicion of', 'no findings of', 'no findings to suggest', 'no mention of', 'no abnormal',
      'never', 'never had', 'neither', 'nor', 'none of', 'no known', 'no history of', 'no hx of', 'no h/o', 'no prior',
      'no previous', 'no personal history of', 'no longer', 'no further', 'no new', 'no ongoing',
      'no complaints of', 'no c/o', 'no report of', 'no reports of', 'with no', 'x no',
      // "not" covers "did not", "is not", "has not"; contractions need their own entry.
      'doesn\'t', 'didn\'t', 'don\'t', 'hasn\'t', 'haven\'t', 'hadn\'t', 'isn\'t', 'wasn\'t', 'aren\'t',
      'weren\'t', 'doesnt', 'didnt', 'dont', 'hasnt', 'havent', 'hadnt', 'isnt', 'wasnt', 'arent', 'werent',
      'doesn\'t have', 'not have', 'not had', 'not feel', 'not appreciate', 'not reveal',
      'not see', 'not demonstrate', 'not report', 'not reporting', 'not endorse', 'not endorsing',
      'not complain of', 'not associated with',
      // A negated hedge is a negation, not a hedge.
      'not suggestive of', 'not consistent with', 'inconsistent with', 'not compatible with', 'not likely',
      'not suspicious for', 'not concerning for',
      'lack of', 'lacks', 'lacking', 'ruled out for', 'rules out', 'resolution of', 'unremarkable for',
      'fails to reveal', 'failed to reveal', 'rather than', 'instead of',
    ],
    { category: 'negated', direction: 'forward' },
  ),
  // A checklist sign in front of its item: "ROS: (-) fever, (-) chills, (-) weight loss".
  {
    pattern: '\\(\\s{0,2}-\\s{0,2}\\)(?=\\s{0,8}[a-z])',
    category: 'negated',
    direction: 'forward',
    maxScope: 5,
  },
  // "Nil" in front of what it denies, as UK notes write it: "nil bladder/bowel sx", "nil saddle
  // anaesthesia". Only when a word follows: "B/B sx nil, saddle numbness" is the backward "nil".
  {
    pattern: '(?<![\\w])nil(?=\\s{1,8}[a-z(/])',
    category: 'negated',
    direction: 'forward',
  },
  // The same sign glued to its item, as US notes write a review of systems: "-fever -wt loss
  // -saddle anesthesia". Only at the start of a word with no space after it: "- fever" is a
  // bullet, "2-3" a range, "non-tender" one word, and "SLR -ve" the backward "-ve".
  {
    pattern: gluedSign('-'),
    category: 'negated',
    direction: 'forward',
    maxScope: 5,
  },
  // …or with a space after it, in a one-line list of signed items: "ROS: - leg weakness, - bladder change".
  {
    pattern: spacedSign('-'),
    category: 'negated',
    direction: 'forward',
    maxScope: 5,
  },
  // …and a positive sign starts the next item: "(-) fever, (+) night sweats", "-fever +chills", "- fever, + chills".
  { literal: '(+)', direction: 'terminate' },
  { pattern: gluedSign('\\+'), direction: 'terminate' },
  { pattern: spacedSign('\\+'), direction: 'terminate' },
  // A bare "not" negates the predicate it stands in ("not worse with bending", "not relieved by
  // rest"), not the next items of a list ("not worse with bending, stiff in the mornings, better
  // with exercise"); "not" with a verb of having or noticing heads a list like "no" does.
  { literal: 'not', category: 'negated', direction: 'forward', maxScope: 2 },
  ...many(
    [
      'not experiencing', 'not experienced', 'not noticed', 'not noticing', 'not having', 'not had any',
      'not have any', 'not on', 'not taking', 'not currently taking', 'not using', 'not any', 'not suffering from',
      'not suffered from', 'not aware of', 'not describe', 'not describing', 'not mention', 'not mentioned',
      // A negated judgement reaches its object however far: "would not support a diagnosis of …"
      'not believe', 'not think', 'not support', 'not typical for', 'not be typical for', 'not suggest',
      'not indicate', 'not indicative of', 'not diagnostic of', 'not felt to be', 'not thought to be',
      'not considered', 'not give',
    ],
    { category: 'negated', direction: 'forward' },
  ),
  {
    pattern:
      '(?=n)(?<![\\w])not\\s{1,8}(?:really|actually|currently|usually|ever|specifically|recently)\\s{1,8}(?:have|has|had|having|get|gets|feel|feels|give|report\\w*|complain\\w*|notic\\w*|experienc\\w*|describ\\w*|endors\\w*|mention\\w*)(?![\\w])',
    category: 'negated',
    direction: 'forward',
    note: 'an adverb between "not" and the verb: "does not really have any leg weakness"',
  },
  // ── Negation, backward ("SLR neg", "saddle anesthesia (-)", "allergies - none") ──────
  ...many(
    [
      '(-)', '-ve', 'neg', 'negative', 'is negative', 'was negative', 'were negative', 'are negative',
      'ruled out', 'has been ruled out', 'have been ruled out', 'was ruled out', 'were ruled out',
      'excluded', 'is excluded', 'was excluded', 'unlikely', 'not seen', 'not present', 'not noted',
      'not identified', 'not found', 'not demonstrated', 'not evident', 'not appreciated', 'not detected',
      'absent', 'are absent', 'is absent', 'was absent', 'resolved', 'has resolved', 'have resolved',
      'denied',
      // "none"/"nil" answer what comes before them ("complications: none"); "none of" looks forward.
      'none', 'nil',
    ],
    { category: 'negated', direction: 'backward', maxScope: 4 },
  ),
  // Adjectives that call a part normal belong to the phrase right before them ("bowel/bladder
  // normal", "reflexes are intact"), not to a finding further back ("afebrile and had a normal
  // white count").
  ...many(
    [
      'nad', 'free', 'wnl', 'within normal limits', 'normal', 'nl', 'intact', 'unremarkable', 'fine', 'ok', 'okay',
      'continent',
      // "Bladder and bowels working normally" (not a bare "normally": "cannot feel normally" is a deficit).
      'working normally', 'working fine', 'working ok', 'working okay', 'working well',
      'functioning normally', 'functioning fine', 'functioning ok', 'functioning okay', 'functioning well',
    ],
    { category: 'negated', direction: 'backward', maxScope: 2 },
  ),
  // ── Uncertainty ("possible", "r/o", "?", "concern for") ──────────────────────────────
  ...many(
    [
      'possible', 'possibly', 'probable', 'probably', 'likely', 'suspect', 'suspected', 'suspicious for',
      'suspicion of', 'suspicion for', 'concern for', 'concerning for', 'worrisome for', 'worried about', 'worried', 'worries', 'concerned that', 'afraid', 'scared', 'fears', 'anxious that',
      'r/o', 'rule out', 'to rule out', 'rule-out', 'cannot exclude', 'can\'t exclude', 'cannot rule out',
      'can\'t rule out', 'could not rule out', 'not ruled out', 'may', 'may have', 'might', 'might have',
      'could', 'could be', 'maybe', 'perhaps', 'questionable', 'query', '?', 'uncertain', 'unclear',
      'equivocal', 'borderline', 'differential', 'ddx', 'differential diagnosis', 'consider', 'considered',
      'evaluate for', 'eval for', 'evaluation for', 'assess for', 'to assess for', 'screen for',
      'screening for', 'to exclude', 'not sure', 'unsure', 'vs', 'vs.', 'versus', 'presumed',
      'presumably', 'apparent', 'apparently', 'suggestive of', 'suggests',
      // "consistent with active sacroiliitis" reports a finding; it is not a hedge.
      'question of', 'concern about', 'might be', 'seems', 'appears',
      'poss', 'poss.', 'concerned about', 'concerned re', 'concerns about', 'concerns re', 'anxious about',
      'worried re', 'worry about', 'worries about',
      'test for', 'testing for', 'work up for', 'workup for', 'w/u for', 'pending', 'await', 'awaiting',
      'sent', 'send', 'ordered', 'order', 'check', 'recheck', 'obtain', 'to check',
    ],
    { category: 'possible', direction: 'forward', maxScope: 8 },
  ),
  ...many(
    [
      '?', 'cannot be excluded', 'can\'t be excluded', 'not excluded', 'cannot be ruled out',
      'can\'t be ruled out', 'not been ruled out', 'not ruled out', 'is possible', 'is likely',
      'is suspected', 'was suspected', 'questionable', 'equivocal', 'hard to tell', 'not sure',
      'pending', 'awaited', 'to follow', 'requested', 'ordered', 'sent', 'unknown', 'not known',
      'is unclear', 'not yet done', 'not done', 'not yet available', 'to be done', 'in process',
      'possible', 'probable', 'suspected', 'vs', 'vs.', 'versus', 'or not', 'in the differential',
      'is in the differential',
    ],
    { category: 'possible', direction: 'backward', maxScope: 5 },
  ),
  // "Metastatic compression considered but no h/o cancer": weighed, then set aside. The "but"
  // inside still ends the scopes before it.
  { literal: 'considered but', category: 'possible', direction: 'backward', maxScope: 5 },
  { literal: 'considered but', direction: 'terminate', forwardOnly: true },
  // ── Hypothetical ("if", "should she develop") ────────────────────────────────────────
  ...many(
    [
      'if', 'should there be', 'in case',
      'in case of', 'in the event of', 'unless', 'as needed for', 'prn for', 'when to', 'to prevent',
      'prevention of', 'risk of', 'risk for', 'at risk of', 'at risk for', 'concern that', 'to avoid',
    ],
    { category: 'hypothetical', direction: 'forward', maxScope: 12 },
  ),
  // Safety-net advice opens a whole list of symptoms to look out for.
  ...many(
    [
      // "if he develops …" and "should she develop …" head a list of what to watch for, however long.
      'if she develops', 'if he develops', 'if they develop', 'if you develop', 'if develops', 'if develop',
      'should he develop', 'should she develop', 'should they develop', 'should you develop',
      'return if', 'call if', 'call back if', 'come back if', 'seek care if', 'go to ed if', 'go to the ed if',
      'return for', 'return with', 'watch for', 'monitor for', 'look out for', 'warning signs',
      'red flag advice', 'precautions', 'return precautions', 'advised to report', 'report any', 'if any',
      'if any of the following', 'if there is any', 'if there are any', 'call for any',
      'safety-netted', 'safety netted', 'safety-netting', 'safety netting', 'safety-net', 'safety net advice',
      'attend a&e if', 'go to a&e if', 'to go to a&e if', 'attend ed if', 'seek help if', 'seek urgent help if',
      // Education about symptoms to look out for is not a report of them.
      'immediately if', 'straight away if', 'urgently if', 'call 999', 'dial 999', 'call 911', 'call 000',
      'advised him that', 'advised her that', 'advised them that', 'advised the patient that', 'should prompt',
      'will start', 'to start', 'plan to start', 'planning to start', 'consider starting', 'will commence', 'to commence',
      'educated on', 'educated about', 'education on', 'education about', 'advised about', 'advised re',
      'advice re', 'advice about', 'advice given re', 'counselled on', 'counseled on', 'counselled about',
      'counseled about', 'warned about', 'warned of', 'written advice', 'leaflet on',
      'educated regarding', 'education regarding', 'counselled regarding', 'counseled regarding',
      'advised regarding', 'advice regarding', 'instructed regarding', 'educated re', 'counselled re',
      'counseled re', 'informed about', 'information about', 'leaflet about',
    ],
    { category: 'hypothetical', direction: 'forward', maxScope: 60 },
  ),
  // A treatment talked over or offered is not one done: "We discussed a left L4/5 transforaminal
  // epidural steroid injection, which he would like to think about."
  ...many(
    ['discussed a', 'discussed an', 'discussed the option of', 'discussed options of', 'offered a', 'offered an', 'listed for', 'booked for', 'would like to think about'],
    { category: 'hypothetical', direction: 'forward', maxScope: 8 },
  ),
  {
    pattern: '(?=s)(?<![\\w])should\\s{1,8}(?:the|any|there|his|her|their|new|symptoms?|he|she|they|you|it)(?![\\w])',
    category: 'hypothetical',
    direction: 'forward',
    maxScope: 20,
    note: 'a conditional: "contact us should the weakness worsen or any bladder symptoms develop"',
  },
  // Safety-net advice naming what to act on: "any saddle numbness or bladder change should prompt
  // urgent A&E attendance". Only a clause that says "any … should/would/must/will prompt|need|…"
  // opens it, and the advice verb closes it, so "any movement would prompt severe pain" leaves
  // the pain alone and "saddle numbness, which would need an MRI" stays a finding.
  {
    pattern: `(?=a)(?<![\\w])any(?=\\s[^.;!?\\n]{0,160}?${ADVICE_VERB})`,
    category: 'hypothetical',
    direction: 'forward',
    maxScope: 30,
  },
  { pattern: `(?=[swm])${ADVICE_VERB}`, direction: 'terminate', ends: ['hypothetical'], forwardOnly: true },
  {
    pattern:
      "(?=[rwcse])(?<![\\w])(?:(?:red[- ]?flags?(?:\\s{1,8}symptoms)?|warning\\s{1,8}signs|(?:ces|cauda\\s{1,8}equina)\\s{1,8}(?:symptoms|red[- ]?flags?|warning\\s{1,8}signs))\\s{1,8}(?:were\\s{1,8}|was\\s{1,8})?(?:explained|discussed|gone\\s{1,8}through|talked\\s{1,8}through)|explained\\s{1,8}(?:the\\s{1,8})?(?:red[- ]?flags?|warning\\s{1,8}signs|(?:ces|cauda\\s{1,8}equina)\\s{1,8}(?:symptoms|red[- ]?flags?)))(?![\\w])",
    category: 'hypothetical',
    direction: 'forward',
    maxScope: 30,
    note: 'red flags explained to the patient list what to watch for, not what is present: "Red flags explained: numbness between the legs, loss of bladder control"',
  },
  // Safety-net advice that names a place: "return to ED for saddle anesthesia", "attend A&E
  // urgently with any saddle numbness". "go"/"attend" need the place ("go for a walk" is not
  // advice); "return"/"come back" do not ("return for", "return with" are listed above).
  {
    pattern: `(?=[rc])(?<![\\w])(?:return|come\\s{1,8}back)(?:\\s{1,8}${PROMPTLY})?\\s{1,8}to\\s{1,8}${CARE_PLACE}(?:\\s{1,8}${PROMPTLY})?\\s{1,8}(?:for|with|if|should|in\\s{1,8}case)(?![\\w])`,
    category: 'hypothetical',
    direction: 'forward',
    maxScope: 60,
  },
  {
    pattern: `(?=[ga])(?<![\\w])(?:go|attend)(?:\\s{1,8}${PROMPTLY})?\\s{1,8}(?:to\\s{1,8})?${CARE_PLACE}(?:\\s{1,8}${PROMPTLY})?\\s{1,8}(?:for|with|if|should|in\\s{1,8}case)(?![\\w])`,
    category: 'hypothetical',
    direction: 'forward',
    maxScope: 60,
  },
  {
    pattern: "(?=d)(?<![\\w])discussed\\s{1,8}(?:the\\s{1,8})?(?:[\\w-]+\\s{1,8}){0,3}?(?:red\\s{1,8}flags?|warning\\s{1,8}signs|(?:ces|cauda\\s{1,8}equina)\\s{1,8}(?:symptoms|signs)|symptoms\\s{1,8}to\\s{1,8}(?:look|watch)\\s{1,8}(?:out\\s{1,8})?for|safety[- ]?net\\w*)",
    category: 'hypothetical',
    direction: 'forward',
    maxScope: 30,
    note: 'discussing red flags with the patient lists what to watch for, not what is present',
  },
  // Written safety-net advice and where it sends the patient: "CES advice leaflet given re: saddle
  // numbness, retention", "seek urgent review for new weakness or saddle anaesthesia".
  {
    pattern: "(?=[csr])(?<![\\w])(?:ces|cauda\\s{1,8}equina|safety[- ]?net(?:ting)?|red[- ]?flags?)\\s{1,8}(?:advice|leaflet|card|information|info)(?:\\s{1,8}(?:leaflet|card|sheet))?(?:\\s{1,8}(?:given|provided|issued|explained))?(?![\\w])",
    category: 'hypothetical',
    direction: 'forward',
    maxScope: 30,
  },
  {
    pattern: `(?=s)(?<![\\w])seek\\s{1,8}(?:(?:urgent|immediate|emergency|prompt|same[- ]day)\\s{1,8})?(?:medical\\s{1,8})?(?:help|attention|advice|review|assessment|care)(?:\\s{1,8}${PROMPTLY})?\\s{1,8}(?:for|with|if|should|in\\s{1,8}case)(?![\\w])`,
    category: 'hypothetical',
    direction: 'forward',
    maxScope: 60,
  },
  {
    pattern:
      '(?=[cnap])(?<![\\w])(?:call|notify|contact|alert|page)(?:\\s{1,8}(?:also|back|us|me|911|the\\s{1,8}(?:office|clinic|physician|doctor|nurse|pcp)|your\\s{1,8}(?:doctor|physician|pcp)))?\\s{1,8}for(?![\\w])',
    category: 'hypothetical',
    direction: 'forward',
    maxScope: 60,
    note: 'safety-net advice: "call for any ...", "notify the physician for ..."',
  },
  // ── History (counts as present for the patient) ───────────────────────────────────────
  ...many(
    [
      'history of', 'hx of', 'h/o', 'hx', 'past history of', 'remote history of', 'personal history of',
      'medical history of', 'significant history of', 'long history of', 'known history of', 'previous',
      'previously', 'prior', 'prior to', 'past', 'remote', 'old', 'former', 'formerly', 'status post',
      's/p', 'in the past', 'had been', 'years ago', 'childhood', 'diagnosed with', 'dx with', 'known',
      'known to have', 'since age', 'sequelae of',
      // Allergies are standing history, like the past medical history beside them.
      'allergies', 'allergic to',
      // A denied history is still a statement about the past.
      'no history of', 'no hx of', 'no h/o', 'no prior', 'no previous', 'no personal history of',
    ],
    { category: 'historical', direction: 'forward', maxScope: 15 },
  ),
  // "-ve: fever, weight loss" heads a list of negatives ("+ve: night pain" needs nothing: present is the default).
  { pattern: '(?<![\\w+])-ve(?=\\s{0,3}:)', category: 'negated', direction: 'forward' },
  // "Ex-IVDU", "ex smoker": a habit given up.
  {
    pattern: '(?<![\\w])ex(?=-[a-z]|\\s{1,8}(?:ivdu|iv\\s{1,8}drug|intravenous|injecting|heroin|drug|smoker|drinker)(?![\\w]))',
    category: 'historical',
    direction: 'forward',
    maxScope: 3,
  },
  // A symptom the patient has long had ("longstanding hesitancy", "numb feet for years"): for a
  // red flag that matters only when new, extract.ts asks instead of firing (CHRONIC_CUE).
  ...many(['longstanding', 'long-standing', 'long standing', 'lifelong', 'life-long'], {
    category: 'historical',
    direction: 'forward',
    maxScope: 2,
  }),
  ...many(['for years', 'for many years', 'unchanged for years', 'unchanged since surgery', 'unchanged since the operation', 'at baseline', 'since childbirth', 'which is baseline', 'is baseline'], {
    category: 'historical',
    direction: 'backward',
    maxScope: 4,
  }),
  // "Incontinent of urine (baseline)": like the bracket terminator below, it may start at the
  // space before the bracket, and wins there by length.
  {
    pattern: '(?<=[\\w.])\\s?\\(\\s{0,3}(?:at\\s{1,8})?baseline\\s{0,3}\\)',
    category: 'historical',
    direction: 'backward',
    maxScope: 4,
  },
  // A denial the speaker then doubts: "doesn't think she has any numbness down below, but isn't sure".
  {
    pattern:
      '(?<![\\w])but\\s{1,8}(?:(?:she|he|they|i|pt|patient)\\s{1,8})?(?:(?:isn\'?t|isnt|is\\s{1,8}not|wasn\'?t|wasnt|was\\s{1,8}not|aren\'?t|are\\s{1,8}not|am\\s{1,8}not|not)\\s{1,8}(?:entirely\\s{1,8}|completely\\s{1,8}|totally\\s{1,8}|really\\s{1,8}|100%\\s{1,8})?(?:sure|certain)|unsure|uncertain)(?![\\w])',
    category: 'possible',
    direction: 'backward',
    maxScope: 8,
    afterComma: true,
  },
  // Not looked at: "saddle sensation not assessed" is to examine, not found and not excluded.
  ...many(
    ['not assessed', 'not examined', 'not tested', 'not checked', 'not formally assessed', 'not elicited', 'not performed', 'unable to assess', 'could not be assessed', 'not able to be assessed'],
    { category: 'possible', direction: 'backward', maxScope: 4 },
  ),
  // "Continent of bladder and bowel" (a bare "continent" after them is with the normal-adjectives above).
  ...many(['continent of', 'remains continent of', 'fully continent of'], { category: 'negated', direction: 'forward', maxScope: 5 }),
  // A habit or symptom of the past: "used to get morning stiffness lasting hours but not any more"
  // (not "got used to the numbness", nor "was used to treat").
  {
    pattern: '(?=u)(?<![\\w])(?<!(?:got|get|gets|getting|become|became|am|is|are|was|were|be|been)\\s{1,8})used\\s{1,8}to(?![\\w])',
    category: 'historical',
    direction: 'forward',
    maxScope: 8,
  },
  // An episode that is over: "urinary retention now resolved" (asked about, not fired on), also
  // when the words open a clause of their own after it: "fever last week, now resolved".
  ...many(['now resolved', 'since resolved', 'has since resolved', 'have since resolved', 'now settled', 'has since settled', 'fully resolved', 'completely resolved',
    // "numbness over both thighs for the first two days, which settled completely"
    'settled completely', 'resolved completely', 'which settled', 'which resolved', 'which has settled', 'which has resolved', 'which have settled', 'which have resolved',
    'which went away', 'which has gone away', 'which have gone away'], {
    category: 'historical',
    direction: 'backward',
    maxScope: 6,
    afterComma: true,
  }),
  // …or in brackets after it: "numbness in both feet (known diabetic neuropathy)". Like the
  // bracket terminator below it may start at the space before the bracket, and wins there by length.
  {
    pattern:
      `(?<=[A-Za-z])\\s?\\(\\s{0,3}${OTHER_CAUSE}`,
    category: 'possible',
    direction: 'backward',
    maxScope: 6,
  },
  // Put down to another cause: "retention due to BPH", "numb feet from diabetic neuropathy".
  {
    pattern:
      `(?=[dsfbac2])(?<![\\w])(?:due\\s{1,8}to|secondary\\s{1,8}to|from|because\\s{1,8}of|attributed\\s{1,8}to|caused\\s{1,8}by|2/2)\\s{1,8}${OTHER_CAUSE}`,
    category: 'possible',
    direction: 'backward',
    maxScope: 6,
  },
  // History sections and their lists: "PMH: HTN; DM; ...", "past medical history is
  // significant for A, B, C, ...", "social history: smoker".
  ...many(
    [
      'past medical history', 'past medical history of', 'medical history', 'past history', 'pmh', 'pmhx',
      'past surgical history', 'surgical history', 'psh', 'pshx', 'social history', 'social hx', 'shx',
    ],
    { category: 'historical', direction: 'forward', maxScope: 40 },
  ),
  // Family history is a history, too (and belongs to the relatives: see the experiencer rules).
  ...many(['family history of', 'family history', 'family hx', 'fam hx', 'fhx', 'fh'], {
    category: 'historical',
    direction: 'forward',
    maxScope: 15,
  }),
  {
    pattern: '(?=[isfd(])(?<![\\w])(?:in|since|from|dx|diagnosed|\\()\\s*(?:19|20)\\d\\d\\b',
    category: 'historical',
    direction: 'bidirectional',
    maxScope: 6,
  },
  {
    pattern: '(?=b)(?<![\\w])back\\s{1,8}in\\s{1,8}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}(?![\\w])',
    category: 'historical',
    direction: 'backward',
    maxScope: 6,
    note: '"flu with fevers back in January, none since": an episode of its own, over',
  },
  ...many(
    ['years ago', 'yrs ago', 'months ago', 'last year', 'as a child', 'in the past', 'previously', 'in remission', 'remote', 'last time'],
    { category: 'historical', direction: 'backward', maxScope: 6 },
  ),
  // Now, not then: these end a history's scope ("h/o DVT, recent calf swelling").
  ...many(
    [
      'recent', 'recently', 'currently', 'current', 'presently', 'at present', 'today', 'tonight',
      'this morning', 'yesterday', 'comes in with', 'came in with',
    ],
    { direction: 'terminate', ends: ['historical'] },
  ),
  // Not a past history: the story of the present illness, its duration, an age, a cross-reference.
  ...many(
    [
      'history of present illness', 'history of the present illness', 'history of presenting illness',
      'history of presenting complaint', 'clinical history', 'interval history', 'history and physical',
      'history from', 'history obtained', 'history was obtained', 'history is obtained', 'as previously noted',
      'as previously described', 'as previously mentioned', 'as previously discussed', 'as noted previously',
    ],
    { direction: 'pseudo' },
  ),
  {
    pattern:
      '(?<![\\w.])(?:\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few)(?:-|\\s{1,8})(?:hour|day|week|wk|month|mo|year|yr)s?(?:-|\\s{1,8})(?:long\\s{1,8})?(?:history|hx)(?:\\s{1,8}of)?(?![\\w])',
    direction: 'pseudo',
    note: 'how long the present complaint has lasted: "a 3-day history of fever"',
  },
  { pattern: '(?=[ymwd])(?<![\\w])(?:year|yr|month|mo|week|wk|day)s?(?:-|\\s{1,8})old(?![\\w])', direction: 'pseudo', note: 'an age, not "old"' },
  {
    pattern:
      '(?=[iodfw])(?<![\\w])(?:in|over|during|for|within)\\s{1,8}the\\s{1,8}(?:past|last)\\s{1,8}(?:(?:\\d{1,3}|a|one|two|three|four|five|six|few|several|couple)\\s{1,8})?(?:hours?|days?|nights?|weeks?|wks?)(?![\\w])',
    direction: 'pseudo',
    note: 'a recent stretch of time: "UTI in the past 2 weeks"',
  },
  // ── Experiencer: relatives and other people ──────────────────────────────────────────
  ...many(
    [
      'mother', 'mom', 'mum', 'father', 'dad', 'brother', 'sister', 'sibling', 'siblings', 'son', 'daughter',
      'aunt', 'uncle', 'cousin', 'grandmother', 'grandfather', 'grandparent', 'grandparents', 'grandma',
      'grandpa', 'grandad', 'granddad', 'granny', 'gran', 'grandmum', 'grandmom', 'parent', 'parents', 'niece', 'nephew', 'twin', 'family history', 'family hx', 'fhx',
      'fh', 'family history of', 'family member', 'relative', 'relatives', 'maternal', 'paternal',
      'fam hx', 'in the family', 'runs in the family', 'first-degree relative', 'first degree relative',
      'children', 'child', 'baby', 'kids',
    ],
    { category: 'family', direction: 'forward', maxScope: 8 },
  ),
  ...many(
    [
      'in his mother', 'in her mother', 'in his father', 'in her father', 'in mother', 'in father',
      'in his brother', 'in her brother', 'in his sister', 'in her sister', 'in a sibling', 'in family',
      'in the family', 'runs in the family', 'runs in family', 'family history', 'fhx',
    ],
    { category: 'family', direction: 'backward', maxScope: 6 },
  ),
  ...many(
    [
      'donor', 'roommate', 'coworker', 'co-worker', 'partner\'s', 'wife\'s', 'husband\'s', 'friend\'s', 'contact with',
      'exposure to', 'exposed to', 'sick contacts', 'friend', 'friends', 'colleague', 'colleagues', 'neighbour',
      'neighbor', 'flatmate', 'housemate', 'boss',
    ],
    { category: 'other', direction: 'forward', maxScope: 6 },
  ),
  // A partner or friend as the subject of what follows: "Pt's boyfriend is an IV drug user", "her
  // husband has sciatica". Not a partner who reports or notices the patient's own symptoms ("her
  // husband has noticed she is dragging her leg", "wife is worried he can't pass urine").
  {
    pattern:
      "(?<=(?<![\\w])(?:his|her|my|their|pt'?s|patient'?s)\\s{1,8})(?<![\\w])(?:husband|wife|partner|boyfriend|girlfriend|fianc[eé]e?|flatmate|housemate|roommate)\\s{1,8}(?:is|was|has|had|uses|used|injects)(?![\\w])(?!\\s{1,8}(?:also\\s{1,8})?(?:noticed|noted|seen|observed|reported|said|told|worried|concerned|anxious|here|present|with|heard|found|says|thinks|felt|feels))",
    category: 'other',
    direction: 'forward',
    maxScope: 8,
  },
  // "Cancer clinic appointment for his wife": the care is someone else's.
  {
    pattern:
      '(?=f)(?<![\\w])for\\s{1,8}(?:his|her|their|my)\\s{1,8}(?:wife|husband|partner|mother|mum|mom|father|dad|son|daughter|brother|sister|friend|child|children|baby)(?![\\w])',
    category: 'other',
    direction: 'backward',
    maxScope: 8,
  },
  // ── Pseudo-triggers: look like a trigger but are not ─────────────────────────────────
  // Not noticing an event is not its absence: "didn't notice he'd soiled himself" says he did, and
  // it starts a clause of its own ("hasn't opened his bowels and didn't notice he'd soiled himself").
  { pattern: NOT_NOTICING, direction: 'pseudo' },
  { pattern: NOT_NOTICING, direction: 'terminate', ends: ['negated', 'possible'] },
  ...many(
    [
      'no improvement', 'not improved', 'not improving', 'no relief', 'not relieved', 'not only',
      'no change', 'no significant change', 'no interval change', 'without change', 'not changed',
      'no increase', 'no decrease', 'not necessarily', 'not certain whether', 'not certain if',
      'gram negative', 'gram-negative', 'gram positive', 'gram-positive', 'without difficulty', 'not cause',
      'not drain', 'not extend', 'not been able', 'not able', 'unable', 'cannot', 'can\'t', 'could not',
      'couldn\'t', 'without any further', 'no benefit', 'not better', 'not help', 'not helped',
      'doesn\'t help', 'does not help', 'did not help', 'didn\'t help', 'not helping', 'not resolve',
      'did not resolve', 'doesn\'t go away', 'does not go away', 'not go away', 'no longer able', 'not any more', 'not anymore', '(sp?)',
      'sp?', 'not sure if that', 'x-ray', 'xray', 'hx:', 'h/o:', 'nothing helps', 'no matter', 'no sooner',
      'not uncommon', 'not unusual', 'not unreasonable', 'not just', 'not all', 'not always', 'not until',
      'if needed', 'if tolerated', 'as tolerated', 'if persistent', 'if possible', 'even if', 'if anything',
      'if so', 'unknown date', 'unknown cause', 'no known allergies', 'likely due to', 'negative pressure',
      'check-in', 'checked in', 'check in', 'cannot walk', 'could be worse', 'would like', 'not fully',
      'not completely', 'no relief from', 'failed', 'despite',
      // A description of how something feels, not a condition that may happen.
      'as if',
      // Double negatives: "not without pain" is pain.
      'not without', 'never without', 'not absent', 'not negative', 'not free of', 'not lacking',
      'did not deny', 'does not deny', 'doesn\'t deny', 'didn\'t deny', 'not denying', 'cannot deny',
      'can\'t deny', 'not unable', 'no lack of',
      // Asides about relevance are not hedges about the finding: "my aunt has psoriasis if that matters?"
      'then fine', 'then ok', 'then okay', 'then settles', 'then normal',
      'if that matters?', 'if that matters', 'if it matters', 'if that\'s relevant', 'if relevant', 'if that helps',
      // Deceased- and living-donor transplants are the patient's own.
      'deceased-donor', 'deceased donor', 'living-donor', 'living donor', 'donor kidney', 'donor liver',
      'pain-free', 'pain free', 'symptom-free', 'symptom free',
      'cant', 'couldnt', 'wont',
    ],
    { direction: 'pseudo' },
  ),
  // ── Terminators: end a scope ─────────────────────────────────────────────────────────
  ...many(
    [
      'but', 'however', 'although', 'though', 'yet', 'except', 'except for', 'apart from', 'aside from',
      'other than', 'besides', 'whereas', 'while', 'still', 'nevertheless', 'presents', 'presenting',
      'presented', 'reports', 'reported', 'reporting', 'complains', 'complaining', 'c/o', 'notes', 'states',
      'stated', 'says', 'describes', 'endorses', 'endorsed', 'admits', 'now', 'because', 'due to',
      'secondary to', 'd/t', 'cause of', 'source of', 'etiology of', 'also', 'in addition', 'additionally',
      // "never had cancer until the diagnosis of myeloma last year"
      'until',
    ],
    { direction: 'terminate' },
  ),
  // A comma and a verb start a new statement: "no fever, has night sweats", "no injury, wakes at night".
  {
    pattern: ',(?=\\s{0,8}(?:has|have|had|wakes|woke|gets|got|feels|felt|notices|noticed|develops|developed|diagnosed|takes|taking)(?![\\w]))',
    direction: 'terminate',
    ends: ['negated'],
  },
  // So does a comma and a treatment or a known condition: "denies fever, on methotrexate", "no
  // trauma, known osteoporosis" (nobody denies being on a drug or a known diagnosis).
  {
    pattern: ',(?=\\s{0,8}(?:known|is\\s{1,8}on|on\\s{1,8}(?:long[- ]?term|regular|oral|daily|methotrexate|steroids?|prednisol?one|pred|biologics?|chemo\\w*|immunosuppress\\w*|bisphosphonates?|alendronate|insulin|tacrolimus|azathioprine|adalimumab|etanercept|infliximab))(?![\\w]))',
    direction: 'terminate',
    ends: ['negated'],
  },
  // …and a comma and a history: "no weight loss, hx of breast cancer"; but not inside a denial
  // that already lists two items or more: "denies fever, chills, history of cancer, IV drug use"
  // (a screen's list).
  {
    pattern: ',(?=\\s{0,8}(?:hx\\s{1,8}of|h/o|history\\s{1,8}of)(?![\\w]))',
    direction: 'terminate',
    ends: ['negated'],
    unlessListed: true,
  },
  // "MRI to exclude cauda equina given bilateral sciatica", "in view of the new weakness",
  // "metastases in the differential given hx of lung cancer", "concern for abscess in the
  // setting of IVDU and fever": the reason for a test or a worry is a finding, not part of it.
  {
    pattern: '(?=[gi])(?<![\\w])(?:given|in\\s{1,8}view\\s{1,8}of|in\\s{1,8}light\\s{1,8}of|in\\s{1,8}(?:the\\s{1,8})?(?:setting|context)\\s{1,8}of)(?=\\s{1,8}(?:the|his|her|their|new|ongoing|bilateral|progressive|worsening|severe|known|recent|previous|prior|hx|history|h/o|pmh|age|raised|elevated|high|fever|ivdu|steroids?|long[- ]term)(?![\\w]))',
    direction: 'terminate',
    ends: ['possible', 'hypothetical'],
  },
  // "no injury it just crept up", "no leg pain only numbness in the saddle area": a run-on
  // clause, or what there is instead, ends the negation.
  ...many(['just', 'only'], { direction: 'terminate', ends: ['negated'] }),
  // "if I sit down it eases, and it loosens up after walking": a new clause with its own
  // subject ends a condition or a hedge.
  ...many(['and it', 'and he', 'and she', 'and i', 'and they', 'but it'], { direction: 'terminate', ends: ['hypothetical', 'possible'] }),
  // "Denies fever, positive for chills" ends a negation, but "PMH significant for HTN",
  // "family history positive for AS" and "DEXA in the past, which showed osteoporosis" keep the
  // history and the relative.
  ...many(['positive for', 'pos for', '+ve for', 'remarkable for', 'significant for', 'notable for', 'which'], {
    direction: 'terminate',
    ends: ASSERTIONS,
  }),
  // A semicolon ends a clause, but not a history list ("PMH: HTN; DM; sciatica 2018").
  { literal: ';', direction: 'terminate', ends: [...ASSERTIONS, 'family', 'other'], continuesList: true },
  // A colon starts a new label ("Complications: none  Diagnosis: polyp"), unless it opens the
  // list of the trigger just before it ("denies: fever, chills").
  { pattern: ':\\s', direction: 'terminate', opensList: true },
  // A numbered item ("1) polyp  2) normal stomach") is a clause of its own.
  { pattern: '(?<![\\w(/.,-])\\d{1,2}\\)\\s', direction: 'terminate' },
  // A spaced dash starts a new clause ("not consistent with mechanical LBP - inflammatory
  // features ..."), but a relative keeps their condition ("mother - psoriasis") and a result
  // keeps its verdict ("HLA-B27 - negative").
  { pattern: '\\s[-\\u2013\\u2014]\\s', direction: 'terminate', ends: ASSERTIONS, forwardOnly: true },
  // A parenthesis after a hedged diagnosis gives the evidence for it: "possible early cauda equina
  // (new sexual dysfunction with sciatica)" — the hedge does not reach inside.
  { pattern: '(?<=[A-Za-z])\\s?\\((?![+-]\\))', direction: 'terminate', ends: ['possible'], forwardOnly: true },
  // A new subject starts a new clause in unpunctuated or dictated text: "no injury she gets
  // morning stiffness", "no weight loss on examination there is tenderness".
  // Not after a verb of saying or knowing: "never been told he had iritis" stays negated.
  {
    pattern: "(?=[shitw])(?<!(?:that|told|said|says|think|thinks|thought|know|knows|knew|if|whether|feel|feels|felt|sure)\\s{1,8})(?<![\\w'])(?:she|he|i|they|we)(?![\\w'])",
    direction: 'terminate',
    ends: ['negated', 'possible'],
  },
  ...many(['on examination', 'on exam', 'there is', 'there are', 'there was', 'o/e', 'plan', 'impression'], {
    direction: 'terminate',
    ends: ['negated', 'possible'],
  }),
  // "no psoriasis or uveitis her sister has ulcerative colitis": a relative named with a possessive
  // starts a new statement, so the patient's negation does not reach it.
  {
    pattern: '(?=[mfbsdaucgnt])(?<![\\w])(?<=(?:^|[^\\w])(?:her|his|my|their|your)\\s{1,8})(?:mother|mum|mom|father|dad|brother|sister|son|daughter|aunt|uncle|cousin|grandmother|grandfather|niece|nephew|twin)(?![\\w])',
    direction: 'terminate',
    ends: ['negated', 'possible'],
  },
  // Pronouns end the scope of a relative: "wife notes he is stiff", "a friend gave her naproxen".
  ...many(['he', 'she', 'him', 'her', 'his', 'i', 'me', 'my', 'pt', 'patient', 'patient\'s', 'pt\'s', 'they', 'you', 'we', 'himself', 'herself'], {
    direction: 'terminate',
    ends: ['family', 'other'],
  }),
];
