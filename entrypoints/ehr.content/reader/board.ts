/**
 * Multi-patient pages: a tracking board, flow board, census or worklist shows many patients'
 * complaints at once. None of them is "this patient's", so their rows are never read.
 */
import { BOARD_HINT, NAME_IN_ROW, PATIENT_COLUMN, labelPart } from './labels';
import { cellsOf, isHeaderCell } from './sections';
import { nameWords, textOf } from './text';
import type { Visibility } from './visibility';

const MIN_ROWS = 3;
const AGE_SEX_IN_ROW = /\b\d{1,3}\s*(?:y\.?o\.?|y\/o|yrs?|y)?\s*[/ ,]?\s*[MF]\b|\b[MF]\s*[/ ,]\s*\d{1,3}\b/;
const MRN_IN_ROW = /\b(?:mrn|id|acct)\s*[:#]?\s*[A-Z0-9-]{4,}\b/i;
const COMPLAINT_HEADER = /complaint|reason|presenting|\bcc\b|problem|concern/i;

/** The rows of a table or grid, as a live list (a results table can have thousands: no copy). */
function rowsOf(table: Element): ArrayLike<Element> {
  if (table.localName === 'table') {
    const rows = (table as HTMLTableElement).rows;
    if (rows) return rows;
  }
  return table.querySelectorAll('tr, [role="row"]');
}

function text(el: Element): string {
  return textOf(el).slice(0, 200);
}

function patientLike(rowText: string): boolean {
  return NAME_IN_ROW.test(rowText) || AGE_SEX_IN_ROW.test(rowText) || MRN_IN_ROW.test(rowText);
}

/** A table or grid with a complaint column and one patient per row. */
export function isBoardTable(table: Element): boolean {
  const all = rowsOf(table);
  if (all.length < MIN_ROWS + 1) return false;
  // The header within the first three rows, then up to 40 rows after it.
  const rows = Array.prototype.slice.call(all, 0, 43) as Element[];
  const headerIdx = rows.findIndex((r) => cellsOf(r).some(isHeaderCell));
  if (headerIdx < 0 || headerIdx > 2) return false;
  const headers = cellsOf(rows[headerIdx]).map(text);
  const complaintCol = headers.findIndex((h) => labelPart(h) === 'chiefComplaint' || COMPLAINT_HEADER.test(h));
  if (complaintCol < 0) return false;
  const patientColumns = headers.filter((h) => PATIENT_COLUMN.test(h.replace(/[:\s]+$/, ''))).length;
  let complaintRows = 0;
  let patientRows = 0;
  for (const r of rows.slice(headerIdx + 1, headerIdx + 41)) {
    const cells = cellsOf(r);
    if (cells[complaintCol] && text(cells[complaintCol])) complaintRows++;
    if (patientLike(cells.map(text).join(' | '))) patientRows++;
  }
  return complaintRows >= MIN_ROWS && (patientColumns >= 1 || patientRows >= MIN_ROWS);
}

/** A container named like a patient list whose items each look like a patient. */
export function isBoardList(el: Element): boolean {
  if (!BOARD_HINT.test(nameWords(el))) return false;
  let items = Array.from(el.children);
  if (items.length === 1) items = Array.from(items[0].children);
  if (items.length < MIN_ROWS) return false;
  let patients = 0;
  for (const it of items.slice(0, 40)) if (patientLike(Array.from(it.children).map(text).join(' | ') || text(it))) patients++;
  return patients >= MIN_ROWS;
}

/** The visible multi-patient boards among the tables and named lists the walk found. */
export function findBoards(tables: Element[], named: Element[], vis: Visibility): Element[] {
  const out: Element[] = [];
  for (const t of tables) if (isBoardTable(t) && vis.isVisible(t)) out.push(t);
  for (const n of named) if (!out.some((b) => b.contains(n) || n.contains(b)) && isBoardList(n) && vis.isVisible(n)) out.push(n);
  return out;
}

/** Is the node inside one of the boards (within the same document tree)? */
export function inBoard(el: Element, boards: Element[]): boolean {
  for (const b of boards) if (b === el || b.contains(el)) return true;
  return false;
}
