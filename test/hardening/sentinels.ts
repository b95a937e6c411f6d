/**
 * Distinctive stand-ins for patient text. Tests put them into chart text, captures and
 * messages; the console guard (test/setup/console-guard.ts) fails any test during which one of
 * them reaches the console, in any test file of the unit suite.
 */
export const PATIENT_SENTINEL = 'ZEBRA-PATIENT-TEXT';

/** A sentence of "chart text" that carries the sentinel and reads like a note. */
export const SENTINEL_NOTE = `CC: low back pain. HPI: ${PATIENT_SENTINEL} denies fever, no saddle anaesthesia, worse with rest.`;

/** Every phrase that must never be logged. Keep them distinctive: ordinary words would match legitimate output. */
export const SENTINEL_PHRASES: readonly string[] = [
  PATIENT_SENTINEL,
  // The patient text of the background hub's own tests.
  'secret patient words',
];
