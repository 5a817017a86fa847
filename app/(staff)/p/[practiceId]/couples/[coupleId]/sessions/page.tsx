import type { Metadata } from 'next';
import { loadCoupleRecord } from '../_record/couple-record';
import { parseSessionsCursor } from '../_sessions/sessions-cursor';
import { SessionsSection } from '../_sessions/sessions-section';

export const metadata: Metadata = { title: 'Sessions and notes' };

export default async function CoupleSessionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ practiceId: string; coupleId: string }>;
  searchParams: Promise<{ sessionsBefore?: string | string[] }>;
}) {
  const { practiceId, coupleId } = await params;
  const { sessionsBefore } = await searchParams;
  const { couple } = await loadCoupleRecord(practiceId, coupleId);
  return (
    <SessionsSection
      practiceId={practiceId}
      coupleId={couple.id}
      canSchedule={couple.status !== 'closed'}
      before={parseSessionsCursor(sessionsBefore)}
    />
  );
}
