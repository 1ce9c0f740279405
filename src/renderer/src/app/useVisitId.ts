import { useParams } from 'react-router';

/** The open visit's id from the route (/visits/:visitId/…). */
export function useVisitId(): string {
  const { visitId } = useParams();
  if (!visitId) throw new Error('No visit in the route');
  return visitId;
}
