import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import OptionsPage from '@/components/options/OptionsPage';
import { useOptions } from './useOptions';
import './options.css';

function Root() {
  return <OptionsPage {...useOptions()} />;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
