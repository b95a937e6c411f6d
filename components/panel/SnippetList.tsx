import { REFERENCE_KEY, snippet } from '@/rules/guidelines';
import { humanizeSources } from '@/rules/guidelines/seeds';
import { plainCite, referenceLabel } from '@/rules/report/labels';

/** Only https reference links are shown; they open in a new tab and are the panel's only outbound links. */
function ReferenceLinks({ refs }: { refs: string[] }) {
  const links = refs.map((tag) => REFERENCE_KEY[tag]).filter((r) => r?.url?.startsWith('https://'));
  if (!links.length) return null;
  return (
    <ul className="refs">
      {links.map((r) => (
        <li key={r.url}>
          <a href={r.url} target="_blank" rel="noreferrer noopener">
            {referenceLabel(r.text)}
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

function SnippetItem({ id }: { id: string }) {
  const s = snippet(id);
  return (
    <li className="snippet">
      <p>{s.text}</p>
      {s.note ? <p className="snippet__note">Note: {humanizeSources(s.note)}</p> : null}
      <p className="cite">{plainCite(s.cite)}</p>
      <ReferenceLinks refs={s.refs} />
    </li>
  );
}

/** Guideline snippets with their citations; after the first `lead`, the rest fold away. */
export function SnippetList({ ids, lead = ids.length }: { ids: string[]; lead?: number }) {
  const first = ids.slice(0, lead);
  const rest = ids.slice(lead);
  return (
    <>
      <ul className="snippets">
        {first.map((id) => (
          <SnippetItem key={id} id={id} />
        ))}
      </ul>
      {rest.length ? (
        <details className="more">
          <summary>More guidance ({rest.length})</summary>
          <ul className="snippets">
            {rest.map((id) => (
              <SnippetItem key={id} id={id} />
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
