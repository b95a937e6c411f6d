import { AssessmentView } from './AssessmentView';
import type { CopyText } from './CopyButtons';
import { Header } from './Header';
import { AssessingState, EmptyState, FailedState, LoadingState, NoContentState, NothingReadState, UnreadableState } from './States';
import type { PanelView } from './view';

export interface PanelProps {
  view: PanelView;
  onRead(): void;
  reading?: boolean;
  status?: string;
  copy?: CopyText;
  /** The view is the previous capture's, kept on screen for a moment while a new one is assessed. */
  stale?: boolean;
}

/** The side panel, from plain props: header, then the state of the current tab's capture. */
export function Panel({ view, onRead, reading, status, copy, stale = false }: PanelProps) {
  return (
    <div className="app">
      <Header onRead={onRead} reading={reading} status={status} />
      <main className={stale ? 'main main--stale' : 'main'} aria-busy={stale} inert={stale}>
        {view.kind === 'loading' ? <LoadingState /> : null}
        {view.kind === 'assessing' ? <AssessingState /> : null}
        {view.kind === 'failed' ? <FailedState capture={view.capture} text={view.text} message={view.message} /> : null}
        {view.kind === 'empty' ? <EmptyState /> : null}
        {view.kind === 'unreadable' ? <UnreadableState message={view.message} /> : null}
        {view.kind === 'nothing-read' ? <NothingReadState reason={view.reason} /> : null}
        {view.kind === 'no-content' ? <NoContentState capture={view.capture} text={view.text} reason={view.reason} /> : null}
        {view.kind === 'ready' ? (
          <AssessmentView key={`${view.capture.at}:${view.text.length}`} capture={view.capture} text={view.text} assessment={view.assessment} copy={copy} />
        ) : null}
      </main>
    </div>
  );
}
