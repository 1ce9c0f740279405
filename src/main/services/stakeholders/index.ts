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
