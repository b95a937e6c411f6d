import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ENGINE_ERROR, handle } from '../../../../entrypoints/sidepanel/engine/handle';
import { EngineReply } from '../../../../entrypoints/sidepanel/engine/messages';
import { assessCapture } from '../../../../rules/assess';
import * as outcome from '../../../../rules/report/outcome';

afterEach(() => vi.restoreAllMocks());

const NOTE = 'CC: low back pain. HPI: new urinary retention and saddle numbness since yesterday.';

describe('engine worker handler', () => {
  it('assesses a capture’s text with the banner and answers with the same id', () => {
    const reply = handle({ type: 'assess', id: 3, text: NOTE, banner: { age: 70, sex: 'male' } });
    expect(EngineReply.safeParse(reply).success).toBe(true);
    expect(reply).toEqual({ type: 'assessed', id: 3, result: assessCapture(NOTE, { age: 70, sex: 'male' }) });
    if (reply?.type !== 'assessed') return;
    expect(reply.result.outcome.assessment.findings[0].id).toBe('flag.cauda_equina');
    expect(reply.result.outcome.note).toContain('- Age: 70 years');
  });

  it('runs the rules on features and sends the guidance the cards cite', () => {
    const { features } = assessCapture(NOTE);
    const reply = handle({ type: 'rules', id: 4, features });
    expect(reply?.type).toBe('ruled');
    if (reply?.type !== 'ruled') return;
    for (const f of reply.result.assessment.findings) for (const id of f.snippets) expect(reply.result.guidance[id]?.text.length).toBeGreaterThan(20);
  });

  it('drops a malformed request, logging only its type, and fails it when it has an id', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(handle('saddle numbness')).toBeNull();
    expect(handle({ type: 'assess', text: NOTE, banner: {} })).toBeNull();
    expect(handle({ type: 'assess', id: 5, text: 42, banner: {} })).toMatchObject({ type: 'failed', id: 5 });
    expect(handle({ type: 'rules', id: 6, features: [{ id: 'no_such_feature', status: 'present' }] })).toMatchObject({ type: 'failed', id: 6 });
    expect(handle({ type: 'assess', id: 7, text: 'x'.repeat(5_000_001), banner: {} })).toMatchObject({ type: 'failed', id: 7 });
    expect(warn).toHaveBeenCalledTimes(5);
    for (const [line] of warn.mock.calls) expect(String(line)).not.toMatch(/saddle|retention|xxxx/);
  });

  it('never throws on anything the panel could send, and answers only with a reply the schema accepts', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ type: fc.constantFrom('assess', 'rules'), id: fc.anything(), text: fc.anything(), features: fc.anything(), banner: fc.anything() })), (m) => {
        const reply = handle(m);
        expect(reply === null || EngineReply.safeParse(reply).success).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('turns an exception into a failure for the clinician that never quotes the error', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(outcome, 'outcomeOf').mockImplementation(() => {
      throw new Error(`bad note: ${NOTE}`);
    });
    const reply = handle({ type: 'rules', id: 8, features: [] });
    expect(reply).toEqual({ type: 'failed', id: 8, error: ENGINE_ERROR });
    expect(String(error.mock.calls[0][0])).not.toContain('retention');
  });
});
