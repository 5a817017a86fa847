// How the portal words where each partner is with a piece of homework.
export type SlotStatus = 'not-started' | 'draft' | 'submitted';

export const STATUS_LABELS: Record<SlotStatus, string> = {
  'not-started': 'Not started',
  draft: 'In progress',
  submitted: 'Done',
};
