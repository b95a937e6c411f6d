// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import App from '@/components/App';
import { renderPanel } from './helpers';

afterEach(cleanup);

describe('App', () => {
  it('renders the title, the disclaimer and, with nothing captured, how to use the panel', async () => {
    renderPanel(<App />);
    expect(screen.getByRole('heading', { name: 'Back pain assessment' })).toBeTruthy();
    expect(screen.getByText('Supports, does not replace, clinical judgement. Nothing leaves this browser.')).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Nothing captured yet' })).toBeTruthy();
  });
});
