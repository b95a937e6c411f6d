import { useId } from 'react';
import type { Finding, Probability } from '@/rules/findings/schema';
import { LEAD_SNIPPETS, SEVERITY_ICON, SEVERITY_WORD } from '@/rules/report/labels';
import type { SnippetView } from '@/rules/report/schema';
import { SnippetList, snippetsOf } from './SnippetList';
import { TraceTable } from './TraceTable';

/** One finding: severity by icon and word, why (the trace), what to do, and the guidance behind it. */
export function FindingCard({ finding, guidance, probability }: { finding: Finding; guidance: Record<string, SnippetView>; probability?: Probability }) {
  const uid = useId();
  const f = finding;
  const met = f.trace.filter((r) => r.state === 'met').length;
  return (
    <article className={`card card--${f.severity}`} aria-labelledby={`${uid}-h`} data-finding={f.id}>
      <h3 id={`${uid}-h`} className="card__title">
        <span className="severity">
          <span className="severity__icon" aria-hidden="true">
            {SEVERITY_ICON[f.severity]}
          </span>{' '}
          {SEVERITY_WORD[f.severity]}:
        </span>{' '}
        {f.title}
      </h3>
      <p className="card__summary">{f.because}</p>
      <details className="why" open={f.severity !== 'info'}>
        <summary>
          Why ({met} of {f.trace.length} met)
        </summary>
        <TraceTable rows={f.trace} caption={`Criteria checked for ${f.title}`} />
        {f.missing.length ? (
          <>
            <h4>Not documented or would change it</h4>
            <ul className="missing">
              {f.missing.map((m, i) => (
                <li key={i}>{m}</li>
              ))}
            </ul>
          </>
        ) : null}
      </details>
      <h4>What to do</h4>
      <p className="card__action">{f.action}</p>
      {probability ? (
        <div className="probability">
          <p>
            <strong>Probability of malignancy {probability.display}</strong>
            {probability.factors.length ? ` (${probability.factors.join(', ')})` : ''}
          </p>
          <p className="muted">{probability.caveat}</p>
        </div>
      ) : null}
      <h4>Guidance</h4>
      <SnippetList snippets={snippetsOf(f.snippets, guidance)} lead={LEAD_SNIPPETS} />
    </article>
  );
}
