import { CircleCheck, Lock } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { PageHeader } from '@/app/_components/ui/page';
import { loadOrRedirect, serverApi } from '@/app/_lib/server-api';
import { ZMeasureSlug } from '@/server/services/measures/catalogue';
import { PortalPage } from '../../portal-page';
import { minutesFor } from '../../questionnaires-due';
import { MeasureForm } from './measure-form';

export const metadata: Metadata = { title: 'Quick questions' };

export default async function QuestionnairePage({
  params,
}: {
  params: Promise<{ practiceId: string; measure: string }>;
}) {
  const { practiceId, measure: slug } = await params;
  const parsed = ZMeasureSlug.safeParse(slug);
  if (!parsed.success) notFound();
  const api = await serverApi(practiceId);
  // A measure this partner may not read (another practice's, or not asked of them) is not found.
  const [due, resources, measure] = await loadOrRedirect(() =>
    Promise.all([
      api.measures.myDue(),
      api.safety.resources(),
      api.measures.questionnaire({ measure: parsed.data }).catch(() => null),
    ]),
  );
  if (!measure) notFound();
  const occasion = due.find((item) => item.measure === measure.slug);
  const next = due.find((item) => item.measure !== measure.slug);
  return (
    <PortalPage>
      <PageHeader
        title={measure.clientTitle}
        description={`${measure.items.length} questions · about ${minutesFor(measure.items.length)} min`}
      />
      {occasion ? (
        <>
          <div className="flex gap-3 rounded-lg border border-brand-200 bg-brand-50 p-4 text-brand-900">
            <Lock aria-hidden className="mt-0.5 size-5 shrink-0 text-brand-700" />
            <p className="m-0">
              Only you and your counselor see your answers. Your partner is never shown them or told whether
              you answered.
            </p>
          </div>
          <MeasureForm
            // A new form for each questionnaire: "Next" keeps this page mounted, with the last one's state.
            key={`${measure.slug}-${occasion.sessionId}`}
            practiceId={practiceId}
            sessionId={occasion.sessionId}
            measure={{
              slug: measure.slug,
              instructions: measure.instructions,
              items: measure.items,
              choices: measure.choices,
              choiceLayout: measure.choiceLayout ?? 'list',
              safetyItem: measure.safetyItem,
            }}
            crisisLines={resources.lines}
            next={
              next
                ? { href: `/portal/${practiceId}/questionnaires/${next.measure}`, title: next.title }
                : null
            }
          />
          <p className="m-0 text-xs text-muted">{measure.licence}</p>
        </>
      ) : (
        <EmptyState icon={CircleCheck} title="Nothing to answer here right now">
          <p>
            You have answered this one, or your counselor has not asked for it yet.{' '}
            <Link href={`/portal/${practiceId}`}>Back to this week</Link>
          </p>
        </EmptyState>
      )}
    </PortalPage>
  );
}
