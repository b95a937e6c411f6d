import * as z from 'zod/mini';
import type { WxtBrowser } from 'wxt/browser';

/**
 * Settings (not patient data): which EHR origins the extension reads and per-origin CSS
 * selectors for CC/HPI. Users keep them in storage.sync; an IT department may pre-set them
 * in storage.managed (schema: managed_schema.json), which wins where both set an origin.
 */
export const Selectors = z.object({
  chiefComplaint: z.optional(z.string().check(z.maxLength(500))),
  hpi: z.optional(z.string().check(z.maxLength(500))),
});
export type Selectors = z.infer<typeof Selectors>;

export const Settings = z.object({
  origins: z._default(z.array(z.string().check(z.maxLength(300))).check(z.maxLength(100)), []),
  selectors: z._default(z.record(z.string().check(z.maxLength(300)), Selectors), {}),
});
export type Settings = z.infer<typeof Settings>;

export const SETTINGS_KEY = 'settings';

/** "https://ehr.example.org/chart?id=1" → "https://ehr.example.org"; anything else → null. */
export function toOrigin(input: string): string | null {
  try {
    const url = new URL(input.trim().includes('://') ? input.trim() : `https://${input.trim()}`);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
  } catch {
    return null;
  }
}

export const originPattern = (origin: string) => `${origin}/*`;

async function area(b: WxtBrowser, name: 'sync' | 'managed'): Promise<Settings> {
  try {
    const raw = name === 'sync' ? await b.storage.sync.get(SETTINGS_KEY) : await b.storage.managed.get(null);
    const parsed = Settings.safeParse(name === 'sync' ? raw[SETTINGS_KEY] ?? {} : raw);
    return parsed.success ? parsed.data : { origins: [], selectors: {} };
  } catch {
    // No managed policy (or no managed storage in this browser): nothing pre-set.
    return { origins: [], selectors: {} };
  }
}

/** The user's settings merged with the organisation's; managed values win. */
export async function loadSettings(b: WxtBrowser): Promise<Settings & { managed: Settings }> {
  const [user, managed] = await Promise.all([area(b, 'sync'), area(b, 'managed')]);
  return {
    origins: [...new Set([...managed.origins, ...user.origins])],
    selectors: { ...user.selectors, ...managed.selectors },
    managed,
  };
}

export async function saveUserSettings(b: WxtBrowser, settings: Settings): Promise<void> {
  await b.storage.sync.set({ [SETTINGS_KEY]: Settings.parse(settings) });
}
