import { MailCheck } from 'lucide-react';
import { Badge } from '@/app/_components/ui/badge';
import { Card, CardDescription, CardTitle } from '@/app/_components/ui/card';
import { EmptyState } from '@/app/_components/ui/empty-state';
import { emailTemplateLabel } from '@/app/_lib/email-template-labels';
import { formatInstant } from '@/app/_lib/session-time';
import { SECTION_CLASS } from './settings-sections';

type Undelivered = {
  id: string;
  toEmail: string;
  template: string;
  attempts: number;
  reason: string;
  failedAt: Date;
};

/** Messages the practice sent that never arrived, so an admin can follow up with the person. */
export function UndeliveredEmail({ messages, timeZone }: { messages: Undelivered[]; timeZone: string }) {
  return (
    <Card id="undelivered-email" aria-labelledby="undelivered-heading" className={SECTION_CLASS}>
      <CardTitle id="undelivered-heading">Undelivered email</CardTitle>
      <CardDescription className="mb-4">
        Messages that never arrived. Check the address with the person, or reach them another way.
      </CardDescription>
      {messages.length === 0 ? (
        <EmptyState icon={MailCheck} title="Nothing undelivered">
          <p>Every message sent for the practice was delivered or is still on its way.</p>
        </EmptyState>
      ) : (
        <ul className="m-0 list-none divide-y divide-line p-0" aria-label="Undelivered messages">
          {messages.map((m) => (
            <li key={m.id} className="flex flex-wrap items-start justify-between gap-2 py-3">
              <div className="min-w-0">
                <p className="m-0">
                  <strong>{emailTemplateLabel(m.template)}</strong> to{' '}
                  <span className="break-all">{m.toEmail}</span>
                </p>
                <p className="m-0 text-sm text-muted">
                  {m.reason} · {m.attempts === 1 ? '1 attempt' : `${m.attempts} attempts`}
                </p>
              </div>
              <Badge tone="warning">{formatInstant(m.failedAt, timeZone)}</Badge>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
