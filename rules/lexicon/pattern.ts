import type { LexiconEntry } from './schema';

/**
 * A physiotherapy note's factor lists: "Aggs: sitting >20 min, bending. Eases: walking, heat."
 * The label, then any item of its list (up to 40 characters of earlier items, each ended by a
 * comma, a slash or "and").
 */
const AGGS = "(?:aggs?|agg factors?|aggravating(?: factors?)?|aggravated by) ?[:\\-–] ?(?:[^.;:\\n]{0,40}?(?:,|/|&| and) )?";
const EASES = "(?:eases?|easing(?: factors?)?|relieving(?: factors?)?|relieved by) ?[:\\-–] ?(?:[^.;:\\n]{0,40}?(?:,|/|&| and) )?";

/** "… makes it worse", "made the pain hurt more": what follows an activity that aggravates. */
const MAKES_IT_WORSE = '{gap2}(?:makes?|made|making) (?:it|things|the pain|everything|him|her|me|them)(?: \\w+)? (?:worse|more painful|hurt more|ache more|flare)';

/** Pain pattern and course: how the pain behaves with rest, movement, time of day. */
export const PATTERN_LEXICON: LexiconEntry[] = [
  {
    concept: 'severe_pain',
    patterns: [
      '(?:severe|excruciating|agonizing|agonising|unbearable|intractable|tearing|ripping|worst ever|worst of (?:his|her|my) life) (?:\\w+ )?(?:(?:back|abdominal|abdo|lumbar|flank|loin|chest)(?: and |/| & ))?(?:back |abdominal |lumbar )?pain',
      'pain (?:is |was )?(?:severe|excruciating|unbearable)',
      '(?:pain|pain score|nrs|vas)?:? ?(?:[7-9]|10)(?:\\.\\d)?/10',
    ],
  },
  {
    concept: 'insidious_onset',
    patterns: [
      'insidious(?:ly)?(?: onset)?',
      'gradual(?: onset)?(?! (?:worsening|increase|improvement|decline|progression))',
      '(?:came|comes|come) on (?:gradually|slowly|insidiously|over (?:weeks|months))',
      '(?:it |pain |this )(?:came|come|comes|started|start|began) (?:very |quite )?(?:slowly|gradually)',
      '(?:began|started|developed|onset(?: was)?) (?:gradually|slowly|insidiously)',
      'crept up(?: on (?:me|him|her))?',
      'creeping onset',
      '(?:no|without(?: any)?) (?:identifiable |clear |specific |obvious |particular |apparent |inciting |precipitating )*(?:trigger|inciting event|precipitating (?:event|factor|cause)|moi|mechanism of injury)',
      'for no (?:apparent |obvious |particular |clear )?reason',
      'out of the blue',
      '(?:began|started|came on|developed) (?:insidiously|gradually) when (?:he|she|i) was',
    ],
  },
  {
    concept: 'insidious_onset',
    assume: 'absent',
    note: 'A sudden or acute onset is the opposite of an insidious one.',
    patterns: ['(?:came on|comes on|began|started|onset(?: was)?) (?:suddenly|acutely|abruptly|all of a sudden)', '(?:sudden|acute|abrupt) onset'],
  },
  {
    concept: 'morning_stiffness',
    patterns: [
      '(?:morning|am|a\\.m\\.|early[- ]morning) stiffness',
      // "EMS 45 min": early morning stiffness, with its time (EMS alone is the ambulance service)
      'ems(?= ?(?:[:=~<>]|of|lasting|for|about|approx\\.?)? ?\\d)',
      'stiff(?:ness)? {gap9}(?:in the|every|each|first thing in the|most) (?:morning|mornings|am)',
      '(?:morning|mornings|wake up|wakes up|waking|get up|gets up) {gap6}(?:i\'?m|im|i am|he is|she is|he\'?s|she\'?s) (?:very |really |so |quite |a bit )?stiff',
      // "It's worst when I get up in the morning, I'm stiff for a couple of hours"
      '(?:wake up|wakes up|waking|get up|gets up|getting up) in the morning,? {gap3}(?:i\'?m|im|i am|he is|she is|he\'?s|she\'?s) (?:very |really |so |quite |a bit )?stiff',
      'stiff(?:ness)? {gap4}(?:on|upon|after|when) (?:first )?(?:waking|wakening|awakening|rising|getting up|(?:i|he|she|they) (?:first )?(?:wakes?|gets? up))',
      'stiff(?:ness)? (?:in (?:the )?|first thing in the )?mornings?',
      '(?:morning|mornings) (?:are|is) (?:the )?worst',
      '(?:worse|worst|bad|painful|sore) (?:in the |first thing in the |every |each )?mornings?,? {gap3}(?:with|and) (?:some |a lot of |marked |significant |much )?stiff(?:ness)?',
      // "pain and stiffness worse in the mornings", "stiffness is at its worst in the morning"
      'stiff(?:ness)? (?:is |are |gets? )?(?:much |a lot |far )?(?:worse|worst|bad|at (?:its|their) worst) (?:in the |first thing in the |every |each )?(?:morning|mornings|am)',
      'worst (?:first thing )?in the (?:morning|am)',
      'worst first thing',
      '(?:stiff as|like) a (?:board|plank)',
      'stiff (?:on|upon) (?:waking|rising)',
      // "Stiffness AM 'about an hour'", "Stiff AM 10 min", "stiff until lunchtime"
      "stiff(?:ness)?:? (?:in (?:the )?)?(?:am|a\\.m\\.)(?= ?(?:[:~'\"‘“(]|\\d|about|approx|for|lasting|until|till))",
      'stiff(?:ness)? {gap2}(?:until|till|til) (?:lunch\\w*|midday|noon|mid-?morning|late morning|the afternoon)',
      'stiff(?:ness)? first thing(?: in the (?:morning|am))?',
      '(?:in the )?mornings? {gap2}(?:i\'?m|im|he\'?s|she\'?s|i am|he is|she is|is|are) (?:very |really |so |quite )?stiff',
      'stiff (?:for )?(?:about |around |~)?(?:\\d+|an?) ?(?:min\\w*|hours?|hrs?|h) (?:each|every|in the) morning',
      // "Stiff ~1h AM", "stiff 30 min am"
      'stiff(?:ness)? (?:for )?(?:about |around |approx\\.? |~ ?)?(?:\\d+|an?) ?(?:min\\w*|hours?|hrs?|h) (?:am|a\\.m\\.)(?![\\w])',
    ],
  },
  {
    concept: 'morning_stiffness',
    assume: 'absent',
    patterns: ['mornings? (?:are|is) (?:totally |completely |generally |usually )?(?:fine|ok|okay|good)'],
  },
  {
    concept: 'improves_with_exercise',
    patterns: [
      '{pos}{better} {w} {gap5}{exercise}',
      "(?:exercise|exercising|activity|movement|moving|walking|stretching|stretches) ?[:\\-–] ?(?:helps|helpful|better|improves)(?![\\w])",
      // "improves throughout the day with activity"
      '{pos}{better} (?:throughout|during|over|as|through) the day,? {w} {gap3}{exercise}',
      '{exercise} {gap4}(?:helps?|helped|makes? (?:it|things|the pain|him|her|me) (?:feel )?better|improves? (?:it|things|the pain|the stiffness))',
      '{exercise} (?:and \\w+ )?(?:help|helps)',
      '(?:keeps?|kept) (?:him|her|me|them) (?:supple|loose|mobile|going)',
      '(?:loosens?|loosened|loosening) up',
      '(?:walks?|walked|walking|work|works|worked|working) (?:it|the stiffness|the pain) off',
      '(?<![\\w])(?=[a-z])(?<!(?:worse|worsens?|aggravated|flares?|hurts?|painful|pain)\\b[^.;,]{0,30})(?:{exercise}) {gap6}(?:it |the pain |the stiffness )?(?:goes away|eases|settles|improves|gets better|wears off|resolves)',
      '(?:relieved|eases?|better|goes away) {gap7}(?:get(?:ting|s)? (?:up|out)(?: (?:to|and))? (?:walk|stretch|move))',
      'improvement with (?:exercise|activity|movement)',
      `${EASES}(?:{exercise})`,
      '(?:feels? )?(?:best|better) after (?:a |his |her |my )?(?:run|swim|walk|workout|game|shift)',
      '(?:eases?|easier|better|improves?|settles?) (?:as|once|when|after) {gap8}(?:gets?|getting|starts?|starting) (?:moving|going|active|mobile|up and about)',
      '(?:walks?|walking|walked|moves?|moving|moved) (?:around |about )?to (?:ease|relieve|help|loosen) (?:it|the pain|the stiffness|things)',
    ],
  },
  {
    concept: 'worse_with_rest',
    patterns: [
      '{worse} {gap5}(?:[a-z]+/)?{rest}',
      '{rest} {gap6}(?:makes?|made|making) (?:it|things|the pain|him|her|me|them)(?: \\w+)? (?:worse|ache more|hurt more|stiffer|more stiff|worsen)',
      '{rest} {gap6}(?:worsens|aggravates|worsened|aggravated)',
      "(?:rest|resting|inactivity) ?[:\\-–] ?(?:doesn'?t help|does not help|no help|not helpful|no better|no relief|worse|makes it worse)",
      '{rest} (?:does not|doesn\'t|doesnt|did not|didn\'t|didnt|does nothing to|won\'t|wont|will not|never) (?:seem to |really |actually )?(?:help|helps|relieve|improve|ease)s?',
      '{rest} (?:does not|doesn\'t|doesnt|did not|didn\'t|didnt)(?= ?[.;,]| ?$)',
      '(?:no|not any|without) (?:improvement|relief|benefit|change) (?:with|w/|w|from|on|after|by) {gap2}(?:{rest}|lying(?: down| flat)?|(?:changing|change of|change in) position|position change)',
      'not (?:relieved|improved|better|helped|eased) (?:by|with|w/|w) {gap2}(?:{rest}|position change|changing position)',
      // ASAS wording, elliptical: "improvement with exercise but not with rest", "better with activity, not by rest"
      '(?:{better}) {w} {gap3}(?:{exercise}),? (?:but |and )?not (?:with |by |on |after |from |at )?(?:{rest})',
      '(?:stiffness|pain|it|symptoms) (?:returns|comes back|recurs|come back|return) {gap2}(?:if|when|after|with) {gap4}{rest}',
      '(?:stiff(?:ness)?|pain) {gap6}after (?:any |a )?(?:prolonged|long) (?:rest|periods? of rest|inactivity)',
      '(?<!(?:better|improves?|improved|relieved|eases?|fine)\\s)(?:after|following) (?:any |a )?(?:prolonged|long|extended) (?:rest|periods? of rest|inactivity|immobility)',
    ],
  },
  {
    concept: 'worse_with_rest',
    assume: 'absent',
    note: 'Rest that helps is the opposite of no improvement with rest.',
    patterns: [
      '{rest} (?:helps?|helped|settles? it|eases? it|relieves? it|makes? it better)',
      '(?:a )?lie-?down {gap4}(?:settles|eases|helps) it',
    ],
  },
  {
    concept: 'worse_with_activity',
    patterns: [
      '{worse} {w}? ?{gap2}(?:bending|lifting|lift|bend|twisting|twist|flexion|carrying|standing|walking|any movement|movement|activity|activities|exertion|coughing|sneezing|straining|vacuuming|gardening|yard work|housework|chores|getting (?:in|out|up)|standing from|stooping|bending over|repetitive|(?:(?:he|she|i|they) )?(?:walks|bends|lifts|twists|moves|exercises))',
      '{worse} {w} {gap2}(?:bending|lifting|twisting|flexion|extension|movement|activity)',
      '(?:hurts?|painful|pain|aches?) to (?:bend|lift|twist|move|stand up)',
      // "Exercise makes it worse", "bending and lifting make the pain worse"
      `(?:exercise|exercising|activity|activities|movement|moving|bending|lifting|twisting|walking|exertion)(?: (?:and|or) \\w+)? ${MAKES_IT_WORSE}`,
      '{pos}(?:better|eased|eases|easing|relieved|improves|improved|settles|helped) (?:w/|with|by|on|after|when|while|if)? ?(?:{rest}|lying(?: down| flat| still| on (?:his|her|my) (?:side|back))?|sitting(?! up)(?: down)?|lying prone|ice|heat|a heating pad)',
      '{pos}(?:better|eases?|relieved) (?:w/|with|by) (?:rest|lying|sitting(?! up))',
      '(?:flares?|flared) (?:up )?(?:with|after|w/) {gap2}(?:yard work|lifting|bending|gardening|activity|housework)',
      '(?:settles|eases|better|improves) (?:if|when) (?:he|she|i|they) (?:keeps?|stays?|lies?|is|are) (?:still|down)',
      '(?:settles|eases|better) (?:with (?:a )?(?:sit-?down|lie-?down|rest)|when (?:left )?still)',
      '(?:ache|aches|aching|pain|sore|hurts?) after (?:a )?(?:day\'?s? )?(?:in the garden|of gardening|digging|gardening|lifting|housework|heavy work|bending|yard work)',
      '(?:crying out|grimacing|winces?|wincing|pain|worse) (?:when|on) (?:moved|moving|movement|being moved|hoisted)',
      `${AGGS}(?:flexion|bending|lifting|twisting|sit(?:ting)? to stand|walking|movement|activity|coughing|sneezing|exertion|housework|gardening)`,
      `${EASES}(?:lying(?: down)?|rest|resting|sitting)`,
    ],
  },
  {
    concept: 'improves_with_exercise',
    assume: 'absent',
    note: 'Exercise that makes the pain worse is the opposite of improvement with exercise.',
    patterns: [
      `(?:exercise|exercising|physical activity|exertion)(?: (?:and|or) \\w+)? ${MAKES_IT_WORSE}`,
      '(?:worse|worsens|aggravated) (?:with|by|after) (?:any )?(?:exercise|exercising|exertion)',
    ],
  },
  {
    concept: 'worse_with_activity',
    assume: 'absent',
    patterns: ['(?:lifting|bending|housework|activity|exercise|movement)(?: (?:and|or) \\w+)? {gap2}(?:doesn\'?t|don\'?t|does not|do not|doesnt|dont|never) (?:bother|hurt|worsen|aggravate|make it worse|reproduce|provoke)'],
  },
  {
    concept: 'night_pain',
    patterns: [
      'night(?:time|-time)? (?:pain|waking|wakening|awakening|back pain)',
      '(?:pain|aches?|aching|hurts?|worse|{back} pain) {gap3}(?:at|during the|in the|through the) night',
      'noct(?:urnal)? (?:pain|waking|wakening|awakening|back pain)',
      '(?:wakes?|waking|woken|awakens?|awakened|wakened|wake|woke|awakening|gets up|get up|getting up) (?:up )?{gap4}(?:at night|in the night|during the night|through the night|overnight|most nights|every night|each night|several times|nights|early hours|early (?:morning )?hours|early am|2nd half|second half|(?:around|about|at|between|by|~)? ?[1-5](?: ?(?:-|–|to|or|and) ?[2-6])? ?(?:am|a\\.m\\.))',
      '(?:wakes?|woken|waking|awakened|wakened|disturbs?|disturbed|interrupts?) (?:him|her|me|them)(?: up)? {gap3}(?:at night|night|pain)',
      '(?:woken|awoken|wakened|awakened|wakes?) (?:up )?(?:by|with|from|because of) {gap3}(?:pain|aching|back)',
      '(?:pain|aching|it) (?:wakes|woke|has woken|wakening|awakens) (?:him|her|me|them|the patient|pt)',
      '(?:nocturnal|night|early[- ]morning) (?:waking|wakening|awakening)',
      '(?:most|every|many) nights? (?:at |around |about |~)?[1-5] ?(?:am|a\\.m\\.)',
      'sleep is (?:fragmented|disturbed|interrupted) by {gap3}(?:waking|pain)',
      '(?:wake|wakes|waking|woke) (?:him|her|me) (?:up )?at night',
      '(?:wakes?|waking|wake up|woke) {gap3}(?:[1-5] (?:or|to|and|-) [2-6])(?! ?(?:times|x|days|weeks|hours|pm|p\\.m\\.|mg|lb|kg))',
    ],
  },
  {
    concept: 'night_pain',
    assume: 'absent',
    note: 'Pain that does not wake the patient, or sleep through the night, documents no night pain.',
    patterns: [
      '(?:pain|it|the pain|back pain) (?:doesn\'?t|does not|doesnt|never|didn\'?t|did not|rarely) (?:wake|waken|awaken|disturb|keep)s? (?:him|her|me|them)(?: up)?',
      // Not after a denial: "does not sleep well because of pain" is night pain.
      '(?<!(?:not|n\'t|nt|never|barely|hardly|to)\\s)(?:sleeps?|sleeping|slept) (?:well|fine|ok|okay|soundly|through(?: the night)?)',
      '(?<!(?:not|n\'t|nt|never)\\s)(?:able to |can )sleep through(?: the night)?',
    ],
  },
  {
    concept: 'night_pain_second_half',
    patterns: [
      '(?:2nd|second|latter|last) half (?:of )?(?:the )?night',
      '(?:wakes?|waking|woken|woke) {gap2}towards (?:the )?morning',
      // "Night pain 2nd half", "night waking in the second half"
      'night(?: ?time)? (?:pain|waking|wakening|awakening|stiffness)s? {gap2}(?:in the )?(?:2nd|second|latter) half',
      'early (?:morning )?(?:hours|hrs)',
      'early am (?:hours|hrs)',
      'early[- ]morning (?:waking|wakening|awakening)',
      '(?:wakes?|waking|woken|awakens?|awakened|wake|woke|awakening|gets up|get up|getting up|up) (?:up )?{gap4}(?:around|about|at|between|by|~|like)? ?[1-5](?::\\d\\d)?(?: ?(?:-|–|to|or|and) ?[2-6](?::\\d\\d)?)?(?: ?(?:am|a\\.m\\.|o\'clock)| in the morning)',
      '(?:wakes?|waking|wake up|woke|up) {gap3}(?:[1-5] (?:or|to|and|-) [2-6])(?! ?(?:times|x|days|weeks|hours|pm|p\\.m\\.|mg|lb|kg))',
      'awakening in (?:the )?(?:2nd|second) half',
      '(?:most|every|many) nights? (?:at |around |about |~)?[1-5] ?(?:am|a\\.m\\.)',
      '[1-5] (?:or|to|-) [2-6] ?o\'?clock',
    ],
  },
  {
    concept: 'pain_worse_lying_down',
    patterns: [
      '{worse} {gap3}(?:when (?:he|she|i|they) lies? (?:flat|down|supine|on (?:his|her|my) back)|(?:lying|lie|laying|on lying) (?:flat|down|supine|in bed)|recumbent|supine)',
      '(?:can\'?t|cannot|unable to) lie (?:flat|down)',
      '(?:eases?|relieved|better|improves?) {gap3}(?:sits?|sitting) up',
      'recumbent pain',
      'uncomfortable lying (?:supine|flat)',
      '(?:sleeping|sleeps|slept) (?:in a|in the|in his|in her) (?:recliner|chair)',
    ],
  },
  {
    concept: 'alternating_buttock_pain',
    patterns: [
      'alternating (?:buttock|gluteal|hip) pain',
      '(?:buttock|gluteal) pain,? {gap4}(?:alternately|in turn)',
      '(?:buttock|gluteal) pain,? {gap3}(?:alternates?|alternating|switch(?:es|ing)?|swaps?|moves?|shifts?) {gap5}(?:sides?|side to side|other|l/r|r/l|left/right|right/left|l and r|r and l|left and right|right and left)',
      '(?:buttock|gluteal) pain {gap3}sometimes (?:on the )?(?:left|right|l|r),? (?:and )?sometimes (?:on the )?(?:left|right|l|r)',
      '(?:switch(?:es|ing)?|alternat(?:es|ing)|swaps?|shifts?|moves?) {gap2}from (?:the )?(?:l|r|left|right) buttock (?:to|then) (?:the )?(?:l|r|left|right)',
      '(?:pain|it) (?:switches|alternates|swaps) (?:sides|from side to side|between (?:the |both |his |her |my )?(?:buttocks|sides|left and right|l and r|right and left|r and l)(?: buttocks?| sides?)?)',
      '(?:one|1) buttock,? (?:and )?then the other',
      'buttock pain,? first (?:l|r|left|right),? then (?:l|r|left|right)',
      'alternating buttock',
    ],
  },
  {
    concept: 'static_posture_pain',
    patterns: [
      '(?:after|with|from|during|on|by) (?:prolonged|long|extended|sustained) (?:periods of |periods |spells of |bouts of )?(?:sitting|standing|driving)',
      '(?:prolonged|sustained|static) (?:sitting|standing|driving|postures?)',
      '(?:sitting|standing|driving) for (?:long|prolonged|extended) (?:periods|spells|hours)',
      '(?:sitting|standing|driving|sat) {gap3}for (?:a few|several|many|\\d+(?:[-–]\\d+)?\\+?|hours|long)(?: \\w+)? (?:hours|hrs|h)\\b',
      '(?:after|over|during|with|from) (?:an? )?(?:\\d+(?:[-–]\\d+)?\\+?|a few|several) ?-?(?:h|hrs?|hours?) (?:of |at |sitting |standing |driving )(?:his |her |my |the |a )?(?:sitting|standing|driving|desk|computer|register|wheel|shift)?',
      '(?:\\d{1,4}|eight|ten|twelve)-?h(?:r|our)? shift',
      'static[- ](?:posture|load|postural|loading)',
      `${AGGS}(?:prolonged |long |sustained )?(?:sitting|standing|driving)`,
      'postural (?:lbp|low back pain|back pain|pain)',
      '(?:after|from|with) (?:standing|sitting|driving) {gap4}all day',
      'after (?:~|about |around |over )?\\d+(?:[-–]\\d+)?\\+? ?(?:h|hrs?|hours?) (?:of )?(?:sitting|standing|driving|at (?:his|her|my|the) (?:desk|wheel)|behind the wheel|in the (?:car|cab|truck))',
      '(?:after|with|from) (?:prolonged )?(?:standing|sitting|driving) {gap6}(?:for )?(?:more than |over |>)?\\d+(?:[-–]\\d+)? ?(?:min|mins|minutes|hours?|hrs?)',
      '(?:end of|after|during) a long (?:shift|day) (?:of )?(?:standing|sitting|at the \\w+)?',
    ],
  },
  {
    concept: 'radicular_pain',
    patterns: [
      'sciatica',
      'radicular (?:pain|symptoms|sx|features|leg pain)',
      'radiculopathy',
      'radiculitis',
      // "No radiation" is a radicular negative; radiation to the buttock, groin or flank is not sciatica.
      '(?<!non-?)radiat(?:es|ing|ion|e|ed)(?! therapy| oncology| exposure| treatment| tx| dose| between| (?:a)?round| up(?:wards)?\\b| (?:in)?to (?:the )?(?:(?:l|r|left|right|both) )?(?:buttocks?|groin|abdomen|stomach|tummy|belly|flank|hips?|chest|ribs?|(?:upper |lower |low )?back|thoracic|neck|shoulders?|shoulder blades?|scapulae?|interscapular|arms?|jaw|sacrum|coccyx|tailbone|sides?|front))',
      '(?:pain|shooting|burning|electric|zapping|zaps?) {gap4}(?:down|into|to|along)(?: in)? (?:the )?(?:back of |front of |side of |posterior |lateral |outside of )?(?:(?:his|her|my|the|both|two|l|r|left|right) ){0,2}(?:posterior |lateral |anterior )?(?:{leg}|knee|calf|shin|buttock and leg)',
      '(?:leg|thigh|calf) pain',
      '(?:buttock|back) or leg pain',
      'pain in (?:the |his |her |my )?(?:l |r |left |right )?leg',
      'leg (?:symptoms|sx)',
      '(?:->|→|radiating to|radiates to) {gap3}(?:post(?:erior)?\\.? |lat(?:eral)?\\.? |ant(?:erior)?\\.? )?(?:(?:l|r|left|right) )?(?:(?:thigh|buttock)/)?(?:calf|calves|shin|foot|feet|ankle|toes?|leg|below (?:the )?knee)',
      '(?:go|goes|going|went|radiate|radiates|shoot|shoots|shooting|travel|travels|spreads?) (?:right |straight |all the way )?(?:down|into) (?:the (?:back|front|side|outside) of )?(?:my |his |her |the |both |either )?(?:l |r |left |right )?(?:legs?|thighs?|calf|calves)',
    ],
  },
  {
    concept: 'radicular_pain',
    assume: 'absent',
    note: '"Non-radiating" pain documents the absence of radiation.',
    patterns: ['non-?radiating'],
  },
  {
    concept: 'si_joint_pain',
    patterns: [
      '(?:si|sij|sacroiliac)(?: joint)? (?:pain|region pain)',
      'pain over (?:the |his |her |my )?(?:l |r |left |right |both |bilateral )?(?:si|sij|sacroiliac|si region|si joints?)',
      '(?<!alternating )(?:buttock|gluteal)s? pain(?! (?:that |which )?(?:alternates|switches))',
      'pain in (?:the |his |her |my |one |both )?(?:l |r |left |right )?buttocks?',
      'buttocks?(?: and| or| &) (?:low |lower )?back pain',
      '(?:low|lower) back and buttock pain',
      '(?:across|in|into|involving|and) {gap4}both buttocks',
      '(?:tender(?:ness)?|ttp) {gap3}(?:over )?(?:the )?(?:l |r |left |right |bilat |bilateral )?(?:si ?j(?:oint)?s?|sacroiliac(?: joints?)?)',
      '(?:si ?j(?:oint)?s?|sacroiliac joints?) tenderness',
      'buttock or leg pain',
      '(?:radiat\\w*|spread\\w*|goes|going|travels?) (?:in)?to (?:the )?(?:(?:l|r|left|right|both) )?buttocks?',
      'r > l buttock pain|l > r buttock pain',
    ],
  },
];
