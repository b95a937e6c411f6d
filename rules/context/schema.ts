import * as z from 'zod/mini';

/**
 * ConText trigger rules as data (after Chapman et al.; medspaCy's ConTextRule).
 * category: what a trigger asserts about the targets in its scope.
 *  - negated: "denies", "no", "negative for"      → absent
 *  - possible: "possible", "r/o", "?", "concern for" → uncertain
 *  - hypothetical: "return if", "should she develop" → uncertain
 *  - historical: "h/o", "remote", "in 2015"        → still present (history counts)
 *  - family / other: relatives, other people        → not the patient's feature
 * direction: forward (scope to the right), backward (to the left), bidirectional,
 *  pseudo (looks like a trigger but is not: "no improvement", "gram negative"),
 *  terminate (ends the scope of the categories listed: "but", "however", "except").
 * maxScope: how many words the scope reaches (default per direction).
 */
export const Category = z.enum(['negated', 'possible', 'hypothetical', 'historical', 'family', 'other']);
export type Category = z.infer<typeof Category>;

export const Direction = z.enum(['forward', 'backward', 'bidirectional', 'pseudo', 'terminate']);
export type Direction = z.infer<typeof Direction>;

export const TriggerRule = z
  .strictObject({
    /** Literal phrase, lower case; spaces match any whitespace. */
    literal: z.optional(z.string().check(z.minLength(1))),
    /** Or a regular expression source (no flags; matched case-insensitively). */
    pattern: z.optional(z.string().check(z.minLength(1))),
    category: z.optional(Category),
    direction: Direction,
    /** For terminate: which categories it ends (default: all). */
    ends: z.optional(z.array(Category)),
    maxScope: z.optional(z.number().check(z.int(), z.positive(), z.maximum(60))),
    /**
     * For terminate: it does not end the scope of a trigger at most LIST_LEAD_IN words before
     * it, whose list it opens ("denies: fever, chills"; "negative for the following: ...").
     */
    opensList: z.optional(z.boolean()),
    /**
     * For terminate: ends only the scopes of triggers before it, so a finding before it can
     * still take a backward trigger after it ("no fever - chills since Monday" but
     * "HLA-B27 - negative").
     */
    forwardOnly: z.optional(z.boolean()),
    /** A list separator (";"): inside a list a colon opened ("denies: a; b; c"), it does not end the opener. */
    continuesList: z.optional(z.boolean()),
    /**
     * For terminate: it does not end the scope of a trigger that already reaches over two comma
     * items or more before it ("denies fever, chills, history of cancer": a list, not a new statement).
     */
    unlessListed: z.optional(z.boolean()),
    /**
     * For backward: also when it opens a clause of its own, right after a comma, it reaches back
     * over that one comma ("fever last week, now resolved").
     */
    afterComma: z.optional(z.boolean()),
    /** Why this rule exists, when it is not obvious. */
    note: z.optional(z.string()),
  })
  .check(
    z.refine((r) => (r.literal ? !r.pattern : !!r.pattern), { message: 'exactly one of literal or pattern' }),
    z.refine((r) => r.direction === 'pseudo' || r.direction === 'terminate' || !!r.category, {
      message: 'forward/backward/bidirectional triggers need a category',
    }),
    z.refine((r) => r.direction === 'terminate' || (!r.ends && !r.opensList && !r.forwardOnly && !r.continuesList && !r.unlessListed), {
      message: 'ends, opensList, forwardOnly, continuesList and unlessListed belong to terminate rules',
    }),
    z.refine((r) => !r.afterComma || r.direction === 'backward', { message: 'afterComma belongs to backward rules' }),
    z.refine((r) => r.direction !== 'pseudo' && r.direction !== 'terminate' ? true : !r.category && !r.maxScope, {
      message: 'pseudo and terminate rules take no category or maxScope',
    }),
  );
export type TriggerRule = z.infer<typeof TriggerRule>;

export const DEFAULT_SCOPE = { forward: 15, backward: 5 } as const;

/** How many words may lie between a trigger and the colon that opens its list. */
export const LIST_LEAD_IN = 3;
