import type { Capture } from '@/entrypoints/background/messages';
import { SourceView } from './SourceView';

const HowToUse = () => (
  <ol className="steps">
    <li>
      Open the patient’s chart in an EHR whose address is allowed in the extension’s options, then press <strong>Read this page</strong>.
    </li>
    <li>
      Or select the chief complaint and history on any page, right-click and choose <strong>Assess selected text</strong>.
    </li>
  </ol>
);

export function LoadingState() {
  return (
    <section className="state" aria-labelledby="state-h" aria-busy="true">
      <h2 id="state-h">Looking for a capture…</h2>
    </section>
  );
}

/** A capture is being assessed (shown only when it takes a while; see useAssessedView). */
export function AssessingState() {
  return (
    <section className="state" aria-labelledby="state-h" aria-busy="true">
      <h2 id="state-h">Assessing the text read…</h2>
    </section>
  );
}

/** The engine could not assess the capture: say so plainly, with the text that was read. */
export function FailedState({ capture, text, message }: { capture: Capture; text: string; message: string }) {
  return (
    <>
      <section className="state state--problem" aria-labelledby="state-h" role="alert">
        <h2 id="state-h">This text could not be assessed</h2>
        <p className="state__reason">{message}</p>
        <p>
          Press <strong>Read this page</strong> to try again.
        </p>
      </section>
      <SourceView capture={capture} text={text} features={[]} />
    </>
  );
}

/** Nothing captured for this tab yet: how to use the panel. */
export function EmptyState() {
  return (
    <section className="state" aria-labelledby="state-h">
      <h2 id="state-h">Nothing captured yet</h2>
      <p>To assess a back-pain visit:</p>
      <HowToUse />
      <p className="muted">The text is read and assessed in this browser only; nothing is sent anywhere.</p>
    </section>
  );
}

/** The page could not be read: why, and how to allow the EHR's origin. */
export function UnreadableState({ message }: { message: string }) {
  return (
    <section className="state state--problem" aria-labelledby="state-h">
      <h2 id="state-h">This page could not be read</h2>
      <p className="state__reason">{message}</p>
      <h3>To let the extension read your EHR</h3>
      <ol className="steps">
        <li>Open the extension’s options (right-click its toolbar icon, then choose Options).</li>
        <li>
          Add the EHR’s address — its origin, such as <code>https://ehr.example.org</code> — and allow it when the browser asks.
        </li>
        <li>
          Reload the chart and press <strong>Read this page</strong>.
        </li>
      </ol>
      <p>
        Any page: select the text, right-click and choose <strong>Assess selected text</strong>.
      </p>
    </section>
  );
}

/** The page was read but nothing was taken from it, and why (e.g. several patients are listed). */
export function NothingReadState({ reason }: { reason: string }) {
  return (
    <section className="state" aria-labelledby="state-h">
      <h2 id="state-h">Nothing was read from this page</h2>
      <p className="state__reason">{reason}</p>
      <p>
        Open one patient’s chart and press <strong>Read this page</strong>, or select the chief complaint and history, right-click and
        choose <strong>Assess selected text</strong>.
      </p>
    </section>
  );
}

/** A capture with no back-pain content: show what was read, so the clinician can check. */
export function NoContentState({ capture, text, reason }: { capture: Capture; text: string; reason?: string }) {
  return (
    <>
      <section className="state" aria-labelledby="state-h">
        <h2 id="state-h">No back-pain content found</h2>
        {reason ? <p className="state__reason">{reason}</p> : null}
        <p>
          Nothing in the text read matches the back-pain vocabulary. If the chief complaint or history is elsewhere on the page, select
          it, right-click and choose <strong>Assess selected text</strong>.
        </p>
      </section>
      <SourceView capture={capture} text={text} features={[]} />
    </>
  );
}
