export interface HeaderProps {
  onRead(): void;
  reading?: boolean;
  status?: string;
}

/** Title, the disclaimer, the "Read this page" button and the live status line. */
export function Header({ onRead, reading = false, status = '' }: HeaderProps) {
  return (
    <header className="header">
      <div className="header__text">
        <h1>Back pain assessment</h1>
        <p className="disclaimer">Supports, does not replace, clinical judgement. Nothing leaves this browser.</p>
      </div>
      <button type="button" className="button button--primary" onClick={onRead} aria-busy={reading || undefined}>
        Read this page
      </button>
      <p className="status" role="status" aria-live="polite">
        {status}
      </p>
    </header>
  );
}
