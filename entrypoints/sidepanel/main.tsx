import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import App from '@/components/App';
import { EngineContext } from '@/components/panel/engine';
import { workerEngine } from './engine/client';
import './style.css';

/** Extraction and the rules run in a worker beside the panel (./engine/worker.ts), started now so it is warm by the first capture. */
const engine = workerEngine(() => new Worker(new URL('./engine/worker.ts', import.meta.url)));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <EngineContext.Provider value={engine}>
      <App />
    </EngineContext.Provider>
  </StrictMode>,
);
