import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { useMantineColorScheme } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/domain/settings';
import { useApiMutation, useApiQuery } from '../api/api-context';
import { notifyError } from './notify';

interface Preferences {
  settings: Settings | undefined;
  setLanguage(language: 'en' | 'fr'): void;
  setColorScheme(scheme: 'light' | 'dark' | 'auto'): void;
  toggleLanguage(): void;
  toggleColorScheme(): void;
}

const PreferencesContext = createContext<Preferences | null>(null);

/** Language and theme are remembered in the app's settings (main side), so both transports keep them. */
export function PreferencesProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const { setColorScheme: applyScheme, colorScheme } = useMantineColorScheme();
  const settings = useApiQuery('settings.get', {}).data;
  const update = useApiMutation('settings.update', { invalidates: ['settings.get'] });

  const save = useCallback((patch: Partial<Pick<Settings, 'language' | 'colorScheme'>>) => update.mutate(patch, { onError: notifyError }), [update]);

  const setLanguage = useCallback(
    (language: 'en' | 'fr') => {
      void i18n.changeLanguage(language);
      save({ language });
    },
    [i18n, save],
  );
  const setColorScheme = useCallback(
    (scheme: 'light' | 'dark' | 'auto') => {
      applyScheme(scheme);
      save({ colorScheme: scheme });
    },
    [applyScheme, save],
  );

  const value = useMemo<Preferences>(
    () => ({
      settings,
      setLanguage,
      setColorScheme,
      toggleLanguage: () => setLanguage(i18n.language === 'fr' ? 'en' : 'fr'),
      toggleColorScheme: () => setColorScheme(colorScheme === 'dark' ? 'light' : 'dark'),
    }),
    [settings, setLanguage, setColorScheme, i18n.language, colorScheme],
  );
  return <PreferencesContext.Provider value={value}>{children}</PreferencesContext.Provider>;
}

export function usePreferences(): Preferences {
  const p = useContext(PreferencesContext);
  if (!p) throw new Error('PreferencesProvider is missing');
  return p;
}
