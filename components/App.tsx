import { Panel } from './panel/Panel';
import { useAssessedView } from './panel/useAssessedView';
import { usePanelData } from './panel/usePanelData';

/** The side panel: the current tab's data, assessed by the engine, shown by the presentational panel. */
export default function App() {
  const data = usePanelData();
  const { view, stale } = useAssessedView(data.view);
  return <Panel view={view} onRead={data.read} reading={data.reading} status={data.status} stale={stale} />;
}
