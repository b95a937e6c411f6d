import type { LexiconEntry } from './schema';

const SI_TESTS = "(?:faber|fabere|patrick'?s?|thigh thrust|posterior shear|gaenslen'?s?|sacral thrust|si (?:compression|distraction)|(?:si|sij|sacroiliac) (?:provocation|compression|distraction|stress)(?: tests?)?)(?: test)?";
const SLR = '(?:slr|straight[- ]leg[- ]rais(?:e|ing)|lasegue\'?s?)(?: test)?';
const PLUS = '(?:\\((?:\\+|pos)\\)|\\+ ?(?:ve)?|positive|pos\\b)';
/** Where the leg was when it hurt: "40°", "at 45 degrees". */
const ANGLE = '(?:(?:at|to) )?\\d{1,2} ?(?:°|º|deg\\w*)?';
/** Which leg: "L", "right", "bilaterally", "on the left". */
const SIDE = '(?:l|r|left|right|bilat\\w*|b/l|on the (?:l|r|left|right))';

/** Examination findings. A test named without a result stays uncertain; "(+)" or "positive" makes it present. */
export const EXAM_LEXICON: LexiconEntry[] = [
  {
    concept: 'si_provocation_positive',
    patterns: [`(?<!crossed )${SI_TESTS}\\)?:? ?(?:is |was )?${PLUS}`, `(?:positive|\\+) ${SI_TESTS}`, `${SI_TESTS} {gap3}reproduc\\w*`],
  },
  { concept: 'si_provocation_positive', assume: 'uncertain', patterns: [SI_TESTS] },
  {
    concept: 'slr_positive',
    patterns: [`(?<!crossed )${SLR}:? ?(?:${ANGLE} )?(?:${SIDE} )?(?:${ANGLE} )?(?:is |was )?${PLUS}`, `(?:positive|\\+) ${SLR}`, `(?<!crossed )${SLR} {gap4}reproduc\\w*`],
  },
  { concept: 'slr_positive', assume: 'uncertain', patterns: [`(?<!crossed )${SLR}`] },
  {
    concept: 'schober_restricted',
    patterns: ['(?:reduced|restricted|limited|decreased|positive) (?:modified )?schober\'?s?'],
  },
];
