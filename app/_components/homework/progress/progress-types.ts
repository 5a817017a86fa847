// The progress procedures' results, and the partners as the charts draw them.

import type { MarkerShape } from '@/app/_components/ui/chart/marker';
import type { RouterOutputs } from '@/app/_lib/router-types';
import type { TObservationLevel } from '@/server/services/notes/note-shape';

export type TStaffProgress = RouterOutputs['homework']['progress'];
export type TPortalProgress = RouterOutputs['portal']['progress'];
export type TProgress = TStaffProgress | TPortalProgress;
export type TBehaviorProgress = TProgress['behaviors'][number];
export type TRatingWeek = TBehaviorProgress['ratings'][number]['weeks'][number];
export type TObserved = { on: string; weekOf: string; level: TObservationLevel }[];

/** A partner as the charts show them: colour and shape (and stripes for bars) never change. */
export type ChartPerson = {
  id: string;
  /** "Alex", or "You" in the partner's own view. */
  name: string;
  /** "Alex’s", or "Your". */
  possessive: string;
  /** "Alex", or "you", after a verb. */
  object: string;
  color: string;
  marker: MarkerShape;
  striped: boolean;
};
