/** Select options built from the domain catalogues, in the UI language. */
import { INDICATORS } from '../../../../shared/domain/indicators';
import { ATTITUDES, ATTITUDE_LABELS, LEVEL_LABELS, RELATION_LABELS, RELATION_TYPES, STAKEHOLDER_CATEGORIES, STAKEHOLDER_LEVELS } from '../../../../shared/domain/stakeholders';

export type Lang = 'en' | 'fr';
export const langOf = (l: string): Lang => (l.startsWith('fr') ? 'fr' : 'en');
export const categoryOptions = (l: Lang, extra: string[] = []) => [
  ...STAKEHOLDER_CATEGORIES.map((c) => ({ value: c.id, label: c.label[l] })),
  ...[...new Set(extra)].filter((e) => !STAKEHOLDER_CATEGORIES.some((c) => c.id === e)).map((e) => ({ value: e, label: e })),
];
export const levelOptions = (l: Lang) => STAKEHOLDER_LEVELS.map((v) => ({ value: v, label: LEVEL_LABELS[v][l] }));
export const attitudeOptions = (l: Lang) => ATTITUDES.map((v) => ({ value: v, label: ATTITUDE_LABELS[v][l] }));
export const relationOptions = (l: Lang) => RELATION_TYPES.map((v) => ({ value: v, label: RELATION_LABELS[v][l] }));
/** Current-generation (v2) areas first; v1 ids stay selectable for cities still on the first Index. */
export const areaOptions = (l: Lang) => [
  { group: 'ICC Index (2019–)', items: INDICATORS.filter((i) => i.generation === 'v2').map((i) => ({ value: i.id, label: i.name[l] })) },
  { group: 'ICC Index (–2018)', items: INDICATORS.filter((i) => i.generation === 'v1').map((i) => ({ value: i.id, label: `${i.name[l]} (v1)` })) },
];
export const scoreOptions = ['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: v }));
