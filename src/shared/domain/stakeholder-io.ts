/** CSV / Excel import and export of stakeholders: column names and the preview the UI shows. */
import type { StakeholderData } from './stakeholders';

/** Header names in files (English, stable). French headers are accepted as aliases on import. */
export const IO_COLUMNS = ['name', 'organisation', 'category', 'level', 'influence', 'interest', 'attitude', 'policy_areas', 'contact_person', 'contact_details', 'notes', 'tags'] as const;
export type IoColumn = (typeof IO_COLUMNS)[number];
export const IO_COLUMN_ALIASES: Record<string, IoColumn> = {
  nom: 'name',
  organization: 'organisation',
  catégorie: 'category',
  categorie: 'category',
  niveau: 'level',
  intérêt: 'interest',
  interet: 'interest',
  attitude: 'attitude',
  'policy areas': 'policy_areas',
  'domaines politiques': 'policy_areas',
  'contact person': 'contact_person',
  'personne de contact': 'contact_person',
  'contact details': 'contact_details',
  coordonnées: 'contact_details',
  remarques: 'notes',
  étiquettes: 'tags',
};

export interface ImportRowError {
  /** 1-based line in the file (the header is line 1). */
  line: number;
  message: string;
}

export interface ImportPreview {
  fileName: string;
  totalRows: number;
  validRows: number;
  columns: IoColumn[];
  unknownColumns: string[];
  /** One page of parsed rows (valid ones, with their line). */
  rows: { line: number; data: StakeholderData; duplicate: boolean }[];
  /** Every error (capped), with line numbers. */
  errors: ImportRowError[];
  errorCount: number;
  offset: number;
}

export interface ImportResult {
  imported: number;
  skipped: number;
  errors: ImportRowError[];
}
