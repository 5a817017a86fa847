// Calendar dates ("2026-03-14") as the viewer's local days: no time zone shifts a due date.

/** Today, or `days` from today, in the viewer's time zone, as YYYY-MM-DD. */
export function localIsoDate(days = 0, now = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** "Mar 14, 2026" for a YYYY-MM-DD date, read as that day wherever the viewer is. */
export function formatCalendarDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return new Date(y, m - 1, d).toLocaleDateString('en-US', { dateStyle: 'medium' });
}
