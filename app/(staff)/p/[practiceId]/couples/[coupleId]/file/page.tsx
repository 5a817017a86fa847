import type { Metadata } from 'next';
import { CoupleFileSection } from '../_closing/couple-file-section';
import { PrivateAnswersSection } from '../_privacy/private-answers-section';
import { loadCoupleRecord } from '../_record/couple-record';

export const metadata: Metadata = { title: 'File' };

/** The couple's file as a whole: closing or reopening it, and deleting a partner's private answers. */
export default async function CoupleFilePage({
  params,
}: {
  params: Promise<{ practiceId: string; coupleId: string }>;
}) {
  const { practiceId, coupleId } = await params;
  const { couple, name, sessions } = await loadCoupleRecord(practiceId, coupleId);
  return (
    <div className="grid items-start gap-4 lg:grid-cols-2">
      <CoupleFileSection
        practiceId={practiceId}
        couple={{ id: couple.id, name, status: couple.status, closedAt: couple.closedAt }}
        timeZone={sessions.timeZone}
      />
      <PrivateAnswersSection
        coupleId={couple.id}
        partners={couple.partners.map((p) => ({ id: p.id, displayName: p.displayName }))}
      />
    </div>
  );
}
