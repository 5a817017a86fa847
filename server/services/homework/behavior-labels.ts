// How the nine behaviors are named on screen. The slugs live in db/schema/enums.ts.
import type { Behavior } from '@/db/schema';

export const BEHAVIOR_LABELS: Record<Behavior, { name: string; summary: string }> = {
  'attentive-listening': {
    name: 'Listening fully',
    summary: 'Hearing your partner out until you could say back what they said and felt.',
  },
  compassion: {
    name: 'Caring when it hurts',
    summary: 'Showing concern for your partner’s pain, even in the middle of a disagreement.',
  },
  'shared-laughter': {
    name: 'Laughing together',
    summary: 'Keeping the moments that made you both laugh close, and making new ones.',
  },
  'de-escalation': {
    name: 'Cooling things down',
    summary: 'Noticing when a conversation is running hot, and pausing or softening it.',
  },
  'present-focus': {
    name: 'One thing, right now',
    summary: 'Talking about one issue at a time, as it is today, without bringing up old scores.',
  },
  'basic-trust': {
    name: 'Respecting the person',
    summary: 'Naming what was done that hurt, never attacking who your partner is.',
  },
  accountability: {
    name: 'Owning your part',
    summary: 'Looking at what you contributed, instead of working out who is to blame.',
  },
  'constructive-energy': {
    name: 'Turning heat into care',
    summary: 'Using the energy of anger to fix, build or reach out, rather than to wound.',
  },
  'quality-time': {
    name: 'Time for the two of you',
    summary: 'Regular time together: talking each day, going on dates, being close.',
  },
};
