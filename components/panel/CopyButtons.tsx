import { useId, useState } from 'react';

export type CopyText = (text: string) => Promise<void>;

const clipboard: CopyText = (text) => navigator.clipboard.writeText(text);

export interface CopyButtonsProps {
  note: string;
  json: string;
  copy?: CopyText;
  /** The note is for features whose findings are not back yet (or failed): copying it would copy the wrong findings. */
  disabled?: boolean;
}

/** "Copy to note" and "Copy as CDS Hooks JSON", with a polite status line and a preview of the note. */
export function CopyButtons({ note, json, copy = clipboard, disabled = false }: CopyButtonsProps) {
  const [status, setStatus] = useState('');
  const previewId = useId();
  const run = (text: string, what: string) => {
    setStatus('');
    copy(text).then(
      () => setStatus(`Copied ${what}.`),
      () => setStatus('Could not copy: the browser refused. Open the note preview below, select it and copy it instead.'),
    );
  };
  return (
    <section className="copy" aria-labelledby="copy-h">
      <h2 id="copy-h">Copy to the chart</h2>
      <div className="copy__buttons">
        <button type="button" className="button" disabled={disabled} onClick={() => run(note, 'the note')}>
          Copy to note
        </button>
        <button type="button" className="button" disabled={disabled} onClick={() => run(json, 'the CDS Hooks JSON')}>
          Copy as CDS Hooks JSON
        </button>
      </div>
      <p className="status" role="status" aria-live="polite">
        {status}
      </p>
      <details className="preview">
        <summary>Preview the note</summary>
        <label htmlFor={previewId} className="sr-only">
          Note text
        </label>
        <textarea id={previewId} readOnly rows={14} value={note} />
      </details>
    </section>
  );
}
