/**
 * Stakeholders and their relations (domain.md §3.3 categories, §4.3 levels). Ids are stable strings stored
 * in visit files: never rename one. Policy areas are indicator ids from ./indicators.
 */
import { z } from 'zod';

export interface CategoryDef {
  id: string;
  label: { en: string; fr: string };
  /** Canvas colour (hex), chosen to stay distinguishable on a projector. */
  color: string;
  /** Tabler icon name used by the canvas and the figure builder. */
  icon: string;
}

export const STAKEHOLDER_CATEGORIES: readonly CategoryDef[] = [
  { id: 'political_leadership', label: { en: 'Political leadership', fr: 'Direction politique' }, color: '#7b2cbf', icon: 'building-bank' },
  { id: 'city_department', label: { en: 'City department', fr: 'Service municipal' }, color: '#1c7ed6', icon: 'building' },
  { id: 'icc_coordinator', label: { en: 'ICC coordinator / intercultural unit', fr: 'Coordination ICC / unité interculturelle' }, color: '#0b7285', icon: 'compass' },
  { id: 'police_safety', label: { en: 'Police / public safety', fr: 'Police / sécurité publique' }, color: '#364fc7', icon: 'shield' },
  { id: 'education', label: { en: 'Education and research', fr: 'Éducation et recherche' }, color: '#2b8a3e', icon: 'school' },
  { id: 'ngo_civil_society', label: { en: 'NGO / civil society', fr: 'ONG / société civile' }, color: '#e67700', icon: 'users-group' },
  { id: 'migrant_minority_org', label: { en: 'Migrant and minority association', fr: 'Association de migrants ou de minorités' }, color: '#d9480f', icon: 'world' },
  { id: 'religious_group', label: { en: 'Religious community', fr: 'Communauté religieuse' }, color: '#862e9c', icon: 'building-church' },
  { id: 'business', label: { en: 'Business / employers', fr: 'Entreprises / employeurs' }, color: '#5c940d', icon: 'briefcase' },
  { id: 'media', label: { en: 'Media', fr: 'Médias' }, color: '#c2255c', icon: 'news' },
  { id: 'youth', label: { en: 'Youth', fr: 'Jeunesse' }, color: '#f08c00', icon: 'mood-kid' },
  { id: 'residents', label: { en: 'Residents', fr: 'Habitants' }, color: '#495057', icon: 'home' },
  { id: 'public_institution_other', label: { en: 'Other public body', fr: 'Autre organisme public' }, color: '#1098ad', icon: 'building-community' },
  { id: 'intl_network', label: { en: 'International network', fr: 'Réseau international' }, color: '#3b5bdb', icon: 'network' },
];

/** Custom categories are allowed: anything that is not a catalogue id is shown with this style. */
export const CUSTOM_CATEGORY_STYLE = { color: '#868e96', icon: 'tag' } as const;

const categoryById = new Map(STAKEHOLDER_CATEGORIES.map((c) => [c.id, c]));
export const categoryDef = (id: string): CategoryDef | undefined => categoryById.get(id);
export const categoryLabel = (id: string, lang: 'en' | 'fr'): string => categoryById.get(id)?.label[lang] ?? id;
export const categoryColor = (id: string): string => categoryById.get(id)?.color ?? CUSTOM_CATEGORY_STYLE.color;

export const STAKEHOLDER_LEVELS = ['local', 'regional', 'national', 'international'] as const;
export type StakeholderLevel = (typeof STAKEHOLDER_LEVELS)[number];
export const LEVEL_LABELS: Record<StakeholderLevel, { en: string; fr: string }> = {
  local: { en: 'Local', fr: 'Local' },
  regional: { en: 'Regional', fr: 'Régional' },
  national: { en: 'National', fr: 'National' },
  international: { en: 'International', fr: 'International' },
};

export const ATTITUDES = ['champion', 'supportive', 'neutral', 'sceptical', 'opposed'] as const;
export type Attitude = (typeof ATTITUDES)[number];
export const ATTITUDE_LABELS: Record<Attitude, { en: string; fr: string }> = {
  champion: { en: 'Champion', fr: 'Moteur' },
  supportive: { en: 'Supportive', fr: 'Favorable' },
  neutral: { en: 'Neutral', fr: 'Neutre' },
  sceptical: { en: 'Sceptical', fr: 'Sceptique' },
  opposed: { en: 'Opposed', fr: 'Opposé' },
};
/** Marker colours; the marker also carries a symbol so colour is never the only cue. */
export const ATTITUDE_STYLE: Record<Attitude, { color: string; symbol: string }> = {
  champion: { color: '#2f9e44', symbol: '++' },
  supportive: { color: '#74b816', symbol: '+' },
  neutral: { color: '#868e96', symbol: '=' },
  sceptical: { color: '#f08c00', symbol: '?' },
  opposed: { color: '#e03131', symbol: '−' },
};

