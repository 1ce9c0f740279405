import '@xyflow/react/dist/style.css';
import { ReactFlowProvider } from '@xyflow/react';
import { useVisitId } from '../../app/useVisitId';
import { MapWorkspace } from './MapWorkspace';

/** The stakeholder map section of a visit. */
export function MapPage() {
  const visitId = useVisitId();
  return (
    <ReactFlowProvider>
      <MapWorkspace key={visitId} visitId={visitId} />
    </ReactFlowProvider>
  );
}
