import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SignOutButton } from '../_components/sign-out-button';
import { homePath } from '../_lib/home-path';
import { loadOrRedirect, serverApi } from '../_lib/server-api';

export const metadata: Metadata = { title: 'Your practices' };

/** After sign-in: straight into the only practice, or a choice between several. */
export default async function HomePage() {
  const practices = await loadOrRedirect(async () => (await serverApi()).practice.mine());
  const only = practices.length === 1 ? practices[0] : undefined;
  if (only) redirect(homePath(only.practiceId, only.role));
  return (
    <main id="main" className="narrow">
      <h1>Choose a practice</h1>
      {practices.length === 0 ? (
        <p>Your account is not part of any practice right now. Ask your practice for a new invitation.</p>
      ) : (
        <ul className="list">
          {practices.map((p) => (
            <li key={p.practiceId}>
              <Link href={homePath(p.practiceId, p.role)}>{p.name}</Link>
              <span className="badge">{p.role}</span>
            </li>
          ))}
        </ul>
      )}
      <SignOutButton />
    </main>
  );
}
