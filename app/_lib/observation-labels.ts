// Screen words for the levels a counselor records per behavior in a session note.
import type { TObservationLevel } from '@/server/services/notes/note-shape';

export const OBSERVATION_LEVEL_LABELS: Record<TObservationLevel, string> = {
  'not-observed': 'Not observed',
  emerging: 'Emerging',
  present: 'Present',
  strong: 'Strong',
};
