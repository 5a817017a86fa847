// The caseload: a table on a desk, labelled cards on a phone. Sortable columns are links (the sort
// lives in the URL); chips say what needs attention; each row links to the couple's digest.
import { ChartNoAxesColumnDecreasing, FileText, Minus, Split } from 'lucide-react';
import Link from 'next/link';
import { Badge, type BadgeTone } from '@/app/_components/ui/badge';
import { Button } from '@/app/_components/ui/button';
import { type Column, DataTable } from '@/app/_components/ui/data-table';
import type { RouterOutputs } from '@/app/_lib/router-types';
import { formatDay, formatInstant } from '@/app/_lib/session-time';
import type { TCaseloadSort } from '@/server/services/dashboard/caseload-sorts';
import { type DashboardQuery, dashboardHref, NATURAL_DIRECTION } from './dashboard-query';

type Row = RouterOutputs['dashboard']['caseload']['rows'][number];

const when = (date: Date | null, withTime: boolean, timeZone: string) =>
  date ? (
    <time dateTime={date.toISOString()}>
      {withTime ? formatInstant(date, timeZone) : formatDay(date, timeZone)}
    </time>
  ) : (
    <span className="text-muted">None</span>
  );

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const firstName = (name: string) => name.split(' ')[0] ?? name;

/** What needs attention about a couple, most urgent first. */
function StatusChips({ row }: { row: Row }) {
  type Chip = { shown: boolean; tone: BadgeTone; label: string };
  const chips = (
    [
      {
        shown: row.openSafetyFlags > 0,
        tone: 'danger',
        label: plural(row.openSafetyFlags, 'safety flag', 'safety flags'),
      },
      { shown: row.safetyHold, tone: 'danger', label: 'Safety hold' },
      {
        shown: row.overdue > 0,
        tone: 'warning',
        label: plural(row.overdue, 'overdue homework', 'overdue homework'),
      },
      {
        shown: row.unsignedNotes > 0,
        tone: 'warning',
        label: plural(row.unsignedNotes, 'unsigned note', 'unsigned notes'),
      },
      { shown: row.quiet, tone: 'accent', label: 'Quiet' },
      {
        shown: row.status !== 'active',
        tone: 'neutral',
        label: row.status === 'closed' ? 'Closed' : 'Paused',
      },
    ] satisfies Chip[]
  ).filter((chip) => chip.shown);
  return chips.length > 0 ? (
    <div className="mt-1.5 flex flex-wrap gap-1.5">
      {chips.map((chip) => (
        <Badge key={chip.label} tone={chip.tone}>
          {chip.label}
        </Badge>
      ))}
    </div>
  ) : null;
}

/** What the couple's measures say (both partners' answers, by the practice's thresholds), calmly worded. */
const MEASURE_ALERTS = [
  {
    key: 'allianceSplit',
    label: 'Alliance split',
    why: 'One partner feels the work suits them markedly less than the other does, or less than before.',
    tone: 'accent',
    icon: Split,
  },
  {
    key: 'worse',
    label: 'Worse',
    why: 'A partner’s scores have reliably worsened since their first answers.',
    tone: 'warning',
    icon: ChartNoAxesColumnDecreasing,
  },
  {
    key: 'notImproving',
    label: 'Not improving',
    why: 'A partner who started at or past a cut-off has not reliably improved yet.',
    tone: 'neutral',
    icon: Minus,
  },
] as const satisfies readonly {
  key: 'allianceSplit' | 'worse' | 'notImproving';
  label: string;
  why: string;
  tone: BadgeTone;
  icon: unknown;
}[];

function MeasureAlerts({ row }: { row: Row }) {
  const shown = MEASURE_ALERTS.filter((alert) => row[alert.key]);
  if (shown.length === 0) return null;
  return (
    <ul aria-label="Measure alerts" className="m-0 flex list-none flex-wrap gap-1.5 p-0">
      {shown.map(({ key, label, why, tone, icon: Icon }) => (
        <li key={key}>
          <Badge tone={tone}>
            <Icon aria-hidden />
            {label}
            <span className="sr-only">: {why}</span>
          </Badge>
        </li>
      ))}
    </ul>
  );
}

