// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import App from '@/components/App';

afterEach(cleanup);

describe('App', () => {
  it('renders the title, the disclaimer and, with nothing captured, how to use the panel', async () => {
    render(<App />);
    expect(screen.getByRole('heading', { name: 'Back pain assessment' })).toBeTruthy();
    expect(screen.getByText('Supports, does not replace, clinical judgement. Nothing leaves this browser.')).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Nothing captured yet' })).toBeTruthy();
  });
});
