import { emailTemplateLabel } from '../../../../_lib/email-template-labels';
import { formatInstant } from '../../../../_lib/session-time';

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
    <section className="card" aria-labelledby="undelivered-heading">
      <h2 id="undelivered-heading">Undelivered email</h2>
      {messages.length === 0 ? (
        <p className="muted">Every message sent for the practice was delivered or is still on its way.</p>
      ) : (
        <ul className="list" aria-label="Undelivered messages">
          {messages.map((m) => (
            <li key={m.id}>
              <span>
                <strong>{emailTemplateLabel(m.template)}</strong> to {m.toEmail}
                <br />
                <span className="muted">
                  {m.reason} · {m.attempts === 1 ? '1 attempt' : `${m.attempts} attempts`}
                </span>
              </span>
              <span className="badge warn">{formatInstant(m.failedAt, timeZone)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
