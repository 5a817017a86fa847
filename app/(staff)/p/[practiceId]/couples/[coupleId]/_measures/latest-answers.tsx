// Each partner's latest answer to every question of a measure, behind a disclosure: which items
// drive a score (and PHQ-9 item 9, whatever the total).
import type { ChartPerson } from '@/app/_components/homework/progress/progress-types';
import { DataTable } from '@/app/_components/ui/data-table';
import { formatDay } from '@/app/_lib/session-time';
import type { MeasureDefinition } from '@/server/services/measures/measure-definition';
import type { TMeasureView } from './measure-words';

type Item = MeasureDefinition['items'][number] & { number: number };

export function LatestAnswers({
  definition,
  view,
  people,
  timeZone,
}: {
  definition: MeasureDefinition;
  view: TMeasureView;
  people: ChartPerson[];
  timeZone: string;
}) {
  const labelOf = (value: number | undefined) =>
    value === undefined ? '–' : (definition.choices.find((c) => c.value === value)?.label ?? String(value));
  const columns = [
    {
      key: 'question',
      header: 'Question',
      cell: (item: Item) =>
        `${item.number}. ${item.text}${item.id === definition.safetyItem ? ' (safety item)' : ''}`,
    },
    ...people.map((person) => {
      const latest = view.latestAnswers.find((a) => a.partnerId === person.id);
      return {
        key: person.id,
        header: latest ? `${person.name} (${formatDay(latest.submittedAt, timeZone)})` : person.name,
        cell: (item: Item) => labelOf(latest?.answers[item.id]),
      };
    }),
  ];
  return (
    <details className="rounded-md border border-line px-3 py-2">
      <summary className="cursor-pointer text-sm font-semibold text-brand-700">
        Latest answers, question by question
      </summary>
      <DataTable
        className="mt-2"
        caption={`${definition.title}: each partner’s latest answer to each question`}
        rowKey={(item) => item.id}
        rows={definition.items.map((item, i) => ({ ...item, number: i + 1 }))}
        columns={columns}
      />
    </details>
  );
}
