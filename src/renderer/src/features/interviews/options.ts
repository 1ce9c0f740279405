import { useTranslation } from 'react-i18next';
import { INDICATORS_V2, indicatorName } from '../../../../shared/domain/indicators';
import { CODE_KINDS, CONSENT_SCOPES, CONSENT_STATUSES, MEETING_KINDS } from '../../../../shared/domain/interviews';
import { STAKEHOLDER_CATEGORIES } from '../../../../shared/domain/stakeholders';
import { useApiQuery } from '../../api/api-context';

export type Lang = 'en' | 'fr';

/** Select options in the UI language, shared by the agenda, notes and findings views. */
export function useOptions() {
  const { t, i18n } = useTranslation('interviews');
  const lang: Lang = i18n.language === 'fr' ? 'fr' : 'en';
  return {
    lang,
    t,
    areaName: (id: string) => indicatorName(id, lang),
    areas: INDICATORS_V2.map((i) => ({ value: i.id, label: i.name[lang] })),
    kinds: MEETING_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) })),
    codes: CODE_KINDS.map((k) => ({ value: k, label: t(`codes.${k}`) })),
    statuses: CONSENT_STATUSES.map((k) => ({ value: k, label: t(`consentStatus.${k}`) })),
    scopes: CONSENT_SCOPES.map((k) => ({ value: k, label: t(`consentScope.${k}`) })),
    categories: STAKEHOLDER_CATEGORIES.map((c) => ({ value: c.id, label: c.label[lang] })),
  };
}

/** The visit's stakeholders as select options, and a name lookup. */
export function useStakeholders(visitId: string) {
  const query = useApiQuery('stakeholders.list', { visitId });
  const list = query.data ?? [];
  const names = new Map(list.map((s) => [s.id, s.name]));
  return {
    options: list.map((s) => ({ value: s.id, label: s.organisation ? `${s.name} — ${s.organisation}` : s.name })),
    name: (id: string) => names.get(id) ?? '—',
  };
}

export const kindColor: Record<string, string> = {
  interview: 'blue',
  round_table: 'violet',
  site_visit: 'green',
  workshop: 'orange',
  presentation: 'cyan',
  debrief: 'pink',
};

export const scopeColor: Record<string, string> = { quote_by_name: 'teal', quote_anonymously: 'yellow', no_quote: 'red' };
