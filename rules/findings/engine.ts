import * as z from 'zod/mini';
import type { ExtractedFeature } from '../vocabulary/extraction';
import { AXSPA_RULES } from './axspa';
import { buildFinding } from './cards';
import { describe, evaluate, type Env, type Outcome } from './conditions';
import { factsFrom } from './facts';
import { IMAGING_RULES } from './imaging';
import { malignancyProbability } from './malignancy';
import { CHRONIC, CRITERIA_SETS, INFLAMMATORY_SNIPPETS, OTHER_PATTERN_RULES } from './patterns';
import { RED_FLAG_RULES } from './red-flags';
import { RuleSchema, type Rule } from './rule';
import type { Assessment, Finding, Severity, TraceRow } from './schema';
import { redFlagScreen } from './screen';

export type { Assessment };

/** Every rule, validated strictly when loaded. */
export const RULES = {
  redFlags: z.array(RuleSchema).parse(RED_FLAG_RULES),
  patterns: z.array(RuleSchema).parse(OTHER_PATTERN_RULES),
  axspa: z.array(RuleSchema).parse(AXSPA_RULES),
  imaging: z.array(RuleSchema).parse(IMAGING_RULES),
};

const ORDER: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };
const list = (rows: TraceRow[]) => rows.map((r) => r.label).join(', ');
/** A trace row: a condition's label, its outcome and, when there is one, what was seen. */
const row = (label: string, o: Outcome): TraceRow => ({ label, state: o.state, ...(o.seen ? { seen: o.seen } : {}) });

/** Confirmed features in, findings out. Pure: the same features always give the same findings. */
export function runRules(features: ExtractedFeature[]): Assessment {
  const facts = factsFrom(features);
  const env: Env = { facts, criteria: new Map(), fired: new Map(), sets: new Map() };
  const findings: Finding[] = [];
  const add = (f: Finding | undefined) => {
    if (!f) return;
    findings.push(f);
    env.fired.set(f.id, f.severity);
  };

  for (const rule of RULES.redFlags) add(evalRule(rule, env));
  const malignancy = env.fired.has('flag.malignancy') ? malignancyProbability(facts) : undefined;
  if (malignancy) {
    const i = findings.findIndex((f) => f.id === 'flag.malignancy');
    findings[i] = withExtra(findings[i], `**Probability of malignancy:** ${malignancy.display} (${malignancy.factors.join(', ') || 'no LR item present'}). ${malignancy.caveat}`);
  }
  add(inflammatory(env));
  for (const rule of RULES.patterns) add(evalRule(rule, env));
  for (const rule of RULES.axspa) add(evalRule(rule, env));
  for (const rule of RULES.imaging) add(evalRule(rule, env));
  annotate(findings, env);

  findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  const generalAdvice = !findings.some((f) => f.id.startsWith('flag.') && f.severity === 'critical');
  return { findings, screen: redFlagScreen(features), malignancy, generalAdvice };
}

function withExtra(f: Finding, line: string): Finding {
  return { ...f, card: { ...f.card, detail: f.card.detail.replace(/\n\n> /, `\n\n${line}\n\n> `) } };
}

function evalRule(rule: Rule, env: Env): Finding | undefined {
  env.criteria = new Map();
  const outcomes = rule.criteria.map((cr) => {
    const o = evaluate(cr.cond, env);
    env.criteria.set(cr.key, o.state);
    return o;
  });
  if (evaluate(rule.fires, env).state !== 'met') return undefined;
  // The trace is written only for a rule that fires: most do not.
  const trace = rule.criteria.map((cr, k) => row(cr.label ?? describe(cr.cond), outcomes[k]));
  const severity = rule.tiers.find((t) => evaluate(t.when, env).state === 'met')?.level ?? rule.otherwise;
  const met = trace.filter((r) => r.state === 'met');
  const undocumented = trace.filter((r) => r.state === 'not_documented');
  return buildFinding({
    id: rule.id,
    severity,
    title: rule.title,
    // Flags name the documented risk factors; other findings report their criteria.
    because: rule.id.startsWith('flag.')
      ? `${list(met)}${met.length === 1 ? ' is' : ' are'} documented (${met.length} of ${trace.length} checked).`
      : `${met.length} of ${trace.length} criteria met: ${list(met)}.`,
    trace,
    missing: undocumented.map((r) => `${r.label} not documented`),
    action: rule.actions[severity] ?? rule.actions[rule.otherwise] ?? '',
    snippets: rule.snippets,
  });
}

