import * as z from 'zod/mini';
import { CondSchema, type Cond } from './conditions';
import { FindingId, Severity } from './schema';

/**
 * A finding rule as data: the criteria shown in its trace, when it fires, how severe it is
 * (first matching tier), what to do at each severity, and the snippets it cites.
 */
export interface Rule {
  id: FindingId;
  title: string;
  criteria: Array<{ key: string; label?: string; cond: Cond }>;
  fires: Cond;
  tiers: Array<{ level: Severity; when: Cond }>;
  otherwise: Severity;
  actions: Partial<Record<Severity, string>>;
  snippets: string[];
  /** Criteria sets report "n of m met" against a threshold. */
  threshold?: number;
}

export const RuleSchema: z.ZodMiniType<Rule> = z
  .strictObject({
    id: FindingId,
    title: z.string().check(z.minLength(3), z.maxLength(90)),
    criteria: z.array(z.strictObject({ key: z.string(), label: z.optional(z.string()), cond: CondSchema })).check(z.minLength(1)),
    fires: CondSchema,
    tiers: z.array(z.strictObject({ level: Severity, when: CondSchema })),
    otherwise: Severity,
    actions: z.partialRecord(Severity, z.string().check(z.minLength(5))),
    snippets: z.array(z.string()).check(z.minLength(1)),
    threshold: z.optional(z.number().check(z.int(), z.positive())),
  })
  .check(
    z.refine((r) => [r.otherwise, ...r.tiers.map((t) => t.level)].every((level) => !!r.actions[level]), {
      message: 'every reachable severity needs an action',
    }),
  ) as z.ZodMiniType<Rule>;

/** Shorthand for rule data: a criterion per feature. */
export const featureCriteria = (...ids: Array<import('../vocabulary/features').FeatureId>) =>
  ids.map((id) => ({ key: id, cond: { feature: id } as Cond }));
export const c = (key: string): Cond => ({ criterion: key });
