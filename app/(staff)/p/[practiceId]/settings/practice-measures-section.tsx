// The practice's own measures in settings: each active or retired, how many questions, how many
// couples are asked it, and what may still be done with it.
import { ClipboardList, Plus } from 'lucide-react';
import Link from 'next/link';
import { Badge } from '@/app/_components/ui/badge';
import { Button } from '@/app/_components/ui/button';
import { Card, CardDescription, CardTitle } from '@/app/_components/ui/card';
import { EmptyState } from '@/app/_components/ui/empty-state';
import type { RouterOutputs } from '@/app/_lib/router-types';
import { RetireMeasureButton } from './retire-measure-button';
import { SECTION_CLASS } from './settings-sections';

type PracticeMeasure = RouterOutputs['practiceMeasures']['find'][number];

const couplesText = (n: number) =>
  n === 0 ? 'Not asked of any couple' : n === 1 ? 'Asked of 1 couple' : `Asked of ${n} couples`;

export function PracticeMeasuresSection({
  practiceId,
  measures,
}: {
  practiceId: string;
  measures: PracticeMeasure[];
}) {
  return (
    <Card id="measures" aria-labelledby="measures-heading" className={SECTION_CLASS}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <CardTitle id="measures-heading">Measures</CardTitle>
          <CardDescription className="mb-4">
            Questionnaires your practice is licensed to use, beside the built-in ones (PHQ-9, GAD-7, session
            feedback and the nine-behavior pulse). Ninefold ships no copyrighted questions: enter only what
            your licence allows.
          </CardDescription>
        </div>
        <Button asChild variant="secondary">
          <Link href={`/p/${practiceId}/settings/measures/new`}>
            <Plus aria-hidden />
            Add a measure
          </Link>
        </Button>
      </div>
      {measures.length === 0 ? (
        <EmptyState icon={ClipboardList} title="No measures of your own yet">
          <p>Add one, and counselors can ask it of a couple from the couple’s Measures tab.</p>
        </EmptyState>
      ) : (
        <ul className="m-0 flex list-none flex-col divide-y divide-line p-0">
          {measures.map((m) => (
            <li key={m.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <div className="min-w-0">
                <p className="m-0 flex flex-wrap items-center gap-2 font-semibold">
                  {m.title}
                  <Badge tone={m.retiredAt ? 'neutral' : 'success'}>
                    {m.retiredAt ? 'Retired' : 'Active'}
                  </Badge>
                </p>
                <p className="m-0 text-sm text-muted">
                  {m.questions === 1 ? '1 question' : `${m.questions} questions`} · {couplesText(m.couples)}
                  {m.answered ? ' · answered, so its questions are sealed' : ''}
                </p>
              </div>
              <div className="flex flex-wrap items-center gap-2">
                {!m.answered && !m.retiredAt ? (
                  <Button asChild variant="secondary" size="sm">
                    <Link href={`/p/${practiceId}/settings/measures/${m.id}`}>
                      Edit<span className="sr-only"> {m.title}</span>
                    </Link>
                  </Button>
                ) : null}
                {m.retiredAt ? null : <RetireMeasureButton id={m.id} title={m.title} />}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
