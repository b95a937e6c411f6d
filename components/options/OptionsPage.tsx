import { useState } from 'react';
import type { Selectors } from '@/entrypoints/options/settings';

export interface OptionsPageProps {
  /** Origins with a granted host permission. */
  granted: string[];
  /** Origins the user or the organisation listed. */
  origins: string[];
  managedOrigins: string[];
  selectors: Record<string, Selectors>;
  status: string;
  allow(origin: string): void;
  revoke(origin: string): void;
  setSelectors(origin: string, selectors: Selectors): void;
}

/** Which EHR pages the extension may read, and how to find CC/HPI on them. */
export default function OptionsPage(p: OptionsPageProps) {
  const [draft, setDraft] = useState('');
  const all = [...new Set([...p.origins, ...p.granted])].sort();
  return (
    <main>
      <h1>Back pain assessment — EHR pages</h1>
      <p className="note">
        The extension reads a chart only on the EHR addresses you allow here (or on the tab where you click its toolbar
        button). Patient text stays in this browser&rsquo;s memory; nothing is sent anywhere. Supports, does not replace, clinical judgement.
      </p>
      <section aria-labelledby="add-h">
        <h2 id="add-h">Allow an EHR address</h2>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            p.allow(draft);
          }}
        >
          <label htmlFor="origin">EHR address</label>
          <input id="origin" type="text" placeholder="https://ehr.example.org" value={draft} onChange={(e) => setDraft(e.target.value)} />
          <button type="submit">Allow</button>
        </form>
      </section>
      <section aria-labelledby="list-h">
        <h2 id="list-h">Allowed addresses</h2>
        {all.length === 0 ? <p>None yet.</p> : null}
        <ul>
          {all.map((origin) => (
            <OriginRow key={origin} origin={origin} {...p} />
          ))}
        </ul>
      </section>
      <p role="status" aria-live="polite">
        {p.status}
      </p>
    </main>
  );
}

function OriginRow({ origin, granted, managedOrigins, selectors, allow, revoke, setSelectors }: OptionsPageProps & { origin: string }) {
  const current = selectors[origin] ?? {};
  const [cc, setCc] = useState(current.chiefComplaint ?? '');
  const [hpi, setHpi] = useState(current.hpi ?? '');
  const isGranted = granted.includes(origin);
  const managed = managedOrigins.includes(origin);
  const id = origin.replace(/\W+/g, '-');
  return (
    <li>
      <strong>{origin}</strong> — {isGranted ? 'allowed' : 'not allowed yet'}
      {managed ? ' (set by your organisation)' : ''}
      <div>
        {isGranted ? (
          <button type="button" onClick={() => revoke(origin)}>
            Remove
          </button>
        ) : (
          <button type="button" onClick={() => allow(origin)}>
            Allow
          </button>
        )}
      </div>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setSelectors(origin, { ...(cc ? { chiefComplaint: cc } : {}), ...(hpi ? { hpi } : {}) });
        }}
      >
        <label htmlFor={`cc-${id}`}>CSS selector for the chief complaint (optional)</label>
        <input id={`cc-${id}`} type="text" value={cc} onChange={(e) => setCc(e.target.value)} placeholder="#reason-for-visit" />
        <label htmlFor={`hpi-${id}`}>CSS selector for the HPI (optional)</label>
        <input id={`hpi-${id}`} type="text" value={hpi} onChange={(e) => setHpi(e.target.value)} placeholder=".hpi-note textarea" />
        <button type="submit">Save selectors</button>
      </form>
    </li>
  );
}
