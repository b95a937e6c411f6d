// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import OptionsPage, { type OptionsPageProps } from '@/components/options/OptionsPage';

const props = (over: Partial<OptionsPageProps> = {}): OptionsPageProps => ({
  granted: [],
  origins: [],
  managedOrigins: [],
  selectors: {},
  status: '',
  allow: vi.fn(),
  revoke: vi.fn(),
  setSelectors: vi.fn(),
  ...over,
});

describe('OptionsPage', () => {
  afterEach(cleanup);

  it('asks to allow the typed EHR address', () => {
    const p = props();
    render(<OptionsPage {...p} />);
    fireEvent.change(screen.getByLabelText('EHR address'), { target: { value: 'https://ehr.example.org' } });
    fireEvent.click(screen.getByRole('button', { name: 'Allow' }));
    expect(p.allow).toHaveBeenCalledWith('https://ehr.example.org');
  });

  it('lists allowed and organisation-set origins, and removes one', () => {
    const p = props({ granted: ['https://a.example'], origins: ['https://a.example', 'https://b.example'], managedOrigins: ['https://b.example'] });
    render(<OptionsPage {...p} />);
    expect(screen.getByText(/set by your organisation/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    expect(p.revoke).toHaveBeenCalledWith('https://a.example');
  });

  it('saves per-origin selectors', () => {
    const p = props({ granted: ['https://a.example'], origins: ['https://a.example'] });
    render(<OptionsPage {...p} />);
    fireEvent.change(screen.getByLabelText(/selector for the HPI/), { target: { value: '#hpi' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save selectors' }));
    expect(p.setSelectors).toHaveBeenCalledWith('https://a.example', { hpi: '#hpi' });
  });

  it('announces status politely', () => {
    render(<OptionsPage {...props({ status: 'Allowed https://a.example.' })} />);
    expect(screen.getByRole('status').textContent).toContain('Allowed');
  });
});
