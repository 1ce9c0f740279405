import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { INDICATORS_V2, INDICATORS } from '../../../../shared/domain/indicators';

/** Index policy areas for pickers (revised Index; ids of the original Index still show their names). */
export function useAreaOptions() {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'fr' ? 'fr' : 'en';
  return useMemo(() => INDICATORS_V2.map((i) => ({ value: i.id, label: i.name[lang] })), [lang]);
}

export function useAreaName() {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'fr' ? 'fr' : 'en';
  return (id: string) => INDICATORS.find((i) => i.id === id)?.name[lang] ?? id;
}
