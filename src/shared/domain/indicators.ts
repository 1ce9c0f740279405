/**
 * The ICC Index indicator catalogue (domain.md §1.2–1.3). Ids are stable strings used everywhere
 * (canvas policy areas, interview tags, strategy priorities). Never renumber or rename an id.
 */
export type IndexGeneration = 'v1' | 'v2';

export interface Indicator {
  id: string;
  generation: IndexGeneration;
  /** 1-based position in the report's section order. */
  order: number;
  /** Stem shared by both generations where the area is the same (e.g. 'education'). */
  stem: string;
  name: { en: string; fr: string };
  /** Other wordings reports and the CoE use, lower-case, for parsing and search. */
  aliases: string[];
  /** Member of the "intercultural lens" composite. */
  lens: boolean;
}

type Row = [stem: string, en: string, fr: string, aliases: string[], lens: boolean];

const V1_ROWS: Row[] = [
  ['commitment', 'Commitment', 'Engagement', ['intercultural commitment', 'engagement interculturel'], false],
  ['education', 'Education', 'Éducation', ['education system', 'education policies', 'système éducatif'], true],
  ['neighbourhoods', 'Neighbourhoods', 'Quartiers', ['neighbourhood policies', 'neighborhoods', 'politiques de quartier'], true],
  ['public_services', 'Public services', 'Services publics', ['public service policies'], true],
  ['business_labour', 'Business and labour market', 'Entreprises et marché du travail', ['business and the labour market', 'business and labor market', 'marché du travail'], true],
  ['cultural_civil_life', 'Cultural and civil life', 'Vie culturelle et civile', ['cultural and civil life policies'], true],
  ['public_space', 'Public space', 'Espace public', ['public spaces', 'espaces publics'], true],
  ['mediation', 'Mediation and conflict resolution', 'Médiation et résolution des conflits', ['mediation', 'médiation'], false],
  ['language', 'Language', 'Langue', ['language policies', 'langues'], false],
  ['media', 'Media', 'Médias', ['media policies'], false],
  ['international_outlook', 'International outlook', 'Ouverture internationale', ['perspective internationale'], false],
  ['intelligence_competence', 'Intercultural intelligence and competence', 'Intelligence et compétence interculturelles', ['intelligence/competence', 'intercultural intelligence', 'compétence interculturelle'], false],
  ['welcoming', 'Welcoming newcomers', 'Accueil des nouveaux arrivants', ['welcoming of new arrivals', 'welcoming', 'accueil'], false],
  ['governance', 'Governance', 'Gouvernance', ['gouvernance'], false],
];

const V2_ROWS: Row[] = [
  ['commitment', 'Commitment', 'Engagement', ['intercultural commitment'], false],
  ['education', 'Education', 'Éducation', ['education system', 'système éducatif'], true],
  ['neighbourhoods', 'Neighbourhoods', 'Quartiers', ['neighborhoods'], true],
  ['public_services', 'Public services', 'Services publics', [], true],
  ['business_labour', 'Business and the labour market', 'Entreprises et marché du travail', ['business and labour market', 'business and the labor market', 'marché du travail'], true],
  ['cultural_social_life', 'Cultural and social life', 'Vie culturelle et sociale', ['cultural and civil life'], true],
  ['public_space', 'Public space', 'Espace public', ['public spaces', 'espaces publics'], true],
  ['mediation', 'Mediation and conflict resolution', 'Médiation et résolution des conflits', ['mediation'], false],
  ['language', 'Language', 'Langue', ['langues'], false],
  ['media_communication', 'Media and communication', 'Médias et communication', ['media'], false],
  ['international_outlook', 'International outlook', 'Ouverture internationale', ['perspective internationale'], false],
  ['intelligence_competence', 'Intercultural intelligence and competence', 'Intelligence et compétence interculturelles', ['intercultural intelligence', 'compétence interculturelle'], false],
  ['welcoming', 'Welcoming newcomers', 'Accueil des nouveaux arrivants', ['welcoming', 'accueil'], false],
  ['leadership_citizenship', 'Leadership and citizenship', 'Leadership et citoyenneté', ['governance', 'leadership'], false],
  ['anti_discrimination', 'Anti-discrimination', 'Lutte contre les discriminations', ['antidiscrimination', 'anti discrimination', 'non-discrimination'], false],
  ['participation', 'Participation', 'Participation', [], false],
  ['interaction', 'Interaction', 'Interaction', [], false],
];

const build = (generation: IndexGeneration, rows: Row[]): Indicator[] =>
  rows.map(([stem, en, fr, aliases, lens], i) => ({
    id: `${generation}.${stem}`,
    generation,
    order: i + 1,
    stem,
    name: { en, fr },
    aliases,
    lens,
  }));

export const INDICATORS_V1: readonly Indicator[] = build('v1', V1_ROWS);
export const INDICATORS_V2: readonly Indicator[] = build('v2', V2_ROWS);
export const INDICATORS: readonly Indicator[] = [...INDICATORS_V1, ...INDICATORS_V2];

/** The composite "intercultural lens" of each generation (items 2–7). Not a scored indicator of its own. */
export const LENS_COMPOSITE = {
  v1: { id: 'v1.intercultural_lens', name: { en: 'Urban policies through the intercultural lens', fr: 'Politiques urbaines à travers le prisme interculturel' } },
  v2: { id: 'v2.intercultural_lens', name: { en: 'The city through an intercultural lens', fr: 'La ville à travers le prisme interculturel' } },
} as const;

export const QUESTION_COUNT: Record<IndexGeneration, number | null> = { v1: 66, v2: null };

const byId = new Map(INDICATORS.map((i) => [i.id, i]));
export const indicatorById = (id: string): Indicator | undefined => byId.get(id);
export const isIndicatorId = (id: string): boolean => byId.has(id);
export const indicatorsOf = (generation: IndexGeneration): readonly Indicator[] =>
  generation === 'v1' ? INDICATORS_V1 : INDICATORS_V2;

/** v1 -> v2: same stem maps directly; three areas were renamed. New v2 areas have no v1 source (null, never 0). */
const V1_TO_V2_RENAMES: Record<string, string> = {
  cultural_civil_life: 'cultural_social_life',
  media: 'media_communication',
  governance: 'leadership_citizenship',
};

export const v1ToV2 = (v1Id: string): string | null => {
  const ind = byId.get(v1Id);
  if (!ind || ind.generation !== 'v1') return null;
  const stem = V1_TO_V2_RENAMES[ind.stem] ?? ind.stem;
  return byId.has(`v2.${stem}`) ? `v2.${stem}` : null;
};

export const v2ToV1 = (v2Id: string): string | null => {
  for (const v1 of INDICATORS_V1) if (v1ToV2(v1.id) === v2Id) return v1.id;
  return null;
};

/** A v2 id for any indicator id, so reports of both generations line up on one axis. */
export const comparableId = (id: string): string | null => (id.startsWith('v1.') ? v1ToV2(id) : byId.has(id) ? id : null);

export const indicatorName = (id: string, lang: 'en' | 'fr'): string => byId.get(id)?.name[lang] ?? id;
