import type { Metadata } from 'next';
import { HomeworkSection } from '../_homework/homework-section';
import { loadCoupleRecord } from '../_record/couple-record';

export const metadata: Metadata = { title: 'Homework' };

export default async function CoupleHomeworkPage({
  params,
}: {
  params: Promise<{ practiceId: string; coupleId: string }>;
}) {
  const { practiceId, coupleId } = await params;
  const { couple, sessions } = await loadCoupleRecord(practiceId, coupleId);
  return (
    <HomeworkSection
      practiceId={practiceId}
      coupleId={couple.id}
      canAssign={couple.status === 'active'}
      timeZone={sessions.timeZone}
    />
  );
}
