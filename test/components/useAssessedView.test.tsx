// @vitest-environment happy-dom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { EngineContext, type Engine } from '../../components/panel/engine';
import { DIM_MS, STALE_MS, useAssessedView } from '../../components/panel/useAssessedView';
import { viewOf, type PanelView } from '../../components/panel/view';
import type { TextAssessment } from '../../rules/report/schema';
import { inThreadEngine } from '../entrypoints/sidepanel/engine/fake-worker';
import { capture, SHORT_NOTE } from './helpers';

afterEach(cleanup);

/** An engine whose assessments wait until the test releases them, by text. */
function heldEngine() {
  const real = inThreadEngine();
  const waiting = new Map<string, Array<() => void>>();
  const engine: Engine = {
    rules: real.rules,
    assess: (text, banner) =>
      new Promise<TextAssessment>((resolve, reject) => {
        waiting.set(text, [...(waiting.get(text) ?? []), () => void real.assess(text, banner).then(resolve, reject)]);
      }),
  };
  const release = (text: string) => act(async () => waiting.get(text)?.forEach((go) => go()));
  return { engine, release };
}

function renderView(initial: PanelView, engine: Engine) {
  const wrapper = ({ children }: { children: ReactNode }) => createElement(EngineContext.Provider, { value: engine }, children);
  return renderHook(({ view }) => useAssessedView(view), { initialProps: { view: initial }, wrapper });
}

const OTHER = 'CC: back pain. HPI: new urinary retention and saddle numbness.';
const textOf = (v: PanelView) => ('text' in v ? v.text : undefined);

describe('useAssessedView', () => {
  it('turns a capture to assess into the ready view, or into no content when nothing is recognised', async () => {
    const { result, rerender } = renderView(viewOf({ capture: capture() }), inThreadEngine());
    expect(result.current.view.kind).toBe('assessing');
    await waitFor(() => expect(result.current.view.kind).toBe('ready'));
    const ready = result.current.view;
    if (ready.kind !== 'ready') return;
    expect(ready.assessment.outcome.note).toContain('- Age: 45 years');
    expect(ready.assessment.outcome.assessment.findings.map((f) => f.id)).toContain('pattern.mechanical');
    rerender({ view: viewOf({ capture: capture({ text: 'Sore throat.', at: 2 }) }) });
    await waitFor(() => expect(result.current.view.kind).toBe('no-content'));
  });

  it('shows an engine failure as its own view, with the message', async () => {
    const failing: Engine = { assess: () => Promise.reject(new Error('It stopped.')), rules: () => Promise.reject(new Error('no')) };
    const { result } = renderView(viewOf({ capture: capture() }), failing);
    await waitFor(() => expect(result.current.view).toMatchObject({ kind: 'failed', message: 'It stopped.', text: SHORT_NOTE }));
  });

  it('keeps the previous capture on screen as it was, then dimmed, then says it is assessing', async () => {
    const { engine, release } = heldEngine();
    const { result, rerender } = renderView(viewOf({ capture: capture() }), engine);
    await release(SHORT_NOTE);
    await waitFor(() => expect(result.current.view.kind).toBe('ready'));
    rerender({ view: viewOf({ capture: capture({ text: OTHER, at: 2 }) }) });
    expect(result.current).toMatchObject({ stale: false, view: { kind: 'ready', text: SHORT_NOTE } });
    await waitFor(() => expect(result.current).toMatchObject({ stale: true, view: { kind: 'ready', text: SHORT_NOTE } }), { timeout: DIM_MS * 8 });
    await waitFor(() => expect(result.current).toMatchObject({ stale: false, view: { kind: 'assessing', text: OTHER } }), { timeout: STALE_MS * 8 });
    await release(OTHER);
    await waitFor(() => expect(result.current).toMatchObject({ stale: false, view: { kind: 'ready', text: OTHER } }));
  });

  it('never shows a late answer for an earlier capture as the current one', async () => {
    const { engine, release } = heldEngine();
    const { result, rerender } = renderView(viewOf({ capture: capture() }), engine);
    rerender({ view: viewOf({ capture: capture({ text: OTHER, at: 2 }) }) });
    await release(SHORT_NOTE);
    expect(result.current.view.kind).toBe('assessing');
    expect(textOf(result.current.view)).toBe(OTHER);
    await release(OTHER);
    await waitFor(() => expect(result.current.view).toMatchObject({ kind: 'ready', text: OTHER }));
  });

  it('passes other views through and forgets the last assessment, so another tab never shows it', async () => {
    const { engine, release } = heldEngine();
    const { result, rerender } = renderView(viewOf({ capture: capture() }), engine);
    await release(SHORT_NOTE);
    await waitFor(() => expect(result.current.view.kind).toBe('ready'));
    rerender({ view: { kind: 'loading' } });
    expect(result.current).toEqual({ view: { kind: 'loading' }, stale: false });
    rerender({ view: viewOf({ capture: capture({ text: OTHER, at: 3 }) }) });
    await waitFor(() => expect(result.current).toMatchObject({ stale: false, view: { kind: 'assessing', text: OTHER } }));
  });
});
