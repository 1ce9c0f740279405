import type { SqliteHandle } from '../connection';

/**
 * One schema step. Ids sort in the order they must run ("0001_visit_profile"). Once released a step
 * never changes: later changes are new steps. Steps run synchronously inside one transaction.
 */
export interface Migration {
  id: string;
  up(db: SqliteHandle): void;
}
