'use client';
import { type ReactNode, useEffect, useState } from 'react';
import { localIsoDate } from '@/app/_lib/calendar-date';

/**
 * Shows `children` once `date` (YYYY-MM-DD) is past on the viewer's own calendar. "Today" is read
 * in the browser after the first render, so the server's time zone never decides it. The children
 * are drawn on the server, so their components' code stays out of the browser.
 */
export function WhenPast({ date, children }: { date: string; children: ReactNode }) {
  const [today, setToday] = useState<string | null>(null);
  useEffect(() => setToday(localIsoDate()), []);
  return today !== null && date < today ? children : null;
}
