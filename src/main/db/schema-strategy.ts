/** Kysely types of the strategy tables (migration 0400). Joined into VisitDatabase in schema.ts. */
import type { Generated } from 'kysely';

export interface StrategyDocTable {
  id: Generated<number>;
  doc_json: string;
  created_at: string;
  updated_at: string;
}
export interface StrategyPrincipleTable {
  id: string;
  position: number;
  key: Generated<string>;
  title: string;
  description: Generated<string>;
  created_at: string;
  updated_at: string;
}
export interface StrategyPriorityTable {
  id: string;
  position: number;
  title: string;
  description: Generated<string>;
  indicator_ids: Generated<string>;
  source: Generated<string>;
  created_at: string;
  updated_at: string;
}
export interface StrategyActionTable {
  id: string;
  position: number;
  priority_id: string | null;
  action_json: string;
  created_at: string;
  updated_at: string;
}
export interface StrategyPhaseTable {
  phase: string;
  status: string;
  note: Generated<string>;
  created_at: string;
  updated_at: string;
}
export interface StrategyTables {
  strategy_doc: StrategyDocTable;
  strategy_principle: StrategyPrincipleTable;
  strategy_priority: StrategyPriorityTable;
  strategy_action: StrategyActionTable;
  strategy_phase: StrategyPhaseTable;
}
