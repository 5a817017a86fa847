import { ArrowLeft, Copy, Pencil } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ExerciseDetails } from '@/app/_components/homework/exercise-details';
import { ExerciseMeta } from '@/app/_components/homework/exercise-meta';
import { Badge } from '@/app/_components/ui/badge';
import { Button } from '@/app/_components/ui/button';
import { Card } from '@/app/_components/ui/card';
import { Page, PageHeader } from '@/app/_components/ui/page';
import { isUuid } from '@/app/_lib/is-uuid';
import { loadOrRedirect, serverApi } from '@/app/_lib/server-api';
import { ArchiveExerciseButton } from './archive-exercise-button';

export const metadata: Metadata = { title: 'Exercise' };

export default async function ExercisePage({
  params,
}: {
  params: Promise<{ practiceId: string; source: string; exerciseId: string }>;
}) {
  const { practiceId, source, exerciseId } = await params;
  if ((source !== 'library' && source !== 'practice') || !isUuid(exerciseId)) notFound();
  const api = await serverApi(practiceId);
  const exercise = await loadOrRedirect(() => api.exercises.get({ source, exerciseId }));
  const { content } = exercise;
  const base = `/p/${practiceId}/exercises`;
  return (
    <Page>
      <PageHeader
        back={
          <Link href={base} className="inline-flex items-center gap-1 no-underline hover:underline">
            <ArrowLeft aria-hidden className="size-4" />
            Exercises
          </Link>
        }
        title={content.title}
        description={
          <p className="flex flex-wrap items-center gap-2">
            <Badge tone={source === 'library' ? 'neutral' : 'accent'}>
              {source === 'library' ? 'Ninefold library' : 'Your practice'}
            </Badge>
            <span>{source === 'library' ? 'From the Ninefold library.' : 'Written by your practice.'}</span>
          </p>
        }
        actions={
          source === 'library' ? (
            <Button asChild>
              <Link href={`${base}/new?copy=${exercise.id}`}>
                <Copy aria-hidden />
                Copy and edit
              </Link>
            </Button>
          ) : (
            <>
              <Button asChild>
                <Link href={`${base}/practice/${exercise.id}/edit`}>
                  <Pencil aria-hidden />
                  Edit
                </Link>
              </Button>
              <ArchiveExerciseButton exerciseId={exercise.id} title={content.title} />
            </>
          )
        }
      />
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <Card>
          <p className="m-0 mb-6 text-lg text-ink">{content.summary}</p>
          <ExerciseDetails content={content} />
        </Card>
        <aside className="flex flex-col gap-3 rounded-lg border border-line bg-surface p-5 text-sm">
          <h2 className="m-0 text-base">At a glance</h2>
          <ExerciseMeta content={content} />
          <p className="m-0 text-muted">
            {source === 'library'
              ? 'Copying makes your practice’s own version; the library exercise stays as it is.'
              : 'Changes apply to homework you assign from now on; homework already given keeps its wording.'}
          </p>
        </aside>
      </div>
    </Page>
  );
}
