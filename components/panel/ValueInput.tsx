import { useEffect, useId, useState } from 'react';
import { VALUE_RANGE, valueFits } from '@/rules/edits';
import type { FeatureValue, ValueBound } from '@/rules/vocabulary/extraction';
import { FEATURE_TABLE, type FeatureId } from '@/rules/vocabulary/features';

export interface ValueInputProps {
  id: FeatureId;
  value: FeatureValue | undefined;
  /** The value was written as a bound ("> 30 min"): said beside the number. */
  bound?: ValueBound;
  onValue(value: FeatureValue): void;
}

const UNIT = { years: 'years', weeks: 'weeks', minutes: 'minutes' } as const;

/** The value of age, duration, stiffness minutes, onset age (a number) or sex (a choice). */
export function ValueInput({ id, value, bound, onValue }: ValueInputProps) {
  const kind = FEATURE_TABLE[id].value;
  const label = FEATURE_TABLE[id].label;
  const inputId = useId();
  const [draft, setDraft] = useState(value === undefined ? '' : String(value));
  useEffect(() => setDraft(value === undefined ? '' : String(value)), [value]);

  if (kind === 'none') return null;
  if (kind === 'sex') {
    return (
      <div className="value">
        <label htmlFor={inputId}>{label} recorded as</label>
        <select id={inputId} value={typeof value === 'string' ? value : ''} onChange={(e) => valueFits('sex', e.target.value) && onValue(e.target.value)}>
          <option value="" disabled>
            choose
          </option>
          <option value="female">female</option>
          <option value="male">male</option>
        </select>
      </div>
    );
  }
  const range = VALUE_RANGE[kind];
  const parsed = draft.trim() === '' ? undefined : Number(draft);
  const invalid = draft.trim() !== '' && !valueFits(kind, parsed);
  return (
    <div className="value">
      <label htmlFor={inputId}>
        {label} ({UNIT[kind]})
      </label>
      <input
        id={inputId}
        type="number"
        inputMode="decimal"
        min={range.min}
        max={range.max}
        step="any"
        value={draft}
        aria-invalid={invalid || undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          const n = e.target.value.trim() === '' ? NaN : Number(e.target.value);
          if (valueFits(kind, n)) onValue(n);
        }}
        onBlur={() => setDraft(value === undefined ? '' : String(value))}
      />
      {bound && draft === String(value) ? <span className="value__bound">written as {bound === 'above' ? 'more' : 'less'} than this</span> : null}
      {invalid ? (
        <span className="value__error">
          Enter {range.min}–{range.max}.
        </span>
      ) : null}
    </div>
  );
}
