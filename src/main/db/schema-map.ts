/** Kysely types of the stakeholder map tables (migration 0200_stakeholders). */

export interface StakeholdersTable {
  id: string;
  name: string;
  organisation: string;
  category: string;
  level: string;
  influence: number;
  interest: number;
  attitude: string;
  /** JSON array of indicator ids. */
  policy_areas: string;
  contact_person: string;
  /** Personal data: hidden in workshop mode and in anonymised exports. */
  contact_details: string;
  notes: string;
  /** JSON array of strings. */
  tags: string;
  x: number | null;
  y: number | null;
  created_at: string;
  updated_at: string;
}

export interface StakeholderRelationsTable {
  id: string;
  source_id: string;
  target_id: string;
  type: string;
  label: string;
  strength: number;
  created_at: string;
  updated_at: string;
}

export interface MapPolicyAreasTable {
  indicator_id: string;
  x: number | null;
  y: number | null;
  created_at: string;
  updated_at: string;
}

export interface MapStateTable {
  id: number;
  state_json: string;
  created_at: string;
  updated_at: string;
}

export interface MapSnapshotsTable {
  id: string;
  name: string;
  taken_at: string;
  created_at: string;
  updated_at: string;
}

export interface MapSnapshotStakeholdersTable {
  snapshot_id: string;
  stakeholder_id: string;
  category: string;
  level: string;
  influence: number;
  interest: number;
  attitude: string;
  x: number | null;
  y: number | null;
}

export interface MapSnapshotRelationsTable {
  snapshot_id: string;
  relation_id: string;
  source_id: string;
  target_id: string;
  type: string;
  label: string;
  strength: number;
}

export interface MapTables {
  stakeholders: StakeholdersTable;
  stakeholder_relations: StakeholderRelationsTable;
  map_policy_areas: MapPolicyAreasTable;
  map_state: MapStateTable;
  map_snapshots: MapSnapshotsTable;
  map_snapshot_stakeholders: MapSnapshotStakeholdersTable;
  map_snapshot_relations: MapSnapshotRelationsTable;
}
