import { afterEach, describe, expect, it } from 'vitest';
import { createVisibility } from '@/entrypoints/ehr.content/reader/visibility';
import { frameDocument, walk } from '@/entrypoints/ehr.content/reader/walk';
import { htmlPage, loadFixture, type LoadedPage } from '../load-fixture';

let closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of closers) await c();
  closers = [];
});

function texts(doc: Document, limits?: Parameters<typeof walk>[3]) {
  const seen: string[] = [];
  const report = walk(doc, createVisibility(), { element: () => true, text: (n) => void (n.data.trim() && seen.push(n.data.trim())) }, limits);
  return { seen, report };
}

describe('walk', () => {
  it('goes through iframe → frameset → iframe → shadow root, with slotted light children, in order', () => {
    const page: LoadedPage = loadFixture('athena.html');
    closers.push(page.close);
    const { seen, report } = texts(page.document);
    expect(seen).toContain('Low back pain and morning stiffness');
    expect(seen).toContain('Patient prefers afternoon appointments.');
    expect(seen.indexOf('Review of Systems')).toBeLessThan(seen.indexOf('Addendum'));
    expect(report.docs.map((d) => d.title)).toEqual(['athenaOne', 'Global', 'Nav', 'Main', 'Encounter']);
    expect(report.roots.filter((r) => r.nodeType === 11)).toHaveLength(1);
    expect(report.unreadableFrames).toBe(1);
    // Never the cross-origin partner frame, scripts, or the closed <details> body.
    expect(seen.join('\n')).not.toMatch(/oxycodone|Migraine|Left shoulder pain/);
  });

  it('skips a cross-origin frame whose document is null, as well as one that throws', () => {
    const page = loadFixture('athena.html', { crossOrigin: 'null' });
    closers.push(page.close);
    expect(page.crossOriginFrames[0] && frameDocument(page.crossOriginFrames[0])).toBeNull();
    expect(texts(page.document).report.unreadableFrames).toBe(1);
  });

  it('does not enter hidden frames, closed shadow roots, templates or scripts', () => {
    const page = htmlPage(`<iframe style="display:none" srcdoc="<p>in hidden frame</p>"></iframe>
      <iframe srcdoc="<p>in shown frame</p>"></iframe>
      <template><p>in template</p></template><script>var a = "in script"</script><noscript>in noscript</noscript>
      <div id="closed"></div><div id="open"></div>`);
    closers.push(page.close);
    page.document.getElementById('closed')!.attachShadow({ mode: 'closed' }).innerHTML = '<p>in closed root</p>';
    page.document.getElementById('open')!.attachShadow({ mode: 'open' }).innerHTML = '<p>in open root</p>';
    const { seen } = texts(page.document);
    expect(seen).toEqual(['in shown frame', 'in open root']);
  });

  it('searches at most maxItems rows of a table section and items of a list, then goes on after them', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `<tr><td>row ${i}</td></tr>`).join('');
    const items = Array.from({ length: 30 }, (_, i) => `<li>item ${i}</li>`).join('');
    const page = htmlPage(`<table><tbody>${rows}</tbody></table><ul>${items}<li><ul><li>nested</li></ul></li></ul><p>after</p>`);
    closers.push(page.close);
    const limits = { maxElements: 1e6, maxMs: 10_000, maxFrameDepth: 8, maxItems: 10 };
    const { seen, report } = texts(page.document, limits);
    expect(seen.filter((t) => t.startsWith('row'))).toEqual(Array.from({ length: 10 }, (_, i) => `row ${i}`));
    expect(seen.filter((t) => t.startsWith('item'))).toEqual(Array.from({ length: 10 }, (_, i) => `item ${i}`));
    expect(seen).not.toContain('nested');
    expect(seen).toContain('after');
    expect(report.truncated).toBe(false);
    expect(texts(page.document, { ...limits, maxItems: 100 }).seen).toContain('nested');
  });

  it('stops at the element budget and the time budget', () => {
    const page = htmlPage(`<div>${'<p>row</p>'.repeat(5_000)}</div>`);
    closers.push(page.close);
    const byCount = texts(page.document, { maxElements: 100, maxMs: 10_000, maxFrameDepth: 8 });
    expect(byCount.report.truncated).toBe(true);
    expect(byCount.seen.length).toBeLessThan(100);
    let t = 0;
    const clock = () => (t += 1);
    const report = walk(page.document, createVisibility(), { element: () => true, text: () => {} }, { maxElements: 1e6, maxMs: 5, maxFrameDepth: 8 }, clock);
    expect(report.truncated).toBe(true);
    expect(report.elements).toBeLessThan(5_000);
  });
});
