/** Stakeholder map service: records, relations, canvas state, snapshots. Other areas import from here. */
export {
  listStakeholders,
  getStakeholder,
  createStakeholder,
  createStakeholders,
  updateStakeholder,
  deleteStakeholder,
  deleteStakeholders,
  parseStakeholder,
} from './records';
export { listRelations, getRelation, createRelation, createRelations, updateRelation, deleteRelation, deleteRelations } from './relations';
export { getMapState, saveMapState, listPolicyAreaNodes, addPolicyArea, removePolicyArea, movePositions, listSnapshots, createSnapshot, deleteSnapshot, compareSnapshots } from './canvas';
export type { PolicyAreaNode } from './canvas';
