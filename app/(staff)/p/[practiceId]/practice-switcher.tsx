import Link from 'next/link';
import type { MembershipRole } from '../../../../db/schema';
import { homePath } from '../../../_lib/home-path';

type Practice = { practiceId: string; name: string; role: MembershipRole };

/** Other practices this person belongs to; rendered only when there is somewhere to switch to. */
export function PracticeSwitcher({ current, practices }: { current: string; practices: Practice[] }) {
  const others = practices.filter((p) => p.practiceId !== current);
  if (others.length === 0) return null;
  return (
    <details className="switcher">
      <summary>Switch practice</summary>
      <ul className="list">
        {others.map((p) => (
          <li key={p.practiceId}>
            <Link href={homePath(p.practiceId, p.role)}>{p.name}</Link>
          </li>
        ))}
      </ul>
    </details>
  );
}
