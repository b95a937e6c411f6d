import { Panel } from './panel/Panel';
import { usePanelData } from './panel/usePanelData';

/** The side panel: the current tab's data, shown by the presentational panel. */
export default function App() {
  const { view, reading, status, read } = usePanelData();
  return <Panel view={view} onRead={read} reading={reading} status={status} />;
}
