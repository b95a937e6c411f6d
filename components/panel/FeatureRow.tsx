import { useId } from 'react';
import type { FeatureEdit } from '@/rules/edits';
import { STATUS_WORD } from '@/rules/report/labels';
import type { ExtractedFeature, FeatureValue, Status } from '@/rules/vocabulary/extraction';
import { FEATURE_TABLE, type FeatureId } from '@/rules/vocabulary/features';
import { ValueInput } from './ValueInput';

export interface FeatureRowProps {
  id: FeatureId;
  /** The feature as the rules see it now (after edits); undefined when not documented. */
  current?: ExtractedFeature;
  /** The feature as read from the text or the chart banner, for its mentions. */
  read?: ExtractedFeature;
  onEdit(id: FeatureId, edit: FeatureEdit): void;
  onActive(id: FeatureId | null): void;
}

const CHOICES: Array<Status | 'not_documented'> = ['present', 'absent', 'uncertain', 'not_documented'];
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** One feature: a labelled radio group for its status, its value, and every mention read. */
export function FeatureRow({ id, current, read, onEdit, onActive }: FeatureRowProps) {
  const uid = useId();
  const def = FEATURE_TABLE[id];
  const status = current?.status ?? 'not_documented';
  const evidence = read?.evidence ?? [];
  const conflict = !!read?.conflict;
  const mentionsId = `${uid}-mentions`;
  const edited = current?.source === 'clinician' || (!current && !!read);
  const setValue = (value: FeatureValue) => onEdit(id, { status: 'present', value });

  return (
    <div
      className={`feature${conflict ? ' feature--conflict' : ''}`}
      data-feature={id}
      onMouseEnter={() => onActive(id)}
      onMouseLeave={() => onActive(null)}
      onFocus={() => onActive(id)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) onActive(null);
      }}
    >
      <fieldset className="feature__status" aria-describedby={evidence.length ? mentionsId : undefined}>
        <legend className="feature__label">{def.label}</legend>
        <div className="radios">
          {CHOICES.map((choice) => (
            <label key={choice} className={`radio radio--${choice}`}>
              <input
                type="radio"
                name={`${uid}-status`}
                value={choice}
                checked={status === choice}
                onChange={() => onEdit(id, choice === 'not_documented' ? 'not_documented' : { status: choice })}
              />
              <span>{capital(STATUS_WORD[choice])}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {def.value !== 'none' ? <ValueInput id={id} value={current?.value ?? read?.value} bound={current ? current.bound : read?.bound} onValue={setValue} /> : null}
      <div className="feature__meta">
        {conflict ? (
          <p className="badge badge--conflict">
            <span aria-hidden="true">⚠ </span>Mentions disagree
          </p>
        ) : null}
        {edited ? <p className="badge">Set by you{read ? ` (read as ${STATUS_WORD[read.status]})` : ''}</p> : null}
        {!edited && read?.source === 'chart' ? <p className="badge">From the chart banner</p> : null}
      </div>
      {evidence.length ? (
        <ul id={mentionsId} className="mentions" aria-label={`Mentions of ${def.label}`}>
          {evidence.map((e, i) => (
            <li key={i}>
              <q>{e.text}</q> — {STATUS_WORD[e.status]}
              {e.cue ? <> (cue: <q>{e.cue}</q>)</> : null}
              {e.historical ? ', in the past' : null}
              {e.section && e.section !== 'body' ? <span className="muted">, {e.section}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
