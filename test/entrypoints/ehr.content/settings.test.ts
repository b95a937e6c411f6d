import { describe, expect, it } from 'vitest';
import { parseSettings, selectorsFor } from '@/entrypoints/ehr.content/settings';

describe('stored settings', () => {
  it('tolerates missing or malformed settings', () => {
    for (const raw of [undefined, null, 42, 'x', [], { origins: 'x', selectors: [] }, { selectors: { a: 5, b: { hpi: 7 } } }]) {
      expect(parseSettings(raw)).toEqual({ origins: [], selectors: {} });
    }
  });

  it('keeps valid selectors and finds them for an origin', () => {
    const s = parseSettings({
      origins: ['https://ehr.example.org', 7],
      selectors: {
        'https://ehr.example.org/*': { chiefComplaint: ' #cc ', hpi: 'x'.repeat(600) },
        'https://other.example': { hpi: '.hpi' },
      },
    });
    expect(s.origins).toEqual(['https://ehr.example.org']);
    expect(selectorsFor(s, 'https://ehr.example.org')).toEqual({ chiefComplaint: '#cc' });
    expect(selectorsFor(s, 'https://other.example')).toEqual({ hpi: '.hpi' });
    expect(selectorsFor(s, 'https://unknown.example')).toBeUndefined();
  });
});
