import { ChartLine, Lock } from 'lucide-react';
import type { Metadata } from 'next';
import { chartPeople } from '@/app/_components/homework/progress/chart-series';
import { Alert } from '@/app/_components/ui/alert';
import { Badge } from '@/app/_components/ui/badge';
import { Card, CardDescription, CardHeader, CardTitle } from '@/app/_components/ui/card';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { loadOrRedirect, serverApi } from '@/app/_lib/server-api';
import { LatestAnswers } from '../_measures/latest-answers';
import { MeasureChart } from '../_measures/measure-chart';
import { MeasureSummary } from '../_measures/measure-summary';
import { alertText, scheduleLabel } from '../_measures/measure-words';
import { ScheduleForm } from './schedule-form';

export const metadata: Metadata = { title: 'Measures' };

export default async function CoupleMeasuresPage({
  params,
}: {
  params: Promise<{ practiceId: string; coupleId: string }>;
}) {
  const { practiceId, coupleId } = await params;
  const api = await serverApi(practiceId);
  const [practice, data] = await loadOrRedirect(() =>
    Promise.all([api.practice.current(), api.measures.forCouple({ coupleId })]),
  );
  const people = chartPeople(data.partners.map((p) => ({ id: p.id, displayName: p.name })));
  const nameOf = (partnerId: string) => people.find((p) => p.id === partnerId)?.name ?? 'A partner';
  // Measures with neither a schedule nor answers; the others have a card of their own.
  const addable = data.addable;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h2 className="m-0">Measures</h2>
        <p className="mt-1 mb-0 flex max-w-prose gap-2 text-sm text-muted">
          <Lock aria-hidden className="mt-0.5 size-4 shrink-0" />
          Each partner answers on their own; the other partner never sees their answers or scores. Reading
          them here is recorded in the audit log.
        </p>
      </div>

      {data.alerts.length > 0 ? (
        <section aria-labelledby="alerts-heading" className="flex flex-col gap-2">
          <h3 id="alerts-heading" className="sr-only">
            What needs your attention
          </h3>
          {data.alerts.map((alert) => {
            const words = alertText(alert, nameOf, data);
            return (
              <Alert
                key={`${alert.kind}-${alert.partnerId}-${'measure' in alert ? alert.measure : ''}`}
                tone="warning"
                title={words.title}
              >
                <p>{words.body}</p>
              </Alert>
            );
          })}
        </section>
      ) : null}

      {data.measures.length === 0 ? (
        <EmptyState icon={ChartLine} title="No measures yet">
          <p>
            Choose below what each partner is asked and when: the portal asks them, and their scores appear
            here side by side.
          </p>
        </EmptyState>
      ) : null}

      {data.measures.map((view) => {
        const definition = view.definition;
        return (
          <Card key={view.measure} aria-labelledby={`measure-${view.measure}`}>
            <CardHeader>
              <CardTitle as="h3" id={`measure-${view.measure}`}>
                {definition.title}
                {definition.retired ? (
                  <Badge tone="neutral" className="ml-2 align-middle">
                    Retired
                  </Badge>
                ) : null}
              </CardTitle>
              <CardDescription>
                {view.schedule
                  ? `Asked: ${scheduleLabel(view.schedule)}.`
                  : 'No longer asked; earlier answers stay.'}
                {definition.reliableChange !== null
                  ? ` Reliable change: ${definition.reliableChange} ${definition.scoring === 'sum' ? 'points' : 'point on the mean'}.`
                  : ''}
              </CardDescription>
            </CardHeader>
            <div className="flex flex-col gap-5">
              {view.occasions.length > 0 ? (
                // The chart beside the numbers on a desk; one above the other on a phone.
                <div className="grid gap-5 lg:grid-cols-2 lg:items-start">
                  <MeasureChart
                    definition={definition}
                    view={view}
                    people={people}
                    timeZone={practice.timeZone}
                  />
                  <div className="flex min-w-0 flex-col gap-4">
                    <MeasureSummary definition={definition} view={view} people={people} />
                    <LatestAnswers
                      definition={definition}
                      view={view}
                      people={people}
                      timeZone={practice.timeZone}
                    />
                  </div>
                </div>
              ) : (
                <p className="m-0 text-sm text-muted">No answers yet.</p>
              )}
              <ScheduleForm
                coupleId={coupleId}
                measure={view.measure}
                title={definition.title}
                current={view.schedule}
              />
              <p className="m-0 text-xs text-muted">{definition.licence}</p>
            </div>
          </Card>
        );
      })}

      {addable.length > 0 ? (
        <Card aria-labelledby="add-measure-heading">
          <CardHeader>
            <CardTitle as="h3" id="add-measure-heading">
              Ask another questionnaire
            </CardTitle>
            <CardDescription>
              PHQ-9 and GAD-7 screen each partner’s mood and anxiety; session feedback asks how the therapy is
              working for each of them, and warns you of an alliance split; the nine-behavior pulse has each
              rate themself and the other on the nine behaviors, and feeds the Progress tab. Measures your
              practice added are marked as its own.
            </CardDescription>
          </CardHeader>
          <div className="flex flex-col gap-4">
            {addable.map(({ measure: slug, title, own }) => (
              <section key={slug} aria-labelledby={`add-${slug}`}>
                <h4 id={`add-${slug}`} className="m-0 mb-2 text-base font-semibold">
                  {title}
                  {own ? (
                    <Badge tone="brand" className="ml-2 align-middle">
                      Practice measure
                    </Badge>
                  ) : null}
                </h4>
                <ScheduleForm coupleId={coupleId} measure={slug} title={title} current={null} />
              </section>
            ))}
          </div>
        </Card>
      ) : null}
    </div>
  );
}
