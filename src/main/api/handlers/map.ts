import type { mapContract } from '../../../shared/contract/map';
import { buildMapSvg } from '../../export/map-figure';
import { exportStakeholders, importStakeholders, previewImport } from '../../import/stakeholders';
import * as svc from '../../services/stakeholders';
import { eraseCheckpoint } from '../../services/safety/erase';
import { safetyOf } from '../../services/safety/safety-service';
import type { HandlerGroup } from '../dispatcher';

export const mapHandlers: HandlerGroup<keyof typeof mapContract> = {
  'stakeholders.list': ({ visitId }, { library }) => svc.listStakeholders(library.get(visitId)),
  'stakeholders.get': ({ visitId, id }, { library }) => svc.getStakeholder(library.get(visitId), id),
  'stakeholders.create': ({ visitId, stakeholder }, { library, clock }) => {
    const { id, ...input } = stakeholder;
    return svc.createStakeholder(library.get(visitId), input, { id, clock });
  },
  'stakeholders.update': ({ visitId, id, patch }, { library, clock }) => svc.updateStakeholder(library.get(visitId), id, patch, clock),
  'stakeholders.delete': ({ visitId, ids }, { library }) => {
    const handle = library.get(visitId);
    const deleted = svc.deleteStakeholders(handle, ids);
    // A stakeholder is personal data: erase it from FTS segments and the WAL now, not at close.
    eraseCheckpoint(handle.sqlite);
    return { deleted };
  },
  'stakeholders.importPreview': ({ visitId, fileToken, offset, limit }, { library, files }) => previewImport(library.get(visitId), files.resolve(fileToken), offset, limit),
  'stakeholders.importCommit': ({ visitId, fileToken }, { library, files, clock }) => {
    safetyOf(library)?.snapshot(visitId, 'before-import');
    return importStakeholders(library.get(visitId), files.resolve(fileToken), clock);
  },
  'stakeholders.export': ({ visitId, format, includePersonalData }, { library, files }) => exportStakeholders(library.get(visitId), files, format, includePersonalData),

  'relations.list': ({ visitId }, { library }) => svc.listRelations(library.get(visitId)),
  'relations.create': ({ visitId, relation }, { library, clock }) => {
    const { id, ...input } = relation;
    return svc.createRelation(library.get(visitId), input, { id, clock });
  },
  'relations.update': ({ visitId, id, patch }, { library, clock }) => svc.updateRelation(library.get(visitId), id, patch, clock),
  'relations.delete': ({ visitId, ids }, { library }) => ({ deleted: svc.deleteRelations(library.get(visitId), ids) }),

  'map.load': ({ visitId }, { library }) => {
    const handle = library.get(visitId);
    const stakeholders = svc.listStakeholders(handle);
    const used = [...new Set(stakeholders.flatMap((s) => s.policyAreas))];
    return { stakeholders, relations: svc.listRelations(handle), policyAreas: svc.listPolicyAreaNodes(handle, used), state: svc.getMapState(handle) };
  },
  'map.restore': ({ visitId, stakeholders, relations }, { library, clock }) => {
    const handle = library.get(visitId);
    // One transaction: a paste or an undo either fully happens or not at all.
    return handle.sqlite.transaction(() => ({
      stakeholders: svc.createStakeholders(handle, stakeholders, clock).length,
      relations: svc.createRelations(handle, relations, clock).length,
    }))();
  },
  'map.movePositions': ({ visitId, positions }, { library, clock }) => svc.movePositions(library.get(visitId), positions, clock),
  'map.saveState': ({ visitId, state }, { library, clock }) => svc.saveMapState(library.get(visitId), state, clock),
  'map.addPolicyArea': ({ visitId, id, x, y }, { library, clock }) => svc.addPolicyArea(library.get(visitId), id, x, y, clock),
  'map.removePolicyArea': ({ visitId, id }, { library }) => {
    svc.removePolicyArea(library.get(visitId), id);
    return { removed: true as const };
  },
  'map.snapshots.list': ({ visitId }, { library }) => svc.listSnapshots(library.get(visitId)),
  'map.snapshots.create': ({ visitId, name }, { library, clock }) => svc.createSnapshot(library.get(visitId), name, clock),
  'map.snapshots.delete': ({ visitId, id }, { library }) => {
    svc.deleteSnapshot(library.get(visitId), id);
    return { deleted: true as const };
  },
  'map.snapshots.compare': ({ visitId, fromId, toId }, { library }) => svc.compareSnapshots(library.get(visitId), fromId, toId),
  'map.figure': ({ visitId, anonymise, lang }, { library }) => ({ svg: buildMapSvg(library.get(visitId), { anonymise, lang }) }),
};
