import { Fragment, useMemo } from 'react';
import type { Capture } from '@/entrypoints/background/messages';
import { highlightPieces } from '@/rules/report/highlight';
import { STATUS_WORD } from '@/rules/report/labels';
import type { ExtractedFeature } from '@/rules/vocabulary/extraction';
import { FEATURE_TABLE, type FeatureId } from '@/rules/vocabulary/features';
import { describeSource } from './view';

export interface SourceViewProps {
  capture: Capture;
  text: string;
  /** Features read from the text: every evidence span is highlighted. */
  features: ExtractedFeature[];
  /** The feature the clinician is pointing at or editing: its words get an outline. */
  active?: FeatureId | null;
}

/** Where the text came from, and the text itself (as text, never markup) with its evidence marked. */
export function SourceView({ capture, text, features, active = null }: SourceViewProps) {
  const from = describeSource(capture);
  const pieces = useMemo(() => highlightPieces(text, features), [text, features]);
  return (
    <section className="source" aria-labelledby="source-h">
      <h2 id="source-h">Source</h2>
      <p className="source__from">
        <strong>{from.heading}</strong>
        {from.origin ? <span className="source__origin"> — {from.origin}</span> : null}
      </p>
      {capture.title ? <p className="muted source__title">{capture.title}</p> : null}
      {from.parts.length ? (
        <ul className="source__parts">
          {from.parts.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      ) : null}
      {capture.reason ? <p className="state__reason">{capture.reason}</p> : null}
      {features.length ? (
        <p className="legend muted">
          <mark className="mark mark--present">mentioned</mark> <mark className="mark mark--absent">mentioned as absent</mark>{' '}
          <mark className="mark mark--uncertain">uncertain</mark>
        </p>
      ) : null}
      <div className="text" role="region" aria-label="Text assessed" tabIndex={0}>
        <p className="text__body">
          {pieces.map((p) => {
            if (!p.marks.length) return <Fragment key={p.start}>{p.text}</Fragment>;
            const isActive = active !== null && p.marks.some((m) => m.feature === active);
            const title = p.marks.map((m) => `${FEATURE_TABLE[m.feature].label}: ${STATUS_WORD[m.status]}`).join('; ');
            return (
              <mark
                key={p.start}
                className={`mark mark--${p.marks[0].status}${isActive ? ' is-active' : ''}`}
                data-features={p.marks.map((m) => m.feature).join(' ')}
                title={title}
              >
                {p.text}
              </mark>
            );
          })}
        </p>
      </div>
    </section>
  );
}
