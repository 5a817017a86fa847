// Each partner's latest answer to every question of a measure, behind a disclosure: which items
// drive a score (and PHQ-9 item 9, whatever the total).
import type { ChartPerson } from '@/app/_components/homework/progress/progress-types';
import { formatDay } from '@/app/_lib/session-time';
import type { MeasureDefinition } from '@/server/services/measures/measure-definition';
import type { TMeasureView } from './measure-words';

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
  const latest = people.map((person) => view.latestAnswers.find((a) => a.partnerId === person.id));
  const labelOf = (value: number | undefined) =>
    value === undefined ? '–' : (definition.choices.find((c) => c.value === value)?.label ?? String(value));
  return (
    <details className="rounded-md border border-line px-3 py-2">
      <summary className="cursor-pointer text-sm font-semibold text-brand-700">
        Latest answers, question by question
      </summary>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">
            {definition.title}: each partner’s latest answer to each question
          </caption>
          <thead>
            <tr>
              <th
                scope="col"
                className="border-b border-line py-1.5 pr-2 text-left text-xs font-semibold text-muted"
              >
                Question
              </th>
              {people.map((person, i) => (
                <th
                  key={person.id}
                  scope="col"
                  className="border-b border-line px-2 py-1.5 text-left text-xs font-semibold text-muted"
                >
                  {person.name}
                  {latest[i] ? ` (${formatDay(latest[i].submittedAt, timeZone)})` : ''}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {definition.items.map((item, index) => (
              <tr key={item.id} className={item.id === definition.safetyItem ? 'bg-danger-50' : undefined}>
                <th scope="row" className="border-b border-line py-1.5 pr-2 text-left font-normal">
                  {index + 1}. {item.text}
                </th>
                {latest.map((answer, i) => (
                  <td key={people[i]?.id} className="border-b border-line px-2 py-1.5">
                    {labelOf(answer?.answers[item.id])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
