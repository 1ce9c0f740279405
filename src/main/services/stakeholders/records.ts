import { randomUUID } from 'node:crypto';
import {
  nameKey,
  stakeholderInputSchema,
  stakeholderPatchSchema,
  type Stakeholder,
  type StakeholderData,
  type StakeholderInput,
  type StakeholderPatch,
} from '../../../shared/domain/stakeholders';
import { isIndicatorId } from '../../../shared/domain/indicators';
import type { StakeholdersTable } from '../../db/schema-map';
import { AppError, notFound } from '../../util/errors';
import { systemClock, type Clock } from '../../util/clock';
import type { VisitHandle } from '../visit-library';

type Handle = Pick<VisitHandle, 'sqlite'>;

const COLUMNS =
  'id, name, organisation, category, level, influence, interest, attitude, policy_areas, contact_person, contact_details, notes, tags, x, y, created_at, updated_at';

const parseArray = (json: string): string[] => {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
};

function fromRow(row: StakeholdersTable): Omit<Stakeholder, 'duplicateOf'> {
  return {
    id: row.id,
    name: row.name,
    organisation: row.organisation,
    category: row.category,
    level: row.level as Stakeholder['level'],
    influence: row.influence,
    interest: row.interest,
    attitude: row.attitude as Stakeholder['attitude'],
    policyAreas: parseArray(row.policy_areas),
    contactPerson: row.contact_person,
    contactDetails: row.contact_details,
    notes: row.notes,
    tags: parseArray(row.tags),
    x: row.x,
    y: row.y,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Turns zod issues into the field map the UI shows next to inputs. */
export function invalid(error: { issues: { path: PropertyKey[]; message: string }[] }, what = 'stakeholder'): AppError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) fields[issue.path.join('.') || '_'] ??= issue.message;
  const first = error.issues[0]?.message ?? 'Check the entries.';
  return new AppError('invalid_input', `The ${what} could not be saved: ${first}`, fields);
}

function checkPolicyAreas(areas: string[]): string[] {
  const unknown = areas.filter((a) => !isIndicatorId(a));
  if (unknown.length) {
    throw new AppError('invalid_input', `Unknown policy area “${unknown[0]}”. Choose areas from the ICC Index list.`, { policyAreas: 'Unknown policy area.' });
  }
  return [...new Set(areas)];
}

/** Validates a full record (create/import); throws AppError with per-field messages. */
export function parseStakeholder(input: StakeholderInput): StakeholderData {
  const parsed = stakeholderInputSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  const tags = [...new Set(parsed.data.tags)];
  return { ...parsed.data, tags, policyAreas: checkPolicyAreas(parsed.data.policyAreas) };
}

function duplicatesIndex(handle: Handle): Map<string, string[]> {
  const rows = handle.sqlite.prepare('SELECT id, name FROM stakeholders').all() as { id: string; name: string }[];
  const byKey = new Map<string, string[]>();
  for (const r of rows) {
    const key = nameKey(r.name);
    byKey.set(key, [...(byKey.get(key) ?? []), r.id]);
  }
  return byKey;
}

const withDuplicates = (s: Omit<Stakeholder, 'duplicateOf'>, index: Map<string, string[]>): Stakeholder => ({
  ...s,
  duplicateOf: (index.get(nameKey(s.name)) ?? []).filter((id) => id !== s.id),
});

/** Every stakeholder, sorted by name, each flagged with the ids of same-named others. */
export function listStakeholders(handle: Handle): Stakeholder[] {
  const rows = handle.sqlite.prepare(`SELECT ${COLUMNS} FROM stakeholders ORDER BY name COLLATE NOCASE, id`).all() as StakeholdersTable[];
  const records = rows.map(fromRow);
  const index = new Map<string, string[]>();
  for (const r of records) {
    const key = nameKey(r.name);
    index.set(key, [...(index.get(key) ?? []), r.id]);
  }
  return records.map((r) => withDuplicates(r, index));
}

export function getStakeholder(handle: Handle, id: string): Stakeholder {
  const row = handle.sqlite.prepare(`SELECT ${COLUMNS} FROM stakeholders WHERE id = ?`).get(id) as StakeholdersTable | undefined;
  if (!row) throw notFound('This stakeholder');
  return withDuplicates(fromRow(row), duplicatesIndex(handle));
}

function insert(handle: Handle, id: string, d: StakeholderData, now: string): void {
  handle.sqlite
    .prepare(`INSERT INTO stakeholders (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
    .run(id, d.name, d.organisation, d.category, d.level, d.influence, d.interest, d.attitude, JSON.stringify(d.policyAreas), d.contactPerson, d.contactDetails, d.notes, JSON.stringify(d.tags), d.x, d.y, now, now);
}

/** Creates a record. A duplicate name is allowed and reported in `duplicateOf`, never merged. */
export function createStakeholder(handle: Handle, input: StakeholderInput, options: { id?: string; clock?: Clock } = {}): Stakeholder {
  const data = parseStakeholder(input);
  const id = options.id ?? randomUUID();
  insert(handle, id, data, (options.clock ?? systemClock).now().toISOString());
  return getStakeholder(handle, id);
}

/** Inserts many validated records in one transaction (import, demo, paste). */
export function createStakeholders(handle: Handle, inputs: (StakeholderInput & { id?: string })[], clock: Clock = systemClock): string[] {
  const now = clock.now().toISOString();
  const datas = inputs.map((i) => ({ id: i.id ?? randomUUID(), data: parseStakeholder(i) }));
  handle.sqlite.transaction(() => {
    for (const { id, data } of datas) insert(handle, id, data, now);
  })();
  return datas.map((d) => d.id);
}

export function updateStakeholder(handle: Handle, id: string, patch: StakeholderPatch, clock: Clock = systemClock): Stakeholder {
  const parsed = stakeholderPatchSchema.safeParse(patch);
  if (!parsed.success) throw invalid(parsed.error);
  const current = getStakeholder(handle, id);
  const defined = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined));
  const merged = parseStakeholder({ ...current, ...defined });
  handle.sqlite
    .prepare(
      `UPDATE stakeholders SET name = ?, organisation = ?, category = ?, level = ?, influence = ?, interest = ?, attitude = ?,
       policy_areas = ?, contact_person = ?, contact_details = ?, notes = ?, tags = ?, x = ?, y = ?, updated_at = ? WHERE id = ?`,
    )
    .run(merged.name, merged.organisation, merged.category, merged.level, merged.influence, merged.interest, merged.attitude, JSON.stringify(merged.policyAreas), merged.contactPerson, merged.contactDetails, merged.notes, JSON.stringify(merged.tags), merged.x, merged.y, clock.now().toISOString(), id);
  return getStakeholder(handle, id);
}

/**
 * Deletes a stakeholder. Relations and snapshot rows go with it (ON DELETE CASCADE), and secure_delete
 * overwrites the freed pages, so nothing about the person remains in the file.
 */
export function deleteStakeholder(handle: Handle, id: string): { deleted: true } {
  const result = handle.sqlite.prepare('DELETE FROM stakeholders WHERE id = ?').run(id);
  if (result.changes === 0) throw notFound('This stakeholder');
  return { deleted: true };
}

export function deleteStakeholders(handle: Handle, ids: string[]): number {
  const stmt = handle.sqlite.prepare('DELETE FROM stakeholders WHERE id = ?');
  return handle.sqlite.transaction(() => ids.reduce((n, id) => n + stmt.run(id).changes, 0))();
}
