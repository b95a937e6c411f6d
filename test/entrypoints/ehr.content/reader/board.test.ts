import { afterEach, describe, expect, it } from 'vitest';
import { Capture } from '@/entrypoints/background/messages';
import { REASONS, readChart } from '@/entrypoints/ehr.content/reader';
import { isBoardTable } from '@/entrypoints/ehr.content/reader/board';
import { expectNoLeak, loadFixture, type LoadedPage } from '../load-fixture';

const COMPLAINTS = [
  'Low back pain after lifting', 'Chest pain', 'Abdominal pain', 'Fall, hip pain', 'Shortness of breath', 'unable to walk', 'urinary retention',
  'Headache', 'Laceration', 'diaphoresis', 'Garcia', '34 F', '71 yo',
];

let page: LoadedPage;
afterEach(async () => page?.close());

describe('multi-patient tracking board', () => {
  it('captures nothing, with a reason', () => {
    page = loadFixture('board.html');
    const c = readChart(page.document);
    expect(Capture.parse(c)).toBeTruthy();
    expect(c).toMatchObject({ chiefComplaint: null, hpi: null, text: null, age: null, sex: null, where: [] });
    expect(c.reason).toBe(REASONS.board);
    expectNoLeak(c, COMPLAINTS);
  });

  it('recognises the board table, and not a results table or an encounter history', () => {
    page = loadFixture('board.html');
    expect(isBoardTable(page.document.getElementById('board')!)).toBe(true);
    const doc = page.document;
    const results = doc.createElement('table');
    results.innerHTML =
      '<tr><th>Date</th><th>Test</th><th>Result</th></tr>' +
      Array.from({ length: 6 }, (_, i) => `<tr><td>2025-0${i + 1}-01</td><td>Potassium</td><td>4.${i} mmol/L</td></tr>`).join('');
    const history = doc.createElement('table');
    history.innerHTML =
      '<tr><th>Date</th><th>Chief Complaint</th><th>Provider</th></tr>' +
      ['Knee pain', 'Cough', 'Rash', 'Back pain'].map((cc, i) => `<tr><td>2024-0${i + 1}-11</td><td>${cc}</td><td>Dr. Lee</td></tr>`).join('');
    expect(isBoardTable(results)).toBe(false);
    expect(isBoardTable(history)).toBe(false);
  });

  it('recognises a list of patient cards named like a worklist', () => {
    page = loadFixture('board.html');
    const doc = page.document;
    doc.getElementById('board')!.remove();
    const list = doc.createElement('ul');
    list.className = 'worklist';
    list.innerHTML = ['Garcia, Maria · 34 F · CC: Low back pain after lifting', 'Chen, Wei · 71 M · CC: Chest pain', 'Novak, Piotr · 83 M · CC: Fall, hip pain']
      .map((t) => `<li>${t}</li>`)
      .join('');
    doc.body.appendChild(list);
    const c = readChart(doc);
    expect(c.chiefComplaint).toBeNull();
    expect(c.reason).toBe(REASONS.board);
    expectNoLeak(c, COMPLAINTS);
  });
});
