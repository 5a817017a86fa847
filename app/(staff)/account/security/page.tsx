import type { Metadata } from 'next';
import Link from 'next/link';
import { SignOutButton } from '../../../_components/sign-out-button';
import { homePath } from '../../../_lib/home-path';
import { loadOrRedirect, serverApi } from '../../../_lib/server-api';
import { ApiProvider } from '../../../_lib/trpc-client';
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
  const mustSetUp = !status.enabled && status.requiredBy.length > 0;
  return (
    <>
      <header className="site-header">
        <div className="bar">
          <Link className="brand" href={back ? homePath(back.practiceId, back.role) : '/home'}>
            Ninefold{back ? <span> · {back.name}</span> : null}
          </Link>
          {back && !mustSetUp ? (
            <Link href={homePath(back.practiceId, back.role)}>Back to {back.name}</Link>
          ) : null}
          <SignOutButton />
        </div>
      </header>
      <main id="main" className="narrow">
        <h1>Account security</h1>
        {mustSetUp ? (
          <p className="alert alert-warn">
            {status.requiredBy.map((p) => p.name).join(', ')}{' '}
            {status.requiredBy.length === 1 ? 'requires' : 'require'} two-factor sign-in. Set it up below to
            continue to your work.
          </p>
        ) : null}
        <section className="card" aria-labelledby="two-factor-heading">
          <h2 id="two-factor-heading">Two-factor sign-in</h2>
          <p>
            After your password, Ninefold asks for a six-digit code from an authenticator app on your phone
            (such as Google Authenticator, Microsoft Authenticator, 1Password or Authy), so a stolen password
            alone cannot open your clients’ records.
          </p>
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
                    <Link href="/home">Continue to your work</Link>
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
        </section>
      </main>
    </>
  );
}
