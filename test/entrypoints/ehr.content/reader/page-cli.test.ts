import { describe, expect, it } from 'vitest';
import { readSavedPage } from '@/entrypoints/ehr.content/reader/page-cli';
import { expectNoLeak, fixtureHtml } from '../load-fixture';

describe('readSavedPage (CLI --page)', () => {
  it('reads a saved page like the live one, applying its <style> and inline styles', () => {
    const c = readSavedPage(fixtureHtml('cerner.html'));
    expect(c.chiefComplaint).toBe('Low back pain, worse over 2 weeks');
    expect(c.hpi).toMatch(/^67 yo male with low back pain/);
    expect(c.age).toBe(67);
    expect(c.sex).toBe('male');
    expectNoLeak(c, ['Dizziness', 'vertigo']);
  });

  it('reads inline frames (srcdoc) and declarative shadow roots, and trusts hiding class names', () => {
    const html = `<!DOCTYPE html><html><head><title>Saved chart</title><link rel="stylesheet" href="https://cdn.example/bootstrap.css"></head><body>
      <div class="banner">Age: 61 | Sex: Male</div>
      <div class="d-none"><p>CC: Hidden old complaint</p></div>
      <div class="sr-only">HPI: screen reader only</div>
      <iframe srcdoc="<p>CC: Back pain after a fall</p>"></iframe>
      <note-view><template shadowrootmode="open"><h3>HPI</h3><p>Fell on ice two days ago.</p></template></note-view>
      <script>document.title = 'changed'; document.body.innerHTML = '<p>CC: injected</p>';</script>
    </body></html>`;
    const c = readSavedPage(html);
    expect(c.chiefComplaint).toBe('Back pain after a fall');
    expect(c.hpi).toBe('Fell on ice two days ago.');
    expect(c.age).toBe(61);
    expect(c.sex).toBe('male');
    expect(c.title).toBe('Saved chart');
    expectNoLeak(c, ['Hidden old complaint', 'screen reader only', 'injected']);
  });

  it('returns a reason for a page with nothing to read', () => {
    expect(readSavedPage('<p>Hello</p>').reason).toMatch(/no chief complaint/);
  });
});
