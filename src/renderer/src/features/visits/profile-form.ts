import type { VisitProfile } from '../../../../shared/domain/visit';

/** Form state of the city profile: number inputs hold '' while empty. */
export interface ProfileFormValues {
  title: string;
  city: string;
  country: string;
  population: number | string;
  foreignBornShare: number | string;
  startDate: string | null;
  endDate: string | null;
  experts: { name: string; role: string }[];
  workingLanguage: 'en' | 'fr';
  notes: string;
}

export const emptyProfileForm = (language: 'en' | 'fr'): ProfileFormValues => ({
  title: '',
  city: '',
  country: '',
  population: '',
  foreignBornShare: '',
  startDate: null,
  endDate: null,
  experts: [],
  workingLanguage: language,
  notes: '',
});

export const profileToForm = (p: VisitProfile): ProfileFormValues => ({
  ...p,
  population: p.population ?? '',
  foreignBornShare: p.foreignBornShare ?? '',
  experts: p.experts.map((e) => ({ ...e })),
});

const numberOrNull = (v: number | string): number | null => (v === '' || v === null || v === undefined ? null : Number(v));

export const formToProfile = (v: ProfileFormValues) => ({
  ...v,
  population: numberOrNull(v.population),
  foreignBornShare: numberOrNull(v.foreignBornShare),
  startDate: v.startDate || null,
  endDate: v.endDate || null,
  experts: v.experts.filter((e) => e.name.trim() || e.role.trim()),
});
