import { KeyRound } from 'lucide-react';
import Link from 'next/link';
import { Badge } from '@/app/_components/ui/badge';
import { Card, CardDescription, CardHeader, CardTitle } from '@/app/_components/ui/card';
import { DEMO_PASSWORD, DEMO_PRACTICES, demoClientEmail } from '@/db/demo-data';

const code = 'rounded-sm bg-paper px-1.5 py-0.5 font-mono text-[0.8125rem] text-ink [overflow-wrap:anywhere]';

/** Who to sign in as on a demo or development server (never shown in production). */
export function DemoLogins() {
  return (
    <Card aria-labelledby="demo-logins" className="border-dashed">
      <CardHeader className="mb-3 block">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <CardTitle id="demo-logins" className="flex items-center gap-2 text-base">
            <KeyRound aria-hidden className="size-4 text-brand-700" />
            Demo logins
          </CardTitle>
          <Badge tone="warning">Not in production</Badge>
        </div>
        <CardDescription className="mt-2">
          Staff password for every demo account:{' '}
          <code className={`${code} whitespace-nowrap`}>{DEMO_PASSWORD}</code>. Clients sign in by link; read
          it at{' '}
          <Link href="/dev/mailbox" className="underline">
            the dev mailbox
          </Link>
          .
        </CardDescription>
      </CardHeader>
      <div className="flex flex-col gap-4">
        {DEMO_PRACTICES.map((practice) => (
          <div key={practice.name}>
            <h3 className="m-0 mb-1 text-sm">{practice.name}</h3>
            <ul className="m-0 list-none divide-y divide-line rounded-md border border-line p-0 text-sm">
              {practice.staff.map((s) => (
                <DemoRow key={s.email} who={s.name} kind={s.role} email={s.email} />
              ))}
              <DemoRow
                who={practice.couples[0]?.partners[0] ?? ''}
                kind="client"
                email={demoClientEmail(practice.couples[0]?.partners[0] ?? '')}
              />
            </ul>
          </div>
        ))}
      </div>
    </Card>
  );
}

function DemoRow({ who, kind, email }: { who: string; kind: string; email: string }) {
  return (
    <li className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 px-3 py-2">
      <span className="flex items-center gap-2">
        <span className="font-medium text-ink">{who}</span>
        <Badge tone={kind === 'client' ? 'accent' : kind === 'owner' ? 'brand' : 'neutral'}>{kind}</Badge>
      </span>
      <code className={code}>{email}</code>
    </li>
  );
}
