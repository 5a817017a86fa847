// The crisis lines a practice shows its clients on the support page. Until the practice sets its
// own, two US lines are shown, marked as defaults its owners and admins should review.
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { practiceCrisisLines } from '@/db/schema';
import type { Actor } from '../actor';
import { recordAudit } from '../audit/record-audit';

const MAX_CRISIS_LINES = 12;

export const ZCrisisLine = z.object({
  name: z.string().trim().min(2, 'Enter the line’s name.').max(120),
  contact: z.string().trim().min(2, 'Enter how to reach it.').max(200),
  url: z
    .url({ protocol: /^https$/, error: 'Use an https:// address.' })
    .max(500)
    .nullable(),
  description: z.string().trim().max(500),
});
export type TCrisisLine = z.infer<typeof ZCrisisLine>;

export const ZUpdateCrisisLinesInput = z.object({ lines: z.array(ZCrisisLine).max(MAX_CRISIS_LINES) });
type TUpdateCrisisLinesInput = z.infer<typeof ZUpdateCrisisLinesInput>;

const DEFAULT_CRISIS_LINES: readonly TCrisisLine[] = [
  {
    name: '988 Suicide & Crisis Lifeline (US)',
    contact: 'Call or text 988',
    url: 'https://988lifeline.org',
    description: 'Free, confidential support at any hour for anyone in emotional distress.',
  },
  {
    name: 'National Domestic Violence Hotline (US)',
    contact: 'Call 1-800-799-7233 or text START to 88788',
    url: 'https://www.thehotline.org',
    description: 'Confidential help for anyone experiencing abuse in a relationship, at any hour.',
  },
];

export async function getCrisisLines(tx: Tx, actor: Actor) {
  const rows = await tx
    .select({
      name: practiceCrisisLines.name,
      contact: practiceCrisisLines.contact,
      url: practiceCrisisLines.url,
      description: practiceCrisisLines.description,
    })
    .from(practiceCrisisLines)
    .where(eq(practiceCrisisLines.practiceId, actor.practiceId))
    .orderBy(asc(practiceCrisisLines.position))
    .limit(MAX_CRISIS_LINES);
  return rows.length > 0
    ? { usingDefaults: false, lines: rows }
    : { usingDefaults: true, lines: [...DEFAULT_CRISIS_LINES] };
}

/** Replaces the practice's list; an empty list goes back to the defaults. */
export async function updateCrisisLines(tx: Tx, actor: Actor, input: TUpdateCrisisLinesInput) {
  await tx.delete(practiceCrisisLines).where(eq(practiceCrisisLines.practiceId, actor.practiceId));
  if (input.lines.length > 0) {
    await tx
      .insert(practiceCrisisLines)
      .values(input.lines.map((line, position) => ({ ...line, practiceId: actor.practiceId, position })));
  }
  await recordAudit(tx, actor, {
    action: 'practice.crisis-lines-changed',
    targetType: 'practice',
    targetId: actor.practiceId,
    metadata: { lines: input.lines.length },
  });
  return getCrisisLines(tx, actor);
}
