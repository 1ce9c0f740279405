/**
 * Kysely types of a visit file. Each capability declares its tables in its own file and is joined here.
 * Columns with a database default are Generated<T>.
 */
import type { Generated } from 'kysely';
import type { InterviewsTables } from './schema-interviews';
import type { IndexReportTables } from './schema-index';
import type { MapTables } from './schema-map';
import type { StrategyTables } from './schema-strategy';

export interface VisitProfileTable {
  /** Always 1: the visit file holds exactly one profile. */
  id: Generated<number>;
  visit_id: string;
  /** JSON of VisitProfile (validated with zod when read and written). */
  profile_json: string;
  is_demo: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface SchemaMigrationsTable {
  id: string;
  applied_at: string;
}

export interface VisitDatabase extends InterviewsTables, IndexReportTables, MapTables, StrategyTables {
  visit_profile: VisitProfileTable;
  schema_migrations: SchemaMigrationsTable;
}
