import type { SnippetView } from '@/rules/report/schema';

/** The snippets for these ids, in order, from the guidance the engine sent with the outcome. */
export const snippetsOf = (ids: string[], guidance: Record<string, SnippetView>): SnippetView[] =>
  ids.map((id) => guidance[id]).filter((s): s is SnippetView => s !== undefined);

/** Reference links (https only, see rules/report/outcome.ts) open in a new tab and are the panel's only outbound links. */
function ReferenceLinks({ links }: { links: SnippetView['links'] }) {
  if (!links.length) return null;
  return (
    <ul className="refs">
      {links.map((r) => (
        <li key={r.url}>
          <a href={r.url} target="_blank" rel="noreferrer noopener">
            {r.label}
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

function SnippetItem({ s }: { s: SnippetView }) {
  return (
    <li className="snippet">
      <p>{s.text}</p>
      {s.note ? <p className="snippet__note">Note: {s.note}</p> : null}
      <p className="cite">{s.cite}</p>
      <ReferenceLinks links={s.links} />
    </li>
  );
}

/** Guideline snippets with their citations; after the first `lead`, the rest fold away. */
export function SnippetList({ snippets, lead = snippets.length }: { snippets: SnippetView[]; lead?: number }) {
  const first = snippets.slice(0, lead);
  const rest = snippets.slice(lead);
  return (
    <>
      <ul className="snippets">
        {first.map((s) => (
          <SnippetItem key={s.id} s={s} />
        ))}
      </ul>
      {rest.length ? (
        <details className="more">
          <summary>More guidance ({rest.length})</summary>
          <ul className="snippets">
            {rest.map((s) => (
              <SnippetItem key={s.id} s={s} />
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
