/**
 * The options page's settings as stored in storage.sync under 'settings':
 * { origins: string[], selectors: { [origin]: { chiefComplaint?, hpi? } } }.
 * Read tolerantly: anything missing or malformed is ignored, never thrown.
 */
import type { ReaderSelectors } from './reader';

export interface StoredSettings {
  origins: string[];
  selectors: Record<string, ReaderSelectors>;
}

const MAX_SELECTOR = 500;

function selector(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() && v.length <= MAX_SELECTOR ? v.trim() : undefined;
}

export function parseSettings(raw: unknown): StoredSettings {
  const out: StoredSettings = { origins: [], selectors: {} };
  if (!raw || typeof raw !== 'object') return out;
  const r = raw as { origins?: unknown; selectors?: unknown };
  if (Array.isArray(r.origins)) out.origins = r.origins.filter((o): o is string => typeof o === 'string' && o.length <= 512).slice(0, 200);
  if (r.selectors && typeof r.selectors === 'object' && !Array.isArray(r.selectors)) {
    for (const [origin, v] of Object.entries(r.selectors as Record<string, unknown>).slice(0, 200)) {
      if (!v || typeof v !== 'object') continue;
      const s = v as { chiefComplaint?: unknown; hpi?: unknown };
      const entry: ReaderSelectors = {};
      const cc = selector(s.chiefComplaint);
      const hpi = selector(s.hpi);
      if (cc) entry.chiefComplaint = cc;
      if (hpi) entry.hpi = hpi;
      if (cc || hpi) out.selectors[origin] = entry;
    }
  }
  return out;
}

/** The selectors saved for this page's origin ("https://ehr.example.org", with or without "/" or "/*"). */
export function selectorsFor(settings: StoredSettings, origin: string): ReaderSelectors | undefined {
  for (const [key, value] of Object.entries(settings.selectors)) {
    const k = key.replace(/\/\*?$/, '');
    if (k === origin) return value;
    try {
      if (new URL(k).origin === origin) return value;
    } catch {
      /* not a URL */
    }
  }
  return undefined;
}
