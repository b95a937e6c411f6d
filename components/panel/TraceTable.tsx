import { CRITERION_ICON, CRITERION_WORD } from '@/rules/report/labels';
import type { TraceRow } from '@/rules/findings/schema';

/** A finding's trace: each criterion checked, its result (met / not met / not documented) and the value seen. */
export function TraceTable({ rows, caption }: { rows: TraceRow[]; caption: string }) {
  return (
    <table className="trace">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Criterion</th>
          <th scope="col">Result</th>
          <th scope="col">Seen</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            <th scope="row">{r.label}</th>
            <td className={`result result--${r.state}`}>
              <span aria-hidden="true">{CRITERION_ICON[r.state]} </span>
              {CRITERION_WORD[r.state]}
            </td>
            <td>{r.seen ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
