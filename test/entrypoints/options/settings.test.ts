import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { WxtBrowser } from 'wxt/browser';
import { loadSettings, saveUserSettings, SETTINGS_KEY, toOrigin } from '@/entrypoints/options/settings';

const b = fakeBrowser as unknown as WxtBrowser;

describe('options settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    ['https://ehr.example.org/chart?id=3', 'https://ehr.example.org'],
    ['ehr.example.org', 'https://ehr.example.org'],
    ['http://127.0.0.1:8080/x', 'http://127.0.0.1:8080'],
    ['javascript:alert(1)', null],
    ['not a url at all', null],
    ['ftp://files.example.org', null],
  ])('reads %s as origin %s', (input, expected) => {
    expect(toOrigin(input)).toBe(expected);
  });

  it('merges the organisation’s managed settings over the user’s', async () => {
    await saveUserSettings(b, { origins: ['https://a.example'], selectors: { 'https://a.example': { hpi: '#user' }, 'https://b.example': { hpi: '#mine' } } });
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({ origins: ['https://b.example'], selectors: { 'https://b.example': { hpi: '#it' } } } as never);
    const s = await loadSettings(b);
    expect(s.origins.sort()).toEqual(['https://a.example', 'https://b.example']);
    expect(s.selectors['https://b.example'].hpi).toBe('#it');
    expect(s.selectors['https://a.example'].hpi).toBe('#user');
    expect(s.managed.origins).toEqual(['https://b.example']);
  });

  it('tolerates malformed stored settings and a missing managed area', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { origins: 'nope' } });
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('no policy'));
    expect(await loadSettings(b)).toMatchObject({ origins: [], selectors: {} });
  });
});
