// Plain facts about one assignment that several of its parts need.
import type { THomeworkItem, THomeworkPartner, THomeworkSlot } from '@/app/_lib/router-types';

export const SLOT_STATUS_LABELS: Record<THomeworkSlot['status'], string> = {
  'not-started': 'Not started',
  draft: 'In progress',
  submitted: 'Submitted',
};

export function slotOwnerName(slot: THomeworkSlot, partners: THomeworkPartner[]): string {
  if (slot.partnerId === null) return 'Together';
  return partners.find((p) => p.id === slot.partnerId)?.displayName ?? 'Partner';
}

export function recipientText(item: THomeworkItem, partners: THomeworkPartner[]): string {
  if (item.content.participation === 'together') return 'Together, one answer';
  if (item.partnerId)
    return `${partners.find((p) => p.id === item.partnerId)?.displayName ?? 'One partner'} only`;
  return 'Both partners';
}

export const isOpen = (item: THomeworkItem) =>
  !item.cancelledAt && item.slots.some((s) => s.status !== 'submitted');

export const hasSubmission = (item: THomeworkItem) => item.slots.some((s) => s.status === 'submitted');
