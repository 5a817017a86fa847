import { Badge } from '@/app/_components/ui/badge';
import { Card, CardHeader, CardTitle } from '@/app/_components/ui/card';
import type { TCoupleRecord } from '../_record/couple-record';
import { PartnerEmailNotice } from '../partner-email-notice';

/** Each partner, how to reach them, and whether they are in the portal. */
export function PartnersCard({ partners }: { partners: TCoupleRecord['couple']['partners'] }) {
  return (
    <Card aria-labelledby="partners-heading">
      <CardHeader>
        <CardTitle id="partners-heading">Partners</CardTitle>
      </CardHeader>
      <ul className="m-0 list-none divide-y divide-line p-0">
        {partners.map((p) => (
          <li key={p.id} className="py-3 first:pt-0 last:pb-0">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <span className="min-w-0">
                <strong className="block">{p.displayName}</strong>
                <span className="block break-all text-sm text-muted">{p.email}</span>
              </span>
              {p.joined ? (
                <Badge tone="success">Joined the portal</Badge>
              ) : (
                <Badge tone="warning">Invitation sent{p.invitationExpiresAt ? '' : ' (expired)'}</Badge>
              )}
            </div>
            {p.emailSuppression ? <PartnerEmailNotice suppression={p.emailSuppression} /> : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}
