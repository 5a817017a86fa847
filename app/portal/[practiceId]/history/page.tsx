import { ChevronRight, CircleCheckBig } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { Button } from '@/app/_components/ui/button';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { PageHeader } from '@/app/_components/ui/page';
import { KIND_LABELS } from '@/app/_lib/homework-labels';
import { loadOrRedirect, serverApi } from '@/app/_lib/server-api';
import { BEHAVIOR_LABELS } from '@/server/services/homework/behavior-labels';
import { PortalPage } from '../portal-page';

export const metadata: Metadata = { title: 'Done' };

export default async function PortalHistoryPage({ params }: { params: Promise<{ practiceId: string }> }) {
  const { practiceId } = await params;
  const api = await serverApi(practiceId);
  const history = await loadOrRedirect(() => api.portal.homework.history({}));
  return (
    <PortalPage>
      <PageHeader
        title="Done"
        description="Homework you have sent, newest first, with your counselor’s words."
      />
      {history.items.length === 0 ? (
        <EmptyState
          icon={CircleCheckBig}
          title="Nothing sent yet"
          action={
            <Button asChild variant="secondary">
              <Link href={`/portal/${practiceId}`}>See this week</Link>
            </Button>
          }
        >
          <p>Homework you finish appears here, so you can read it again.</p>
        </EmptyState>
      ) : (
        <ul aria-label="Done" className="m-0 grid list-none gap-3 p-0">
          {history.items.map((item) => (
            <li
              key={item.id}
              className="relative rounded-lg border border-line bg-surface p-4 shadow-card transition-colors hover:border-brand-300 has-[a:focus-visible]:outline-3 has-[a:focus-visible]:outline-focus"
            >
              <div className="flex items-start gap-3">
                <div className="min-w-0 flex-1">
                  <h2 className="m-0 text-base font-semibold">
                    <Link
                      href={`/portal/${practiceId}/homework/${item.id}`}
                      className="text-ink no-underline after:absolute after:inset-0 after:rounded-lg focus-visible:outline-none"
                    >
                      {item.title}
                    </Link>
                  </h2>
                  <p className="m-0 mt-0.5 text-sm text-muted">
                    {BEHAVIOR_LABELS[item.behavior].name} · {KIND_LABELS[item.kind]} · sent{' '}
                    {item.submittedAt.toLocaleDateString('en-GB', { day: 'numeric', month: 'short' })}
                  </p>
                </div>
                <ChevronRight aria-hidden className="mt-0.5 size-5 shrink-0 text-muted" />
              </div>
              {item.reviewComment ? (
                <blockquote className="m-0 mt-3 rounded-md border-l-4 border-brand-300 bg-brand-50 px-3 py-2 text-sm">
                  <span className="font-semibold">Your counselor:</span> {item.reviewComment}
                </blockquote>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </PortalPage>
  );
}
