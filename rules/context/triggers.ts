import type { TriggerRule } from './schema';

type Rule = TriggerRule;
const many = (literals: string[], rest: Omit<Rule, 'literal' | 'pattern'>): Rule[] =>
  literals.map((literal) => ({ literal, ...rest }) as Rule);

/**
 * Context triggers, as data. Longer phrases win over shorter ones at the same place, so
 * pseudo-triggers ("no improvement") and compound hedges ("cannot be excluded") override
 * the bare words inside them. Tests: test/rules/context/triggers.test.ts, one sentence each.
 */
export const TRIGGERS: Rule[] = [
  // ── Negation, forward ────────────────────────────────────────────────────────────────
  ...many(
    [
      'no', 'not', 'denies', 'denied', 'deny', 'denying', 'without', 'w/o', 'negative for', 'neg for', 'neg',
      'free of', 'absence of', 'no evidence of', 'no sign of', 'no signs of', 'no signs or symptoms of',
      'never', 'never had', 'nor', 'none', 'nil', 'no history of', 'no hx of', 'no h/o', 'no known',
      'did not', 'does not', 'doesn\'t', 'didn\'t', 'do not', 'don\'t', 'has not', 'hasn\'t', 'have not',
      'haven\'t', 'had not', 'hadn\'t', 'is not', 'isn\'t', 'was not', 'wasn\'t', 'are not', 'aren\'t',
      'were not', 'weren\'t', 'no longer', 'lack of', 'lacks', 'lacking', 'ruled out for', 'rules out',
      'negative', 'neg. for', 'resolution of', 'no further', 'not have', 'no new', 'no ongoing',
      'no complaints of', 'no c/o', 'absent', 'no report of', 'no reports of', 'not report',
      'not reporting', 'doesn\'t have', 'does not have', 'did not have', 'free from', 'clear of',
      'not endorse', 'not endorsing', 'unremarkable for', 'fails to reveal', 'failed to reveal',
      'no suggestion of', 'no suspicion of', 'not demonstrate', 'no findings of', 'no findings to suggest',
      'no mention of', 'not suggestive of', 'no abnormal', 'rather than', 'instead of', 'x no',
    ],
    { category: 'negated', direction: 'forward' },
  ),
  // ── Negation, backward ("SLR neg", "saddle anesthesia (-)", "bowel/bladder normal") ──
  ...many(
    [
      '(-)', '-ve', 'neg', 'negative', 'is negative', 'was negative', 'were negative', 'are negative',
      'ruled out', 'has been ruled out', 'have been ruled out', 'was ruled out', 'were ruled out',
      'excluded', 'is excluded', 'was excluded', 'unlikely', 'not seen', 'not present', 'not noted',
      'not identified', 'not found', 'not demonstrated', 'not evident', 'not appreciated', 'not detected',
      'absent', 'are absent', 'is absent', 'was absent', 'resolved', 'has resolved', 'have resolved',
      'denied', 'free', 'wnl', 'within normal limits', 'normal', 'nl', 'intact', 'unremarkable',
      'fine', 'ok', 'okay', 'continent', 'at baseline',
    ],
    { category: 'negated', direction: 'backward', maxScope: 4 },
  ),
  // ── Uncertainty ("possible", "r/o", "?", "concern for") ──────────────────────────────
  ...many(
    [
      'possible', 'possibly', 'probable', 'probably', 'likely', 'suspect', 'suspected', 'suspicious for',
      'suspicion of', 'suspicion for', 'concern for', 'concerning for', 'worrisome for', 'worried about',
      'r/o', 'rule out', 'to rule out', 'rule-out', 'cannot exclude', 'can\'t exclude', 'cannot rule out',
      'can\'t rule out', 'could not rule out', 'not ruled out', 'may', 'may have', 'might', 'might have',
      'could', 'could be', 'maybe', 'perhaps', 'questionable', 'query', 'q', '?', 'uncertain', 'unclear',
      'equivocal', 'borderline', 'differential', 'ddx', 'differential diagnosis', 'consider', 'considered',
      'evaluate for', 'eval for', 'evaluation for', 'assess for', 'to assess for', 'screen for',
      'screening for', 'to exclude', 'not sure', 'unsure', 'vs', 'vs.', 'versus', 'presumed',
      'presumably', 'apparent', 'apparently', 'suggestive of', 'suggests', 'compatible with',
      'consistent with', 'c/w', 'question of', 'concern about', 'might be', 'seems', 'appears',
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
      'possible', 'probable', 'suspected', 'vs', 'vs.', 'versus', 'or not',
    ],
    { category: 'possible', direction: 'backward', maxScope: 5 },
  ),
  // ── Hypothetical ("return if", "should she develop") ──────────────────────────────────
  ...many(
    [
      'if', 'return if', 'call if', 'come back if', 'return for', 'return with', 'seek care if',
      'go to ed if', 'should he develop', 'should she develop', 'should they develop', 'should you develop',
      'should there be', 'in case of', 'in the event of', 'watch for', 'monitor for', 'look out for',
      'warning signs', 'red flag advice', 'precautions', 'return precautions', 'unless', 'as needed for',
      'prn for', 'in case', 'if she develops', 'if he develops', 'if they develop', 'if you develop',
      'if any', 'whether', 'would', 'when to', 'develops', 'develop', 'to prevent', 'prevention of',
      'risk of', 'risk for', 'at risk of', 'at risk for', 'concern that', 'to avoid', 'advised to report',
      'report any', 'signs of',
    ],
    { category: 'hypothetical', direction: 'forward', maxScope: 12 },
  ),
  // ── History (counts as present for the patient) ───────────────────────────────────────
  ...many(
    [
      'history of', 'hx of', 'h/o', 'hx', 'past history of', 'pmh', 'pmhx', 'past medical history of',
      'previous', 'previously', 'prior', 'prior to', 'past', 'remote', 'remote history of', 'old',
      'former', 'formerly', 'status post', 's/p', 'in the past', 'had been', 'years ago', 'childhood',
      'diagnosed with', 'dx with', 'treated for', 'known', 'longstanding', 'long-standing', 'chronic',
      'recurrent', 'since age',
    ],
    { category: 'historical', direction: 'forward', maxScope: 8 },
  ),
  { pattern: '(?:in|since|from|dx|diagnosed|\\()\\s*(?:19|20)\\d\\d\\b', category: 'historical', direction: 'bidirectional', maxScope: 6 },
  ...many(
    ['years ago', 'yrs ago', 'months ago', 'as a child', 'in the past', 'previously', 'resolved', 'in remission', 'remote'],
    { category: 'historical', direction: 'backward', maxScope: 6 },
  ),
  // ── Experiencer: relatives and other people ──────────────────────────────────────────
  ...many(
    [
      'mother', 'mom', 'mum', 'father', 'dad', 'brother', 'sister', 'sibling', 'siblings', 'son', 'daughter',
      'aunt', 'uncle', 'cousin', 'grandmother', 'grandfather', 'grandparent', 'grandparents', 'grandma',
      'grandpa', 'parent', 'parents', 'niece', 'nephew', 'twin', 'family history', 'family hx', 'fhx',
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
    ['donor', 'roommate', 'coworker', 'co-worker', 'partner\'s', 'wife\'s', 'husband\'s', 'friend\'s', 'contact with', 'exposure to', 'exposed to', 'sick contacts'],
    { category: 'other', direction: 'forward', maxScope: 6 },
  ),
  // ── Pseudo-triggers: look like a trigger but are not ─────────────────────────────────
  ...many(
    [
      'no improvement', 'not improved', 'not improving', 'no relief', 'not relieved', 'not only',
      'no change', 'no significant change', 'no interval change', 'no increase', 'no decrease',
      'not necessarily', 'not certain whether', 'not certain if', 'gram negative', 'gram-negative',
      'gram positive', 'gram-positive', 'without difficulty', 'not cause', 'not drain', 'no further',
      'not extend', 'not been able', 'not able', 'unable', 'cannot', 'can\'t', 'could not', 'couldn\'t',
      'without any further', 'no benefit', 'not better', 'not help', 'not helped', 'doesn\'t help',
      'does not help', 'did not help', 'didn\'t help', 'not helping', 'not resolve', 'did not resolve',
      'doesn\'t go away', 'does not go away', 'not go away', 'no longer able', '(sp?)', 'sp?',
      'not sure if that', 'x-ray', 'xray', 'hx:', 'h/o:', 'nothing helps', 'no matter',
      'no sooner', 'not uncommon', 'not unusual', 'not unreasonable', 'not just', 'not all',
      'not always', 'not until', 'if needed', 'if tolerated', 'as tolerated', 'if persistent',
      'if possible', 'even if', 'as if', 'unknown date', 'unknown cause', 'no known allergies',
      'known to', 'likely due to', 'negative pressure', 'check-in', 'checked in', 'check in',
      'cannot walk', 'could be worse', 'would like', 'if so', 'not fully', 'not completely',
      'no relief from', 'failed', 'despite', 'not without', 'never without', 'not absent', 'not negative',
      'not free of', 'not lacking', 'did not deny', 'does not deny', 'doesn\'t deny', 'didn\'t deny',
      'not denying', 'cannot deny', 'can\'t deny', 'not unable', 'no lack of',
    ],
    { direction: 'pseudo' },
  ),
  // ── Terminators: end a scope ─────────────────────────────────────────────────────────
  ...many(
    [
      'but', 'however', 'although', 'though', 'yet', 'except', 'except for', 'apart from', 'aside from',
      'other than', 'besides', 'whereas', 'while', 'which', 'still', 'nevertheless', 'presents',
      'presenting', 'presented', 'reports', 'reported', 'reporting', 'complains', 'complaining', 'c/o',
      'notes', 'states', 'stated', 'says', 'describes', 'endorses', 'endorsed', 'admits', 'positive for',
      'pos for', 'remarkable for', 'significant for', 'now', 'because', 'due to', 'secondary to', 'd/t',
      'cause of', 'source of', 'etiology of', 'also', 'in addition', 'additionally', ';',
    ],
    { direction: 'terminate' },
  ),
  // Pronouns end the scope of a relative: "wife notes he is stiff", "a friend gave her naproxen".
  ...many(['he', 'she', 'him', 'her', 'his', 'i', 'me', 'my', 'pt', 'patient', 'patient\'s', 'pt\'s', 'they', 'you', 'we', 'himself', 'herself'], {
    direction: 'terminate',
    ends: ['family', 'other'],
  }),
];
