'use client';
import { useSelectedLayoutSegment } from 'next/navigation';
import { TabNav } from '@/app/_components/ui/tab-nav';

/** The segment under the couple's URL that each tab owns; the timeline belongs to sessions. */
const TAB_OF_SEGMENT: Record<string, string> = {
  homework: 'homework',
  sessions: 'sessions',
  timeline: 'sessions',
  progress: 'progress',
  measures: 'measures',
  safety: 'safety',
  file: 'file',
};

/** The couple record's tabs, each a page of its own, the current one marked. */
export function CoupleTabs({ base }: { base: string }) {
  const segment = useSelectedLayoutSegment();
  const current = (segment && TAB_OF_SEGMENT[segment]) ?? 'overview';
  return (
    <TabNav
      label="Couple record"
      current={current}
      items={[
        { key: 'overview', label: 'Overview', href: base },
        { key: 'homework', label: 'Homework', href: `${base}/homework` },
        { key: 'sessions', label: 'Sessions and notes', href: `${base}/sessions` },
        { key: 'progress', label: 'Progress', href: `${base}/progress` },
        { key: 'measures', label: 'Measures', href: `${base}/measures` },
        { key: 'safety', label: 'Safety', href: `${base}/safety` },
        { key: 'file', label: 'File', href: `${base}/file` },
      ]}
    />
  );
}
