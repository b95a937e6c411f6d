/** Shown whenever no critical flag fires (rules.md, Management snippets). */
export const GENERAL_ADVICE = ['mgmt.remain_active', 'mgmt.heat', 'mgmt.exercise_therapy', 'pitfall.no_systemic_steroids', 'pitfall.opioid_caution'];