/** pattern.inflammatory: any of ASAS, Berlin or Calin met (spec: rules.md, Back-pain patterns). */
function inflammatory(env: Env): Finding | undefined {
  const judged = CRITERIA_SETS.map((set) => {
    const entry = set.entry ? evaluate(set.entry.cond, env) : undefined;
    const items = set.items.map((it) => evaluate(it.cond, env));
    const count = items.filter((o) => o.state === 'met').length;
    const ok = (!entry || entry.state === 'met') && count >= set.threshold;
    env.sets.set(set.key, ok);
    return { set, entry, items, count, ok };
  });
  const met = judged.filter((j) => j.ok).map((j) => j.set.key);
  if (!met.length) return undefined;
  const trace: TraceRow[] = [];
  const summaries: string[] = [];
  const missing: string[] = [];
  for (const { set, entry, items, count, ok } of judged) {
    if (entry) trace.push(row(`${set.name}: ${set.entry!.label} (entry)`, entry));
    items.forEach((o, k) => {
      const label = `${set.name}: ${set.items[k].label}`;
      trace.push(row(label, o));
      if (o.state === 'not_documented') missing.push(`${label} not documented`);
    });
    const lr = set.lrByCount?.find((l) => count >= l.atLeast);
    summaries.push(`${set.name.split(' ')[0]} ${count}/${set.items.length}${ok ? ' met' : ' not met'}${ok && lr ? ` (LR ≈ ${lr.lr})` : ''}`);
  }
  const chronic = evaluate(CHRONIC, env);
  const strong = met.includes('asas') || met.includes('berlin');
  const severity: Severity = chronic.state === 'met' && strong ? 'warning' : 'info';
  const extra: string[] = [];
  if (chronic.state !== 'met') extra.push('Possible inflammatory pattern with pain under 12 weeks or of undocumented duration — reassess at 3 months.');
  else if (!strong) extra.push('Only Calin met: the least specific set (about 52 % in the ASAS validation).');
  return buildFinding({
    id: 'pattern.inflammatory',
    severity,
    title: chronic.state === 'met' ? 'Inflammatory back pain pattern' : 'Possible inflammatory back pain pattern',
    because: `${summaries.join('; ')}.`,
    trace,
    missing,
    action:
      severity === 'warning'
        ? 'An inflammatory pattern, not mechanical pain: NSAID trial (2–4 weeks per drug), HLA-B27 and CRP, refer to rheumatology by the NICE rule, spinal-mobility physiotherapy.'
        : 'Possible inflammatory pattern: NSAID trial, review at 3 months; HLA-B27 and CRP if it persists.',
    snippets: INFLAMMATORY_SNIPPETS,
    extra,
  });
}

/** Cross-finding notes: degenerative caveat; what would decide axSpA classification. */
function annotate(findings: Finding[], env: Env) {
  const i = findings.findIndex((f) => f.id === 'pattern.inflammatory');
  if (i >= 0 && !env.fired.has('axspa.asas_classification')) {
    const undecided = (['hla_b27_positive', 'elevated_crp', 'sacroiliitis_on_imaging'] as const).filter((id) => env.facts.status(id) !== 'present' && env.facts.status(id) !== 'absent');
    const names = { hla_b27_positive: 'HLA-B27', elevated_crp: 'CRP', sacroiliitis_on_imaging: 'MRI of the sacroiliac joints' };
    if (undecided.length) {
      const line = `ASAS axial SpA classification not fulfilled; ${undecided.map((id) => names[id]).join(', ')} would decide it.`;
      findings[i] = { ...withExtra(findings[i], line), missing: [...findings[i].missing, line] };
    }
  }
  const d = findings.findIndex((f) => f.id === 'pattern.degenerative_stiffness');
  if (d >= 0 && i >= 0) {
    findings[d] = withExtra(findings[d], 'Caveat: an inflammatory pattern also fires — short stiffness does not exclude it.');
  }
}
