// The refusals a note's author meets, worded once.
import { AppError } from '@/server/errors';

export const signedNoteIsFinal = () =>
  new AppError('CONFLICT', 'This note is signed, so it can no longer change. Add an addendum instead.');

export const staleNote = () =>
  new AppError(
    'CONFLICT',
    'This note was changed in another tab or window after you opened it. Reload the page to see the latest version before editing; what you typed here has not been saved.',
  );

export const onlyTheAuthor = (what: string) =>
  new AppError('FORBIDDEN', `Only the note’s author can ${what}.`);
