import type { LexiconEntry } from './schema';

/** The painful red eye of anterior uveitis: "red and painful", "sore and red". */
const RED_PAINFUL = '(?:red,? (?:and )?painful|painful,? (?:and )?red|red and sore|sore and red)';
/** An eye said to have been so: "eye was", "her left eye went", "eyes became". */
const EYE_WAS = '(?:(?:an?|his|her|my|the|left|right|l|r) ){0,2}eyes? (?:was|were|went|became|becomes|is|got|gets|turned)(?: very| really)?';
/** When, between the eye and its care: "last year", "in 2019", "3 years ago". */
const WHEN = '(?: (?:last|this|earlier this) (?:year|month|week|summer|winter|spring|autumn|fall)| (?:in )?(?:19|20)\\d\\d| \\d{1,2} (?:years?|months?|weeks?) ago)?';
/** How the eye was treated or seen, which makes it uveitis rather than conjunctivitis. */
const EYE_CARE = '(?:steroid (?:eye )?drops|eye drops with steroid|ophthalmolog\\w*|eye (?:casualty|clinic|hospital|unit)|photophobia|sensitiv\\w* to light)';

/** Spondyloarthritis-associated features, SpA-family diagnoses and the tests that decide them. */
export const SPA_LEXICON: LexiconEntry[] = [
  {
    concept: 'nsaid_response',
    patterns: [
      '{nsaid},? {gap8}(?:almost |nearly |virtually )?(?:pain-free|pain free)',
      '(?:a |an )?(?:good|great|excellent|dramatic|marked|significant|rapid|prompt|brisk|near-complete|complete|substantial|considerable|definite) (?:response|relief|improvement|benefit|effect) {gap3}(?:to|from|with|on) {gap2}{nsaid}',
      '{nsaid},? {gap6}(?:with|w/|gives?|gave|giving|provides?|provided|brings?|brought|has|had) (?:him |her |me |them )?(?:a |an )?(?:very )?(?:good|great|excellent|dramatic|marked|significant|rapid|prompt|near-complete|complete|substantial|considerable|definite) (?:relief|response|improvement|benefit|effect)',
      '{nsaid},? {gap6}(?:works?|worked|working) (?:great|well|wonders|amazingly|like magic|a treat|really well|brilliantly|very well)',
      // "naproxen made a huge difference", "NSAIDs - 'huge difference within a day'" (not "made no real difference")
      "{nsaid}{nonegation60}(?:(?:made|makes|making) )?(?:a )?(?<!(?:no|not|n't|nt|without|never) (?:a |any )?)(?:remarkable|big|huge|real|great|dramatic|marked|massive|significant|tremendous) difference",
      '{nsaid},? {gap6}(?:helps?|helped|helping) (?:me |him |her |them )?(?:very much|a lot|a ton|significantly|hugely|massively|greatly|tremendously|loads|lots|enormously|considerably|a great deal|so much|dramatically|markedly)',
      '{nsaid},? {gap6}(?:(?:is|was|are|were) )?(?:very |really |highly |quite |extremely )?(?:effective|helpful)',
      // "ibuprofen 800 TID x 2 wk, good response"
      "{nsaid}{nonegation50},? (?:a )?(?<!(?:no|not|n't|nt|without|never) (?:a |any )?)(?:good|great|excellent|marked|dramatic|complete) (?:response|effect|relief)",
      '{nsaid},? {gap6}(?:really|definitely|genuinely|massively|hugely|always) (?:helps?|helped|works?|worked)',
      '{nsaid},? {gap6}(?:took|takes|take) (?:the|my|his|her|all the) pain (?:completely )?away',
      '(?:responds?|responded|responsive|responding) (?:(?:very |really |extremely )?well |dramatically |promptly |excellently )?to {gap2}{nsaid}',
      '{nsaid}[- ]responsive',
      '(?:good|excellent|dramatic|marked) {nsaid} response',
      '{nsaid} response',
      // "Response to NSAIDs: good"; ASAS's own wording, better within 24–48 hours of an NSAID.
      '(?:response|responds?|responded) to {nsaid} ?[:\\-–=]? ?(?:good|great|excellent|marked|dramatic|brisk|very good)',
      '(?:{better}) (?:with|on|after|from) {nsaid} {gap2}(?:within|in|after) (?:24|48|24 ?[-–] ?48|one|two|a day or two|a couple of days) ?(?:h|hrs?|hours?|days?)?',
      '{nsaid},? {gap4}(?:helps?|helped|works?|worked|settles? (?:it|the pain|things)|settled (?:it|the pain|things)) {gap2}(?:within|in) (?:24|48|24 ?[-–] ?48|a|one|two|a day or two|a couple of days) ?(?:h|hrs?|hours?|days?|day)',
    ],
  },
  {
    concept: 'nsaid_response',
    assume: 'absent',
    note: 'Phrases that report a trial of an NSAID without benefit.',
    patterns: [
      '{nsaid},? {gap8}(?:with |w/ )?(?:minimal|little|no|minimal to no|limited|partial|modest|slight|poor) (?:relief|response|improvement|benefit|effect)',
      '{nsaid} ?(?::|->|→|=|-)? ?(?:no|not) (?:benefit|relief|help|improvement|response|effect|helpful|effective|better)(?: at all)?',
      '{nsaid},? {gap3}(?:does|did|do) nothing',
      '{nsaid},? {gap4}without (?:any |much )?(?:improvement|relief|benefit)',
      '{nsaid}[;,]? (?:no|without) (?:improvement|relief|benefit)',
      '(?:no improvement|not improved|no relief|no benefit) (?:despite|with|on|after|from) {gap8}{nsaid}',
      'despite [^.;]{0,80}?{nsaid}',
      'failed {gap4}{nsaid}',
      '{nsaid},? {gap4}(?:failed|ineffective|didn\'t help|did not help|not helpful|no help|unhelpful|not effective|doesn\'t help|does not help|don\'?t (?:really )?(?:help|work)|do not (?:really )?(?:help|work)|didn\'?t (?:really )?work|did not work|doesn\'?t (?:really )?(?:help|work)|does not (?:really )?work)',
    ],
  },
  {
    concept: 'psoriasis',
    familySpa: true,
    patterns: ['psoria(?:sis|tic)(?! arthritis)', 'psoriatic (?:plaques?|lesions?|nails?|skin)'],
  },
  {
    concept: 'uveitis',
    familySpa: true,
    patterns: [
      'uveitis|iritis|iridocyclitis',
      '(?:eye|ocular) inflammation|inflammation of the eye|inflamed eye',
      'no (?:uveitis|iritis) (?:flares?|episodes?|attacks?|recurrences?) since',
      // The painful red eye of anterior uveitis, when the note says how it was treated or seen.
      `${RED_PAINFUL} eyes?${WHEN},? {gap8}${EYE_CARE}`,
      `${EYE_WAS} ${RED_PAINFUL}${WHEN},? {gap8}${EYE_CARE}`,
    ],
  },
  {
    concept: 'uveitis',
    assume: 'uncertain',
    note: 'Eye complaints may be uveitis: ask.',
    patterns: ['(?:eye|ocular) (?:problems|symptoms|sx|issues|pain and redness|pain or redness)', `${RED_PAINFUL} eyes?`, `${EYE_WAS} ${RED_PAINFUL}`],
  },
  {
    concept: 'ibd',
    familySpa: true,
    patterns: [
      'ibd',
      'inflammatory bowel disease',
      'crohn\'?s?(?: disease| colitis)?',
      'ulcerative colitis',
    ],
  },
  {
    concept: 'ibd',
    familySpa: true,
    caseSensitive: true,
    patterns: ['UC(?<=(?:w/|with|of|h/o|hx|known|pt with|dx|PMHx:?|PMH:?) UC)\\b', '\\bUC(?= (?:dx|diagnosed|\\(dx|on mesalamine|in remission|flare))'],
  },
  {
    concept: 'spa_condition',
    familySpa: true,
    patterns: [
      'ankylosing spondylitis|spondylitis',
      'axial spa|axspa|axial spondylo\\w+',
      'spondyloarthritis|spondyloarthropathy|spondyloarthropathies|spondarthritis',
      'psoriatic arthritis',
      'reactive arthritis|reiter\'?s(?: syndrome)?',
      'bechterew\'?s?',
      'enteropathic arthritis',
    ],
  },
  { concept: 'spa_condition', familySpa: true, caseSensitive: true, patterns: ['AS', 'SpA', 'PsA', 'ReA'] },
  {
    concept: 'enthesitis',
    patterns: [
      'enthesitis|enthesopathy|enthesial (?:pain|tenderness)',
      'achilles {gap2}(?:insertion(?:al)?|enthes\\w*|tendin\\w*|tendon\\w*)',
      '(?:heel|achilles) pain',
      'pain {gap3}(?:back|bottom) of the heel',
      'plantar fasci(?:itis|opathy)',
      'plantar fascia insertions?',
      '(?:tender|ttp|tenderness) {gap3}(?:heel|achilles)',
    ],
  },
  {
    concept: 'dactylitis',
    patterns: [
      'dactylitis',
      'sausage(?:[- ](?:like|shaped))? (?:(?:l|r|left|right) )?(?:(?:big|great|second|third|fourth|fifth|little|index|middle|ring|2nd|3rd|4th|5th) )?(?:digits?|toes?|fingers?)',
      'like a sausage',
      'swelling of (?:the )?(?:entire|whole) (?:\\w+ )?(?:\\d(?:st|nd|rd|th) )?(?:toe|finger|digit)',
    ],
  },
  {
    concept: 'peripheral_arthritis',
    patterns: [
      'peripheral (?:arthritis|synovitis|joint (?:swelling|involvement))',
      '(?:oligo|mono|poly)arthritis',
      'synovitis',
      '(?:joint|knee|ankle|wrist|elbow|shoulder)s? (?:swelling|effusion|swelled|swollen)',
      'swollen (?:knee|ankle|joint|wrist|elbow)s?',
      '(?:knee|ankle|wrist) {gap3}(?:swelled|swelling|swollen|effusion)',
      'swollen (?:l |r |left |right )(?:knee|ankle|wrist|elbow)',
      'swelling of (?:the |his |her |my )?(?:l |r |left |right )?(?:knee|ankle|wrist)',
    ],
  },
  {
    concept: 'hla_b27_positive',
    patterns: [
      'hla[- ]?b[- ]?27 {gap2}(?:positive|pos|\\+|\\(\\+\\)|\\+ve)',
      '(?:positive|\\+) hla[- ]?b[- ]?27',
      'b27[- ]?(?:positive|pos|\\+)',
    ],
  },
  { concept: 'hla_b27_positive', assume: 'uncertain', patterns: ['hla[- ]?b[- ]?27', 'hla[- ]?b27', '(?<![\\w-])b-?27'] },
  {
    concept: 'elevated_crp',
    patterns: [
      '(?:elevated|raised|high|increased|rising|abnormal) (?:crp|esr|c-reactive protein|sed rate|inflammatory markers|ims)',
      '(?:crp|esr) (?:rise|elevation)',
    ],
  },
  {
    concept: 'elevated_crp',
    assume: 'uncertain',
    patterns: ['crp|esr|c-reactive protein|sed(?:imentation)? rate|inflammatory markers'],
  },
  {
    concept: 'sacroiliitis_on_imaging',
    patterns: ['sacroiliitis', '(?:bone marrow|subchondral) (?:o?edema|edema) {gap6}(?:si|sij|sacroiliac)', 'sacroiliac (?:erosions|sclerosis|ankylosis)'],
  },
  {
    concept: 'sacroiliitis_on_imaging',
    assume: 'uncertain',
    patterns: [
      '(?:mri|xr|x-ray|radiographs?|ct|imaging|films?) (?:of )?(?:the )?(?:si ?j(?:oint)?s?|sacroiliac joints?)',
      '(?:si ?j(?:oint)?s?|sacroiliac joints?) (?:mri|xr|x-ray|imaging|radiographs?)',
      '(?:xr|x-ray|radiograph) pelvis {gap4}(?:si ?j(?:oint)?s?|sacroiliac)',
      '(?:si ?j(?:oint)?s?) changes',
    ],
  },
];
