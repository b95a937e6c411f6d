import { afterEach, describe, expect, it } from 'vitest';
import { Capture } from '@/entrypoints/background/messages';
import { MAX_TEXT_CHARS } from '@/rules/input';
import { REASONS, readChart, readChartDetailed } from '@/entrypoints/ehr.content/reader';
import { LIMITS } from '@/entrypoints/ehr.content/reader/text';
import { expectNoLeak, htmlPage, loadFixture, snapshot, type LoadedPage } from '../load-fixture';

const FIXTURES = ['openemr.html', 'eye-form.html', 'openmrs.html', 'epic.html', 'cerner.html', 'athena.html', 'note-editor.html', 'board.html'];

let closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of closers) await c();
  closers = [];
});
function fixture(name: string): LoadedPage {
  const p = loadFixture(name);
  closers.push(p.close);
  return p;
}
function inline(html: string) {
  const p = htmlPage(html);
  closers.push(p.close);
  return p;
}

describe('readChart', () => {
  it.each(FIXTURES)('never changes the page (%s)', (name) => {
    const page = fixture(name);
    const before = snapshot(page);
    const c = readChart(page.document);
    readChart(page.document);
    expect(snapshot(page)).toBe(before);
    expect(Capture.safeParse(c).success).toBe(true);
  });

  it('lets per-origin selectors override the heuristics', () => {
    const page = fixture('openemr.html');
    const c = readChart(page.document, { selectors: { chiefComplaint: '#pc_catid', hpi: 'textarea[name="objective"]' } });
    expect(c.chiefComplaint).toBe('Office Visit');
    expect(c.hpi).toBe('Paraspinal tenderness L4-L5. Straight leg raise negative bilaterally.');
    expect(c.where.slice(0, 2)).toEqual([
      { part: 'chiefComplaint', label: "selector '#pc_catid' in a frame" },
      { part: 'hpi', label: 'selector \'textarea[name="objective"]\' in a frame' },
    ]);
  });

  it('falls back to the heuristics when a selector matches nothing visible or is not valid CSS', () => {
    const page = fixture('cerner.html');
    const hidden = readChart(page.document, { selectors: { chiefComplaint: '.visually-hidden-text', hpi: '.prior [role="gridcell"]' } });
    expect(hidden.chiefComplaint).toBe('Low back pain, worse over 2 weeks');
    expect(hidden.hpi).toMatch(/^67 yo male/);
    expectNoLeak(hidden, ['Dizziness', 'vertigo']);
    const invalid = readChart(page.document, { selectors: { chiefComplaint: 'dd:::nope', hpi: '' } });
    expect(invalid.chiefComplaint).toBe('Low back pain, worse over 2 weeks');
  });

  it('strips a repeated label from a selected element ("CC: …")', () => {
    const page = inline('<div id="x">CC: Back pain for a week</div>');
    expect(readChart(page.document, { selectors: { chiefComplaint: '#x' } }).chiefComplaint).toBe('Back pain for a week');
  });

  it('returns an unlabelled note as text, and nothing with a reason on an empty page', () => {
    const note = inline('<main><textarea aria-label="Progress note">Seen today for back pain after a fall. Tender at L2. Plan X-ray.</textarea></main>');
    const c = readChart(note.document);
    expect(c).toMatchObject({ chiefComplaint: null, hpi: null, text: 'Seen today for back pain after a fall. Tender at L2. Plan X-ray.' });
    expect(c.where).toEqual([{ part: 'text', label: "textarea 'Progress note'" }]);
    expect(c.reason).toBeUndefined();
    const empty = readChart(inline('<p>Welcome</p>').document);
    expect(empty).toMatchObject({ chiefComplaint: null, hpi: null, text: null, age: null, sex: null, where: [], reason: REASONS.nothing });
  });

  it('refuses several equally plausible complaints', () => {
    const page = inline(
      ['Knee pain', 'Back pain', 'Cough'].map((cc, i) => `<div class="card"><span>Bed ${i + 1}</span><p>Chief complaint: ${cc}</p></div>`).join(''),
    );
    const c = readChart(page.document);
    expect(c.chiefComplaint).toBeNull();
    expect(c.reason).toBe(REASONS.ambiguous);
    expectNoLeak(c, ['Knee pain', 'Back pain', 'Cough']);
  });

  it('prefers the newest encounter when several are shown', () => {
    const page = inline(`
      <section><h3>Encounter 03/02/2024</h3><dl><dt>Chief Complaint</dt><dd>Right knee pain</dd></dl></section>
      <section><h3>Encounter 11/20/2025</h3><dl><dt>Chief Complaint</dt><dd>Low back pain</dd></dl></section>`);
    const c = readChart(page.document);
    expect(c.chiefComplaint).toBe('Low back pain');
    expectNoLeak(c, ['knee']);
  });

  it('takes age and sex from the HPI when there is no banner', () => {
    const page = inline('<p>HPI: 45 yo F with two weeks of low back pain.</p>');
    const c = readChart(page.document);
    expect(c.hpi).toBe('45 yo F with two weeks of low back pain.');
    expect(c.age).toBe(45);
    expect(c.sex).toBe('female');
    expect(c.where).toContainEqual({ part: 'age', label: "page '45 yo F'" });
  });

  it('does not mistake a letter’s copy list or a department heading for the complaint', () => {
    const page = inline(`<div class="letter"><p>To: Dr. Patel</p><p>cc: Dr. Lee; records@clinic.example</p><p>Thank you for seeing this patient.</p></div>
      <h2 class="encounter-title">Office Visit - Family Medicine</h2>`);
    const c = readChart(page.document);
    expect(c.chiefComplaint).toBeNull();
    expectNoLeak(c, ['Dr. Lee', 'records@', 'Family Medicine']);
  });

  it('reads the reason from a telehealth or telemedicine visit heading', () => {
    for (const kind of ['Telehealth Visit', 'Telemedicine Visit']) {
      const c = readChart(inline(`<h2 class="encounter-title">${kind} - Low back pain</h2>`).document);
      expect(c.chiefComplaint, kind).toBe('Low back pain');
      expect(c.where, kind).toContainEqual({ part: 'chiefComplaint', label: `heading '${kind}'` });
    }
  });

  it('does not take ages from a list of patients beside the chart', () => {
    const page = inline(`<aside class="patient-list"><ul>
        <li>Smith, John · 72 y.o. M</li><li>Ortiz, Ana · 31 y.o. F</li></ul></aside>
      <div class="chart"><p>HPI: Back pain for two weeks.</p></div>`);
    const c = readChart(page.document);
    expect(c.hpi).toBe('Back pain for two weeks.');
    expect(c.age).toBeNull();
    expect(c.sex).toBeNull();
  });

  it('caps each part to its limit, and the limits fit the engine input', () => {
    expect(LIMITS.chiefComplaint + LIMITS.hpi + LIMITS.text + 20).toBeLessThanOrEqual(MAX_TEXT_CHARS);
    const long = 'back pain '.repeat(1_000);
    const page = inline(`<label for="cc">Chief complaint</label><textarea id="cc">${long}</textarea>`);
    const c = readChart(page.document);
    expect(c.chiefComplaint!.length).toBe(LIMITS.chiefComplaint);
    expect(Capture.safeParse(c).success).toBe(true);
  });

  it('never evaluates page script and tolerates odd markup', () => {
    const page = inline(`<script>document.body.innerHTML = '<p>CC: injected</p>'</script>
      <p>CC: <img src=x onerror="document.body.remove()">Back pain</p><div hidden>CC: hidden</div>`);
    const c = readChart(page.document);
    expect(c.chiefComplaint).toBe('Back pain');
    expect(page.document.body).toBeTruthy();
  });

  it('reports how it read (elements, time, roots) for the watcher', () => {
    const page = fixture('openemr.html');
    const r = readChartDetailed(page.document);
    expect(r.truncated).toBe(false);
    // The top document and the visible encounter frame; frames in hidden tabs are not entered.
    expect(r.roots.length).toBe(2);
    expect(r.frames.length).toBe(1);
    expect(r.patientKey).toMatch(/^[0-9a-z]+$/);
    expect(r.banner?.id).toBe('attendantData');
  });
});
