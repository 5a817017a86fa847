import { ArrowLeft, ShieldCheck } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/app/_components/ui/alert';
import { Button } from '@/app/_components/ui/button';
import { Card, CardHeader, CardTitle } from '@/app/_components/ui/card';
import { Page, PageHeader } from '@/app/_components/ui/page';
import { homePath } from '@/app/_lib/home-path';
import { loadOrRedirect, serverApi } from '@/app/_lib/server-api';
import { ApiProvider } from '@/app/_lib/trpc-client';
import { StaffHeader } from '@/app/(staff)/_shell/staff-header';
import { DisableTwoFactor } from './disable-two-factor';
import { RegenerateRecoveryCodes } from './regenerate-recovery-codes';
import { TwoFactorSetup } from './two-factor-setup';

export const metadata: Metadata = { title: 'Account security' };

const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

/**
 * A staff member's own sign-in security. It belongs to no practice, so it stays open while a
 * practice that requires two-factor sign-in refuses everything else until it is set up.
 */
export default async function AccountSecurityPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { practice: from } = await searchParams;
  const api = await serverApi();
  const [status, mine] = await loadOrRedirect(() =>
    Promise.all([api.account.twoFactor.status(), api.practice.mine()]),
  );
  const back = mine.find((p) => p.practiceId === from && p.role !== 'client');
  const staffPractices = mine.filter((p) => p.role !== 'client');
  const mustSetUp = !status.enabled && status.requiredBy.length > 0;
  const me = mustSetUp ? null : await nameIn(back ?? staffPractices[0]);
  return (
    <>
      <StaffHeader
        me={me ?? undefined}
        practice={
          back && !mustSetUp
            ? { id: back.practiceId, isAdmin: back.role === 'owner' || back.role === 'admin' }
            : undefined
        }
        practices={staffPractices}
        homeHref={back ? homePath(back.practiceId, back.role) : '/home'}
      />
      <Page className="max-w-3xl">
        <PageHeader
          title="Account security"
          description="How you sign in to Ninefold, in every practice you belong to."
          back={
            back && !mustSetUp ? (
              <Link href={homePath(back.practiceId, back.role)} className="inline-flex items-center gap-1">
                <ArrowLeft aria-hidden className="size-4" />
                Back to {back.name}
              </Link>
            ) : undefined
          }
        />
        {mustSetUp ? (
          <Alert tone="warning" className="mb-6">
            <p>
              {status.requiredBy.map((p) => p.name).join(', ')}{' '}
              {status.requiredBy.length === 1 ? 'requires' : 'require'} two-factor sign-in. Set it up below to
              continue to your work.
            </p>
          </Alert>
        ) : null}
        <Card aria-labelledby="two-factor-heading">
          <CardHeader className="flex-nowrap items-center justify-start gap-3">
            <span className="flex size-10 shrink-0 items-center justify-center rounded-full bg-brand-50 text-brand-700">
              <ShieldCheck aria-hidden className="size-5" />
            </span>
            <CardTitle id="two-factor-heading">Two-factor sign-in</CardTitle>
          </CardHeader>
          <p className="m-0 mb-4 text-muted">
            After your password, Ninefold asks for a six-digit code from an authenticator app on your phone
            (such as Google Authenticator, Microsoft Authenticator, 1Password or Authy), so a stolen password
            alone cannot open your clients’ records.
          </p>
          <div className="flex flex-col gap-4 [&>p]:m-0">
            <ApiProvider>
              {status.enabled && status.enabledAt ? (
                <>
                  <p>
                    <strong>On</strong> since {dateFormat.format(status.enabledAt)}. You have{' '}
                    {status.recoveryCodesLeft} unused recovery{' '}
                    {status.recoveryCodesLeft === 1 ? 'code' : 'codes'}.
                  </p>
                  {status.requiredBy.length > 0 ? (
                    <p>
                      <Button asChild>
                        <Link href="/home">Continue to your work</Link>
                      </Button>
                    </p>
                  ) : null}
                  <RegenerateRecoveryCodes />
                  <TwoFactorSetup replacing />
                  <DisableTwoFactor requiredBy={status.requiredBy.map((p) => p.name)} />
                </>
              ) : (
                <TwoFactorSetup replacing={false} />
              )}
            </ApiProvider>
          </div>
        </Card>
      </Page>
    </>
  );
}

/** The person's name, as the practice knows it, for the account menu (none if it cannot say). */
async function nameIn(practice: { practiceId: string } | undefined) {
  if (!practice) return null;
  const current = await (await serverApi(practice.practiceId)).practice.current().catch(() => null);
  return current ? { name: current.me.name } : null;
}