/** A figure per partner, by first name: "Robin 2 · Jordan 0". */
function PerPartner({ row, figure }: { row: Row; figure: 'overdue' | 'completedSinceLastSession' }) {
  return (
    <ul className="m-0 flex list-none flex-wrap gap-x-3 p-0">
      {row.partners.map((p) => (
        <li key={p.partnerId} className="whitespace-nowrap">
          <span className="text-muted">{firstName(p.name)}</span>{' '}
          <span
            className={figure === 'overdue' && p.overdue > 0 ? 'font-semibold text-warning-700' : undefined}
          >
            {p[figure]}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function CaseloadTable({
  rows,
  query,
  base,
  practiceId,
  timeZone,
  caption,
  showCounselor,
}: {
  rows: Row[];
  query: DashboardQuery;
  base: string;
  practiceId: string;
  /** The practice's zone: every time shown is read on its clock. */
  timeZone: string;
  caption: string;
  showCounselor: boolean;
}) {
  const sort = (key: TCaseloadSort): Column<Row>['sort'] => {
    const active = query.sort === key;
    const next = active ? (query.direction === 'asc' ? 'desc' : 'asc') : NATURAL_DIRECTION[key];
    return {
      href: dashboardHref(base, query, { sort: key, direction: next, page: 1 }),
      direction: active ? (query.direction === 'asc' ? 'ascending' : 'descending') : undefined,
    };
  };
  const columns: Column<Row>[] = [
    {
      key: 'couple',
      header: 'Couple',
      sort: sort('name'),
      className: 'min-w-56 max-md:pb-2 max-md:before:hidden',
      cell: (row) => (
        <>
          <Link
            id={`couple-${row.id}`}
            href={`/p/${practiceId}/couples/${row.id}`}
            className="font-semibold text-ink max-md:text-base"
          >
            {row.partners.map((p) => p.name).join(' & ')}
          </Link>
          <StatusChips row={row} />
        </>
      ),
    },
    {
      key: 'next',
      header: 'Next session',
      sort: sort('next-session'),
      cell: (row) => when(row.nextSessionAt, true, timeZone),
    },
    {
      key: 'last',
      header: 'Last session',
      sort: sort('last-session'),
      cell: (row) => when(row.lastSessionAt, true, timeZone),
    },
    {
      key: 'homework',
      header: 'Homework due',
      cell: (row) => row.homeworkDue,
    },
    {
      key: 'overdue',
      header: 'Overdue',
      sort: sort('overdue'),
      cell: (row) => <PerPartner row={row} figure="overdue" />,
    },
    {
      key: 'sent',
      header: 'Sent since last session',
      cell: (row) => <PerPartner row={row} figure="completedSinceLastSession" />,
    },
    {
      key: 'measures',
      header: 'Measures',
      // Nothing to say on a phone's card when there is no alert.
      className: 'max-md:empty:hidden',
      cell: (row) => <MeasureAlerts row={row} />,
    },
    {
      key: 'activity',
      header: 'Last activity',
      sort: sort('last-activity'),
      cell: (row) => when(row.lastActivityAt, false, timeZone),
    },
    ...(showCounselor
      ? [{ key: 'counselor', header: 'Counselor', cell: (row: Row) => row.counselorName }]
      : []),
    {
      key: 'digest',
      header: 'Before the session',
      className: 'max-md:pt-3 max-md:before:hidden',
      cell: (row) => (
        // Described by the couple's name, so the link's own name stays short and unique.
        <Button asChild variant="secondary" size="sm" className="max-md:w-full">
          <Link href={`/p/${practiceId}/caseload/digest/${row.id}`} aria-describedby={`couple-${row.id}`}>
            <FileText aria-hidden />
            Digest
          </Link>
        </Button>
      ),
    },
  ];
  return <DataTable caption={caption} columns={columns} rows={rows} rowKey={(row) => row.id} />;
}
