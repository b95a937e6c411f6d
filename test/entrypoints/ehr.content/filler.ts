/**
 * Generated bulk for the athena-like fixture (kept out of the repository): years of visible
 * results and documents, archived encounters hidden with display:none, and a large bootstrap
 * JSON script full of other patients' complaints. Deterministic.
 */
const TESTS = ['Hemoglobin A1c', 'Potassium', 'Sodium', 'Creatinine', 'ALT', 'TSH', 'LDL cholesterol', 'Hemoglobin', 'Platelets', 'Vitamin D'];
const UNITS = ['%', 'mmol/L', 'mmol/L', 'mg/dL', 'U/L', 'mIU/L', 'mg/dL', 'g/dL', '10^3/uL', 'ng/mL'];
const OLD_COMPLAINTS = ['Right knee pain', 'Sinus congestion', 'Ankle sprain', 'Sore throat', 'Plantar fasciitis', 'Eczema flare'];

function date(i: number): string {
  const y = 2010 + (i % 14);
  const m = String((i % 12) + 1).padStart(2, '0');
  const d = String((i % 27) + 1).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Visible history table, visible document list and hidden archived encounters (~1.7 MB). */
export function historyFiller(rows = 9000, docs = 3500, archived = 400): string {
  const out: string[] = ['<table class="history-list"><thead><tr><th>Date</th><th>Type</th><th>Test</th><th>Result</th><th>Status</th><th>Lab</th></tr></thead><tbody>'];
  for (let i = 0; i < rows; i++) {
    const t = i % TESTS.length;
    out.push(`<tr><td>${date(i)}</td><td>Lab</td><td>${TESTS[t]}</td><td>${(3 + (i % 50) / 10).toFixed(1)} ${UNITS[t]}</td><td>Final</td><td>Quest Diagnostics</td></tr>`);
  }
  out.push('</tbody></table><ul class="document-list">');
  for (let i = 0; i < docs; i++) out.push(`<li><span class="doc-date">${date(i + 7)}</span> <span class="doc-type">Scanned document</span> <span class="doc-title">Referral letter, page ${(i % 4) + 1}</span></li>`);
  out.push('</ul>');
  for (let i = 0; i < archived; i++) {
    const cc = OLD_COMPLAINTS[i % OLD_COMPLAINTS.length];
    out.push(`<div class="enc-archived" style="display:none"><h4>Encounter ${date(i)}</h4><p>Chief Complaint: ${cc}</p><p>HPI: ${cc} for ${(i % 9) + 1} days.</p></div>`);
  }
  return out.join('\n');
}

/** A large inline JSON bootstrap (~0.9 MB) with other patients' complaints. */
export function scriptFiller(entries = 6000): string {
  const items: string[] = [];
  for (let i = 0; i < entries; i++) {
    items.push(JSON.stringify({ id: i, patient: `Patient ${i}`, chiefComplaint: `Chest pain episode ${i}`, hpi: `HPI: chest pain for ${i % 30} days, 71 y.o. M` }));
  }
  return `<script type="application/json" id="recent-encounters">[${items.join(',')}]</script>`;
}

export function athenaTransform(html: string, file: string): string {
  if (file === 'athena.html') return html.replace('<!--FILLER:script-->', scriptFiller());
  if (file === 'athena-encounter.html') return html.replace('<!--FILLER:history-->', historyFiller());
  return html;
}
