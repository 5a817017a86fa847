// The counselor's session observations laid beside the check-ins: per behavior, the level seen in
// each session within the period, dated in the practice's time zone so it lands in the right week.
import { type Behavior, behavior } from '@/db/schema';
import type { TObservationLevel } from '@/server/services/notes/note-shape';
import { calendarDateIn } from '@/server/services/practices/time-zone';
import { isoWeekStart } from './weekly-averages';

type SessionObservations = { startsAt: Date; observations: Record<Behavior, TObservationLevel> };
type ObservedLevel = { on: string; weekOf: string; level: TObservationLevel };

export function observationSeries(
  sessions: SessionObservations[],
  timeZone: string,
  from: string,
): Record<Behavior, ObservedLevel[]> {
  const dated = sessions
    .map((s) => ({ on: calendarDateIn(s.startsAt, timeZone), observations: s.observations }))
    .filter((s) => s.on >= from)
    .sort((a, b) => a.on.localeCompare(b.on));
  return Object.fromEntries(
    behavior.enumValues.map((b) => [
      b,
      dated.map((s) => ({ on: s.on, weekOf: isoWeekStart(s.on), level: s.observations[b] })),
    ]),
  ) as Record<Behavior, ObservedLevel[]>;
}
