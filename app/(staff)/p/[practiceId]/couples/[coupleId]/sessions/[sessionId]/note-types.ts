import type { RouterOutputs } from '@/app/_lib/router-types';

export type TSessionNoteView = RouterOutputs['notes']['get'];
export type THomeworkReview = TSessionNoteView['homeworkReview'];
export type TAssignedFromNote = TSessionNoteView['assignedFromNote'];