export const RELATION_TYPES = ['partnership', 'funding', 'reporting_line', 'information_flow', 'influence', 'conflict'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];
export const RELATION_LABELS: Record<RelationType, { en: string; fr: string }> = {
  partnership: { en: 'Partnership', fr: 'Partenariat' },
  funding: { en: 'Funding', fr: 'Financement' },
  reporting_line: { en: 'Reporting line', fr: 'Lien hiérarchique' },
  information_flow: { en: 'Information flow', fr: 'Flux d’information' },
  influence: { en: 'Influence', fr: 'Influence' },
  conflict: { en: 'Conflict', fr: 'Conflit' },
};
/** Each type has its own look, shared by the canvas and the headless figure builder. */
export const RELATION_STYLE: Record<RelationType, { color: string; dash: string; arrow: boolean }> = {
  partnership: { color: '#2b8a3e', dash: '', arrow: false },
  funding: { color: '#e67700', dash: '8 4', arrow: true },
  reporting_line: { color: '#364fc7', dash: '', arrow: true },
  information_flow: { color: '#1098ad', dash: '2 4', arrow: true },
  influence: { color: '#862e9c', dash: '12 4 2 4', arrow: true },
  conflict: { color: '#e03131', dash: '4 3', arrow: false },
};

/** Mendelow power–interest quadrants; on the 1–5 scales a value of 3 or more counts as "high". */
export const QUADRANTS = ['manage_closely', 'keep_satisfied', 'keep_informed', 'monitor'] as const;
export type Quadrant = (typeof QUADRANTS)[number];
export const QUADRANT_LABELS: Record<Quadrant, { en: string; fr: string }> = {
  manage_closely: { en: 'Manage closely', fr: 'Gérer de près' },
  keep_satisfied: { en: 'Keep satisfied', fr: 'Maintenir satisfait' },
  keep_informed: { en: 'Keep informed', fr: 'Tenir informé' },
  monitor: { en: 'Monitor', fr: 'Surveiller' },
};
export function quadrantOf(influence: number, interest: number): Quadrant {
  const highPower = influence >= 3;
  const highInterest = interest >= 3;
  if (highPower) return highInterest ? 'manage_closely' : 'keep_satisfied';
  return highInterest ? 'keep_informed' : 'monitor';
}

const text = (max: number) => z.string().max(max, `At most ${max} characters.`);
const score = (what: string) => z.number().int(`${what} is a whole number from 1 to 5.`).min(1, `${what} is from 1 to 5.`).max(5, `${what} is from 1 to 5.`);

/** Field rules without defaults: a patch must never fill in defaults for fields it does not touch. */
const stakeholderFields = {
  name: text(300).trim().min(1, 'Enter the stakeholder’s name.'),
  organisation: text(300).trim(),
  category: text(80).trim().min(1, 'Choose a category.'),
  level: z.enum(STAKEHOLDER_LEVELS, { message: 'Choose local, regional, national or international.' }),
  influence: score('Influence'),
  interest: score('Interest'),
  attitude: z.enum(ATTITUDES, { message: 'Choose champion, supportive, neutral, sceptical or opposed.' }),
  policyAreas: z.array(text(80)).max(40),
  contactPerson: text(300).trim(),
  contactDetails: text(2000).trim(),
  notes: text(20_000),
  tags: z.array(text(80).trim().min(1)).max(50),
  /** Canvas position; null lets the canvas place it. */
  x: z.number().finite().nullable(),
  y: z.number().finite().nullable(),
};

/** What a user enters; the service trims, checks policy areas against the catalogue and stores. */
export const stakeholderInputSchema = z.object({
  ...stakeholderFields,
  organisation: stakeholderFields.organisation.default(''),
  level: stakeholderFields.level.default('local'),
  influence: stakeholderFields.influence.default(3),
  interest: stakeholderFields.interest.default(3),
  attitude: stakeholderFields.attitude.default('neutral'),
  policyAreas: stakeholderFields.policyAreas.default([]),
  contactPerson: stakeholderFields.contactPerson.default(''),
  contactDetails: stakeholderFields.contactDetails.default(''),
  notes: stakeholderFields.notes.default(''),
  tags: stakeholderFields.tags.default([]),
  x: stakeholderFields.x.default(null),
  y: stakeholderFields.y.default(null),
});
export type StakeholderInput = z.input<typeof stakeholderInputSchema>;
export type StakeholderData = z.output<typeof stakeholderInputSchema>;
export const stakeholderPatchSchema = z.object(stakeholderFields).partial();
export type StakeholderPatch = z.input<typeof stakeholderPatchSchema>;

export interface Stakeholder extends StakeholderData {
  id: string;
  createdAt: string;
  updatedAt: string;
  /** Other stakeholders with the same name (case, accents and spacing ignored): flagged, never merged. */
  duplicateOf: string[];
}

const relationFields = {
  sourceId: z.string().min(1, 'Choose where the relation starts.'),
  targetId: z.string().min(1, 'Choose where the relation ends.'),
  type: z.enum(RELATION_TYPES, { message: 'Choose a relation type.' }),
  label: text(300).trim(),
  /** 1 weak, 2 medium, 3 strong. */
  strength: z.number().int().min(1, 'Strength is 1, 2 or 3.').max(3, 'Strength is 1, 2 or 3.'),
};
export const relationInputSchema = z.object({ ...relationFields, label: relationFields.label.default(''), strength: relationFields.strength.default(2) });
export type RelationInput = z.input<typeof relationInputSchema>;
export const relationPatchSchema = z.object({ type: relationFields.type, label: relationFields.label, strength: relationFields.strength }).partial();
export type RelationPatch = z.input<typeof relationPatchSchema>;

export interface Relation {
  id: string;
  sourceId: string;
  targetId: string;
  type: RelationType;
  label: string;
  strength: number;
  createdAt: string;
  updatedAt: string;
}

/** Key used to detect duplicate names: Unicode-normalised, case-folded, spacing collapsed. */
export const nameKey = (name: string): string =>
  name.normalize('NFKC').toLocaleLowerCase('und').normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim();
