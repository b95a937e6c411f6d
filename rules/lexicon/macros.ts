import { PHRASE_SPACE } from '../text/whitespace';

/**
 * Word classes shared by lexicon patterns: {name} in a pattern expands to (?:…) of these.
 * Bounded gaps ({gap2}) let a phrase tolerate a few filler words without backtracking risk.
 */
export const MACROS: Record<string, string> = {
  w: "with|w/|w|on|after|by|from|when|if|during|while|upon|at|once|as|through|in|following",
  pain: "pain|painful|ache|aches|aching|achy|hurts?|hurting|sore|soreness|discomfort|sx|symptoms?|lbp|it|stiffness|stiff",
  back: "back|lumbar|lumbosacral|spine|spinal|lbp|low back|lower back|thoracolumbar",
  better: "goes off|easier|better|improves?|improved|improving|improvement|eases?|eased|easing|relieved|relieves|relief|helps?|helped|alleviated|resolves?|resolved|settles?|subsides?|loosens? up|loosen(?:s|ed)? up|goes away|went away|less painful|less stiff|disappears?|wears off|fine|best",
  worse: "↑|worse|worsens?|worsened|worsening|aggravated|aggravates|exacerbated|exacerbates|increases?|increased|flares?|flared|more painful|more stiff|stiffer|worst|bothers? (?:him|her|me)|ache more|aches more|hurts? more|bad",
  exercise: "exercise|exercises|exercising|activity|activities|active|movement|moving|move|moves|moving around|moving about|pottering about|pottering around|pottering|motion|mobility|walking|walk|walks|walked|running|run|runs|jogging|jog|swimming|swim|swims|cycling|cycles|bike|biking|yoga|stretching|stretches|stretch|physical activity|sports?|gym|work(?:ing)? out|workouts?|spin class|basketball|soccer|football|tennis|volleyball|getting up|getting going|gets going|warm(?:s|ed)? up|use",
  rest: "couch|sofa|lazy|rest|resting|rests|rested|inactivity|inactive|immobility|immobile|sitting still|lying still|staying still|keeping still|sedentary|lying around|prolonged rest|periods of rest|long periods of rest|lazy days?|being still|doing nothing|lying in|lie-ins?|lie ins?",
  numb: "anaes\\.?|anesth\\.?|decreased sensation(?: to (?:light touch|lt|pinprick|pin ?prick))?|reduced sensation(?: to (?:light touch|lt|pinprick))?|tingly|numbed|numb|numbness|anaesthesia|anesthesia|anaesthetic|anesthetic|paraesthesias?|paresthesias?|paraesthesia|hypoaesthesia|hypoesthesia|hypesthesia|tingling|pins and needles|altered sensation|reduced sensation|decreased sensation|diminished sensation|loss of sensation|sensory loss|sensory changes?|no feeling|can'?t feel|cannot feel|feels? funny|feels? strange|feels? different",
  saddle: "perianally|perineally|down below|butt|bum|saddle|inner thighs?|vagina|vaginal area|vulva|penis|scrotum|anus|anal area|perineal|perineum|perianal|peri-anal|groin|genital|genitals|buttocks? and groin|private area|private parts|down there|bottom|backside|back passage|where (?:i|he|she) sits?|between (?:(?:the|my|his|her|your|their) )?legs|s2-s4|s3-s5|crotch",
  leg: "legs?|lower extremit(?:y|ies)|lower limbs?|le|les|lles?|ble|bles|thighs?|calf|calves|feet|foot|(?:big |great )?toes",
  both: "the two|both|bilateral|bilaterally|bilat|b/l|bl|either",
  weak: "weak|weakness|weaker|paresis|foot drop|footdrop|drop foot|give way|gives way|giving way|buckling|buckles|heavy|heaviness|can'?t lift|unable to lift",
  ago: "ago|previously|prior",
  num: "\\d{1,3}(?:\\.\\d)?|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|couple of|a couple of|few",
  nsaid: "nsaids?|nsaid therapy|anti-?inflammator(?:y|ies)|ibuprofen|advil|motrin|nurofen|naproxen|aleve|naprosyn|diclofenac|voltaren|meloxicam|mobic|celecoxib|celebrex|indomethacin|indometacin|etoricoxib|arcoxia|ketoprofen|piroxicam|etodolac|nabumetone|aceclofenac|ketorolac",
};

/** {pos}: the next word is not itself negated ("not better with rest" is not "better with rest"). */
const POSITIVE = '(?<!(?:^|\\W)(?:no|not|never|without|nor|any)\\s)';

/**
 * A gap word: anything but a contrast word that would flip the phrase ("worse with bending and
 * better with rest"). Plain words first and the patterns last: the regex engine merges a run of
 * plain words into one quick test, and every gap word of every phrase goes through this list.
 */
const GAP_WORD = `(?!(?:better|best|worse|but|however|although|though|except|whereas|no|not|without|denies|denied|never|nor|neg|negative|acetaminophen|paracetamol|tylenol|gabapentin|pregabalin|opioid|opioids|tramadol|oxycodone|cyclobenzaprine|eas(?:e|es|ed|ing)|(?:does|do|did|is|was|are|were|has|have|had|ca|wo|could|would|should)nt|relie\\w*|improv\\w*|help\\w*|\\w+n['’]t)(?![\\w']))[^\\s.;,]+${PHRASE_SPACE}`;

/**
 * {nonegation60}: up to 60 characters of the same sentence, none of them starting a negation
 * ("naproxen made no real difference", "ibuprofen did not make a big difference").
 */
const NO_NEGATION = "(?:(?!(?<![\\w])(?:no|not|never|without)(?![\\w])|n't(?![\\w]))[^.;])";

/** Bounded word gap: {gap3} matches up to three words between two phrases. */
export function expandMacros(pattern: string): string {
  return pattern.replace(/\{([a-z]\w*)\}/g, (whole, name: string) => {
    const gap = /^gap(\d)$/.exec(name);
    if (gap) return `(?:${GAP_WORD}){0,${gap[1]}}`;
    if (name === 'pos') return POSITIVE;
    const plain = /^nonegation(\d{1,2})$/.exec(name);
    if (plain) return `${NO_NEGATION}{0,${plain[1]}}?`;
    const body = MACROS[name];
    if (body === undefined) throw new Error(`unknown lexicon macro ${whole}`);
    return `(?:${body})`;
  });
}
