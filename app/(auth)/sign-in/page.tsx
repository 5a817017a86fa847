import type { Metadata } from 'next';
import Link from 'next/link';
import { DEMO_PASSWORD, DEMO_PRACTICES, demoClientEmail } from '../../../db/demo-data';
import { env } from '../../../server/env';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const params = await searchParams;
  const showDemo = env().mode !== 'production';
  return (
    <main id="main" className="narrow">
      <h1>Sign in to Ninefold</h1>
      {params['signed-out'] ? <p className="alert alert-success">You are signed out.</p> : null}
      <p className="muted">For counselors and practice staff.</p>
      <SignInForm />
      <p>
        Are you a client? <Link href="/sign-in/link">Get a sign-in link by email</Link>.
      </p>
      <p>
        New practice? <Link href="/sign-up">Create your practice</Link>.
      </p>
      {showDemo ? <DemoLogins /> : null}
    </main>
  );
}

function DemoLogins() {
  return (
    <section className="card" aria-labelledby="demo-logins">
      <h2 id="demo-logins">Demo logins</h2>
      <p className="muted">
        Staff password for every demo account: <code>{DEMO_PASSWORD}</code>. Clients sign in by link; read it
        at <Link href="/dev/mailbox">the dev mailbox</Link>.
      </p>
      {DEMO_PRACTICES.map((practice) => (
        <div key={practice.name}>
          <h3>{practice.name}</h3>
          <ul>
            {practice.staff.map((s) => (
              <li key={s.email}>
                {s.name} ({s.role}): <code>{s.email}</code>
              </li>
            ))}
            <li>
              Client: <code>{demoClientEmail(practice.couples[0]?.partners[0] ?? '')}</code>
            </li>
          </ul>
        </div>
      ))}
    </section>
  );
}
