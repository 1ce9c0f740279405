/**
 * All translations, by namespace. Each capability adds its own namespace file under en/ and fr/;
 * the French file is typed against the English one, so a missing key fails the typecheck.
 */
import { common as enCommon } from './en/common';
import { indexReports as enIndexReports } from './en/index-reports';
import { visits as enVisits } from './en/visits';
import { map as enMap } from './en/map';
import { interviews as enInterviews } from './en/interviews';
import { safety as enSafety } from './en/safety';
import { strategy as enStrategy } from './en/strategy';
import { strategyDoc as enStrategyDoc } from './en/strategy-doc';
import { common as frCommon } from './fr/common';
import { indexReports as frIndexReports } from './fr/index-reports';
import { safety as frSafety } from './fr/safety';
import { strategy as frStrategy } from './fr/strategy';
import { strategyDoc as frStrategyDoc } from './fr/strategy-doc';
import { interviews as frInterviews } from './fr/interviews';
import { visits as frVisits } from './fr/visits';
import { map as frMap } from './fr/map';

export const resources = {
  en: { common: enCommon, indexReports: enIndexReports, visits: enVisits, map: enMap, interviews: enInterviews, safety: enSafety, strategy: enStrategy, strategyDoc: enStrategyDoc },
  fr: { common: frCommon, indexReports: frIndexReports, visits: frVisits, map: frMap, interviews: frInterviews, safety: frSafety, strategy: frStrategy, strategyDoc: frStrategyDoc },
} as const;

export type Namespace = keyof (typeof resources)['en'];
export const namespaces = Object.keys(resources.en) as Namespace[];
export const supportedLanguages = ['en', 'fr'] as const;
