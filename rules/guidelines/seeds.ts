/**
 * The five source articles the product was specified from, by file name, with the short
 * description a clinician sees in place of the file name.
 */
export const SEED_ARTICLES: Record<string, string> = {
  '000_7b48246357fc39fb.txt': 'source article on low back pain that improves with movement',
  '001_e1490f28f3266ed0.txt': 'source article on back pain worse lying or sitting and better walking',
  '002_424c6853f45f198f.txt': 'source article on sacroiliac joint pain versus inflammatory sacroiliitis',
  '003_771a5f6a42774065.txt': 'physiotherapy source article on rest versus movement',
  '004_efa05500ebdcf6ac.txt': 'physiotherapist’s source article on morning back pain',
};

/** "seed 004_….txt" → "physiotherapist’s source article on morning back pain". */
export function humanizeSources(text: string): string {
  return text.replace(/(?:\bseed\s+)?\b(\d{3}_[0-9a-f]{16}\.txt)\b/g, (_m, file: string) => SEED_ARTICLES[file] ?? 'a source article');
}
