import { GapCell } from '@/app/_components/homework/gap-cell';
import { compactTable } from '@/app/_components/ui/compact-table';
import { behaviorName, CHECK_IN_SCALE_MEANING } from '@/app/_lib/homework-labels';
import type { THomeworkPartner, THomeworkSlot } from '@/app/_lib/router-types';
import type { Behavior } from '@/db/schema';
import { isPerceptionGap, PERCEPTION_GAP } from '@/server/services/homework/progress/perception-gap';

type Ratings = { behavior: Behavior; self: number; partner: number }[];

function ratingsOf(slots: THomeworkSlot[], partnerId: string | undefined): Ratings | null {
  const answer = slots.find((s) => s.partnerId === partnerId)?.answer;
  return answer?.kind === 'check-in-scale' ? answer.ratings : null;
}

/**
 * Check-in ratings, one table per person rated: how they rated themselves beside how their
 * partner rated them, with differences of two or more marked as a perception gap.
 */
export function CheckInGaps({
  behaviors,
  partners,
  slots,
}: {
  behaviors: Behavior[];
  partners: THomeworkPartner[];
  slots: THomeworkSlot[];
}) {
  const tables = partners.map((person) => {
    const other = partners.find((p) => p.id !== person.id);
    const own = ratingsOf(slots, person.id);
    const theirs = ratingsOf(slots, other?.id);
    const rows = behaviors.map((behavior) => {
      const self = own?.find((r) => r.behavior === behavior)?.self;
      const seen = theirs?.find((r) => r.behavior === behavior)?.partner;
      const gap = self !== undefined && seen !== undefined ? Math.abs(self - seen) : undefined;
      return { behavior, self, seen, gap };
    });
    return { person, other, rows, hasData: Boolean(own || theirs) };
  });
  const shown = tables.filter((t) => t.hasData);
  if (shown.length === 0) return null;
  return (
    <div className="mt-4 flex flex-col gap-4">
      <p className="m-0 text-sm text-muted">
        {CHECK_IN_SCALE_MEANING} “Self” is how each partner rated themselves, beside how the other rated them.
        A gap of {PERCEPTION_GAP} or more is marked as a perception gap.
      </p>
      {shown.map(({ person, other, rows }) => (
        <div key={person.id} className="overflow-x-auto">
          <table className={compactTable}>
            <caption>
              How {person.displayName} did
              <span className="sr-only">
                : {person.displayName}’s own rating beside{' '}
                {other ? `${other.displayName}’s` : 'their partner’s'} rating
              </span>
            </caption>
            <thead>
              <tr>
                <th scope="col">Behavior</th>
                <th scope="col">
                  Self<span className="sr-only"> ({person.displayName})</span>
                </th>
                <th scope="col">{other ? other.displayName.split(' ')[0] : 'Partner'}</th>
                <th scope="col">Gap</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.behavior} className={isPerceptionGap(row.gap) ? 'bg-danger-50' : undefined}>
                  <th scope="row">{behaviorName(row.behavior)}</th>
                  <td>{row.self ?? '–'}</td>
                  <td>{row.seen ?? '–'}</td>
                  <GapCell gap={row.gap} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </div>
  );
}
