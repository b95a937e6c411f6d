import type { ScreenRow } from '@/rules/findings/schema';
import type { FeatureId } from '@/rules/vocabulary/features';

export interface RedFlagScreenProps {
  rows: ScreenRow[];
  /** Show this feature's status control (adding it to the list when needed). */
  onRecord(id: FeatureId): void;
}

/** Which red flags are documented, which to ask or examine, and which pertinent negatives are still missing. */
export function RedFlagScreen({ rows, onRecord }: RedFlagScreenProps) {
  const of = (state: ScreenRow['state']) => rows.filter((r) => r.state === state);
  const ask = of('ask'), missing = of('not_documented'), absent = of('absent'), present = of('present');
  const list = (items: ScreenRow[], record = false) =>
    items.length ? (
      <ul className="screen__list">
        {items.map((r) => (
          <li key={r.id}>
            <span>{r.label}</span>
            {record ? (
              <button type="button" className="button button--small" aria-label={`Record ${r.label}`} onClick={() => onRecord(r.id)}>
                Record
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    ) : (
      <p className="muted">None.</p>
    );
  return (
    <section className="screen" aria-labelledby="screen-h">
      <h2 id="screen-h">Pertinent negatives</h2>
      <p className="muted">
        Red flags: {present.length} present, {absent.length} documented absent, {ask.length} to ask or examine, {missing.length} not
        documented.
      </p>
      <h3>
        <span aria-hidden="true">? </span>Ask or examine
      </h3>
      {list(ask, true)}
      <h3>
        <span aria-hidden="true">… </span>Not documented yet
      </h3>
      {list(missing, true)}
      <h3>
        <span aria-hidden="true">✓ </span>Documented absent
      </h3>
      {list(absent)}
      {present.length ? (
        <>
          <h3>
            <span aria-hidden="true">‼ </span>Documented present
          </h3>
          {list(present)}
        </>
      ) : null}
    </section>
  );
}
