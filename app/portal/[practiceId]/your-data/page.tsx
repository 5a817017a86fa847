import { Bell, ChevronRight, Download, LogOut } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { Button } from '@/app/_components/ui/button';
import { Card, CardDescription, CardTitle } from '@/app/_components/ui/card';
import { PageHeader } from '@/app/_components/ui/page';
import { signOutAction } from '@/app/(auth)/_actions/sign-out';
import { PortalPage } from '../portal-page';
import { DeletePrivateAnswers } from './delete-private-answers';

export const metadata: Metadata = { title: 'Your account' };

/** The You tab: email settings, a copy of your data, deleting private answers, and signing out. */
export default async function YourDataPage({ params }: { params: Promise<{ practiceId: string }> }) {
  const { practiceId } = await params;
  return (
    <PortalPage>
      <PageHeader title="Your account" description="Your emails, your data, and signing out." />
      <Link
        href={`/portal/${practiceId}/notifications`}
        className="flex min-h-16 items-center gap-3 rounded-lg border border-line bg-surface p-4 text-ink no-underline shadow-card hover:border-brand-300"
      >
        <span className="flex size-10 shrink-0 items-center justify-center rounded-full bg-brand-50 text-brand-700">
          <Bell aria-hidden className="size-5" />
        </span>
        <span className="min-w-0 flex-1">
          <span className="block font-semibold">Email notifications</span>
          <span className="block text-sm text-muted">
            Choose which reminders we send and when we stay quiet.
          </span>
        </span>
        <ChevronRight aria-hidden className="size-5 shrink-0 text-muted" />
      </Link>
      <Card aria-labelledby="download-heading">
        <CardTitle id="download-heading">Download a copy</CardTitle>
        <CardDescription className="mb-4 text-base text-ink">
          One file (JSON) with your answers, whoever could see them, the answers your partner shared with you,
          your homework, your sessions’ times and your email settings. Your partner’s private answers and your
          counselor’s notes are not in it.
        </CardDescription>
        <Button asChild variant="secondary" className="w-full sm:w-auto">
          <a href={`/portal/${practiceId}/your-data/download`} download>
            <Download aria-hidden />
            Download your data
          </a>
        </Button>
      </Card>
      <Card aria-labelledby="delete-heading">
        <CardTitle id="delete-heading">Delete your private answers</CardTitle>
        <CardDescription className="mb-4 text-base text-ink">
          Answers you marked <strong>Just me</strong> can be deleted for good, for example when you stop
          counseling. Answers you shared, answers you wrote together, your partner’s answers and your
          counselor’s records stay.
        </CardDescription>
        <DeletePrivateAnswers />
      </Card>
      {/* On a desk, Sign out sits in the header; a phone's header keeps its room for Quick exit. */}
      <form action={signOutAction} className="md:hidden">
        <Button type="submit" variant="secondary" className="w-full">
          <LogOut aria-hidden />
          Sign out
        </Button>
      </form>
    </PortalPage>
  );
}
