import { afterEach, describe, expect, it } from 'vitest';
import { classHints as savedPageHints } from '@/entrypoints/ehr.content/reader/class-hints';
import { createVisibility } from '@/entrypoints/ehr.content/reader/visibility';
import { htmlPage } from '../load-fixture';

const PAGE = `<!DOCTYPE html><html><head><style>
  .tab { display: none; } .tab.active { display: block; }
  .vh { visibility: hidden; } .vv { visibility: visible; }
  .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  .clip { position: absolute; clip: rect(0, 0, 0, 0); }
  .clippath { clip-path: inset(50%); }
  .left { position: absolute; left: -9999px; } .right { position: absolute; right: -9999px; } .top { position: absolute; top: -10000px; }
  .moved { transform: translateX(-10000px); }
  .folded { height: 0; overflow: hidden; } .maxfold { max-height: 0; overflow: hidden; }
  .ghost { opacity: 0; } .indent { text-indent: -9999px; overflow: hidden; }
  .cv { content-visibility: hidden; }
</style></head><body>
  <p id="plain">plain</p>
  <div class="tab" id="tab1"><p id="inTab1">t1</p></div><div class="tab active" id="tab2"><p id="inTab2">t2</p></div>
  <p id="inline" style="display:none">x</p>
  <p id="hiddenAttr" hidden>x</p><div aria-hidden="true"><p id="ariaChild">x</p></div>
  <div class="vh" id="vh">hidden text <span class="vv" id="vvChild">shown again</span></div>
  <span class="sr" id="sr">sr</span><span class="clip" id="clip">c</span><span class="clippath" id="clippath">c</span>
  <span class="sr-only" id="srClass">no css</span><span class="visually-hidden" id="vhClass">no css</span>
  <div class="left" id="left">l</div><div class="right" id="right">r</div><div class="top" id="top">t</div><div class="moved" id="moved">m</div>
  <div class="folded" id="folded">f</div><div class="maxfold" id="maxfold">f</div><div class="ghost" id="ghost">g</div>
  <div class="indent" id="indent">i</div><div class="cv" id="cv">c</div>
  <details id="closed"><summary id="closedSummary">More</summary><p id="closedBody">body</p></details>
  <details open><summary>More</summary><p id="openBody">body</p></details>
  <dialog id="dialog">d</dialog><dialog open id="openDialog">d</dialog>
  <input type="hidden" id="hiddenInput" value="x">
  <div class="collapse" id="collapse">c</div><div class="collapse show" id="collapseShow">c</div>
  <div class="d-none" id="dnone">d</div><div class="hidden md:block" id="tw">t</div>
  <button aria-expanded="false" aria-controls="panel">toggle</button><div id="panel">p</div>
  <div id="host"></div>
  <span id="inlineClip" style="position: absolute; clip: rect(0 0 0 0); width: 1px; height: 1px">c</span>
  <div id="zero">zero</div>
</body></html>`;

let close: (() => Promise<void>) | null = null;
afterEach(async () => close?.());

function setup(classHints = false) {
  const page = htmlPage(PAGE);
  close = page.close;
  const doc = page.document;
  const vis = createVisibility(classHints ? savedPageHints() : {});
  const $ = (id: string) => doc.getElementById(id)!;
  return { doc, vis, $ };
}

describe('visibility', () => {
  it('hides by computed style and attributes, including ancestors', () => {
    const { vis, $ } = setup();
    const hidden = ['tab1', 'inTab1', 'inline', 'hiddenAttr', 'ariaChild', 'sr', 'clip', 'clippath', 'srClass', 'vhClass', 'left', 'right', 'top', 'moved', 'folded', 'maxfold', 'ghost', 'cv', 'closedBody', 'dialog', 'hiddenInput', 'collapse', 'inlineClip'];
    const shown = ['plain', 'tab2', 'inTab2', 'closedSummary', 'openBody', 'openDialog', 'collapseShow', 'vh', 'vvChild', 'indent', 'zero'];
    for (const id of hidden) expect(vis.isVisible($(id)), id).toBe(false);
    for (const id of shown) expect(vis.isVisible($(id)), id).toBe(true);
  });

  it('treats visibility:hidden and huge negative text-indent as hidden text, with visible descendants', () => {
    const { vis, $ } = setup();
    expect(vis.textHidden($('vh'))).toBe(true);
    expect(vis.textHidden($('vvChild'))).toBe(false);
    expect(vis.textHidden($('indent'))).toBe(true);
    expect(vis.textHidden($('plain'))).toBe(false);
  });

  it('trusts class names and aria-expanded only for saved pages (classHints)', () => {
    const live = setup(false);
    expect(live.vis.isVisible(live.$('dnone'))).toBe(true);
    expect(live.vis.isVisible(live.$('panel'))).toBe(true);
    const saved = setup(true);
    expect(saved.vis.isVisible(saved.$('dnone'))).toBe(false);
    expect(saved.vis.isVisible(saved.$('panel'))).toBe(false);
    // "hidden md:block" is shown on wider screens: not hidden.
    expect(saved.vis.isVisible(saved.$('tw'))).toBe(true);
  });

  it('crosses shadow roots to the host', () => {
    const { vis, $ } = setup();
    const host = $('host');
    const sr = host.attachShadow({ mode: 'open' });
    sr.innerHTML = '<p id="inShadow">s</p>';
    const inner = sr.getElementById('inShadow')!;
    expect(vis.isVisible(inner)).toBe(true);
    const { vis: vis2 } = { vis: createVisibility() };
    host.setAttribute('style', 'display:none');
    expect(vis2.isVisible(inner)).toBe(false);
  });

  it('treats zero-size boxes as unknown without layout, and as hidden with layout', () => {
    const { doc, $ } = setup();
    const zero = $('zero');
    expect(createVisibility().isVisible(zero)).toBe(true);
    // Give the document layout, and this element no box.
    const rect = (w: number, h: number, x = 0, y = 0) => ({ width: w, height: h, left: x, top: y, right: x + w, bottom: y + h, x, y, toJSON: () => ({}) });
    Object.defineProperty(doc.documentElement, 'getBoundingClientRect', { configurable: true, value: () => rect(1280, 900) });
    for (const el of Array.from(doc.querySelectorAll('*'))) {
      if (el === doc.documentElement) continue;
      Object.defineProperty(el, 'getBoundingClientRect', { configurable: true, value: () => rect(100, 20) });
      Object.defineProperty(el, 'getClientRects', { configurable: true, value: () => [rect(100, 20)] });
    }
    Object.defineProperty(zero, 'getBoundingClientRect', { configurable: true, value: () => rect(0, 0) });
    Object.defineProperty(zero, 'getClientRects', { configurable: true, value: () => [] });
    const vis = createVisibility();
    expect(vis.isVisible(zero)).toBe(false);
    expect(vis.isVisible($('plain'))).toBe(true);
    const far = $('openDialog');
    Object.defineProperty(far, 'getBoundingClientRect', { configurable: true, value: () => rect(100, 20, -5000, 10) });
    expect(createVisibility().isVisible(far)).toBe(false);
  });
});
