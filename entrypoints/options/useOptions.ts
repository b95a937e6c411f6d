import { useCallback, useEffect, useState } from 'react';
import type { OptionsPageProps } from '@/components/options/OptionsPage';
import { loadSettings, originPattern, saveUserSettings, toOrigin, type Selectors, type Settings } from './settings';

/** The options page's data: granted origins, managed origins, selectors; every change saved at once. */
export function useOptions(): OptionsPageProps {
  const [granted, setGranted] = useState<string[]>([]);
  const [settings, setSettings] = useState<Settings & { managed: Settings }>({ origins: [], selectors: {}, managed: { origins: [], selectors: {} } });
  const [status, setStatus] = useState('');

  // Both read before either is set, so a row first appears with its saved selectors: its
  // inputs take their initial value only once.
  const refresh = useCallback(async () => {
    const [perms, loaded] = await Promise.all([browser.permissions.getAll(), loadSettings(browser)]);
    setGranted((perms.origins ?? []).map((p) => p.replace(/\/\*$/, '')));
    setSettings(loaded);
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const save = async (next: Settings) => {
    await saveUserSettings(browser, { origins: next.origins.filter((o) => !settings.managed.origins.includes(o)), selectors: next.selectors });
    await refresh();
  };

  return {
    granted,
    origins: settings.origins,
    managedOrigins: settings.managed.origins,
    selectors: settings.selectors,
    status,
    // The permission prompt needs the click's user gesture: request before any await.
    allow: (input: string) => {
      const origin = toOrigin(input);
      if (!origin) {
        setStatus('That is not a web address (for example https://ehr.example.org).');
        return;
      }
      void browser.permissions.request({ origins: [originPattern(origin)] }).then(async (ok) => {
        setStatus(ok ? `Allowed ${origin}. Reload the chart page to read it.` : `${origin} was not allowed.`);
        if (ok) await save({ ...settings, origins: [...new Set([...settings.origins, origin])] });
        else await refresh();
      });
    },
    revoke: (origin: string) => {
      void browser.permissions.remove({ origins: [originPattern(origin)] }).then(async () => {
        setStatus(`Removed ${origin}.`);
        await save({ ...settings, origins: settings.origins.filter((o) => o !== origin) });
      });
    },
    setSelectors: (origin: string, selectors: Selectors) => {
      void save({ ...settings, selectors: { ...settings.selectors, [origin]: selectors } }).then(() => setStatus(`Saved selectors for ${origin}.`));
    },
  };
}
