// Session notes, addenda and the author's process notes. Every read and write is audited.
import { z } from 'zod';
import { addNoteAddendum, ZAddNoteAddendumInput } from '@/server/services/notes/add-note-addendum';
import { getSessionNote, ZSessionRef } from '@/server/services/notes/get-session-note';
import { getProcessNote, saveProcessNote, ZSaveProcessNoteInput } from '@/server/services/notes/process-note';
import { saveNoteDraft, ZSaveNoteDraftInput } from '@/server/services/notes/save-note-draft';
import { signNote, ZSignNoteInput } from '@/server/services/notes/sign-note';
import { router } from '../init';
import { practiceProcedure } from '../procedures';
import { ZSessionNoteOutput } from './notes-outputs';

export const notesRouter = router({
  get: practiceProcedure('notes:read')
    .input(ZSessionRef)
    .output(ZSessionNoteOutput)
    .query(({ ctx, input }) => getSessionNote(ctx.tx, ctx.actor, input)),
  saveDraft: practiceProcedure('notes:write')
    .input(ZSaveNoteDraftInput)
    .output(z.object({ noteId: z.uuid(), updatedAt: z.date() }))
    .mutation(({ ctx, input }) => saveNoteDraft(ctx.tx, ctx.actor, input)),
  // Signing and addenda are open when read-only: finishing the clinical record of sessions already
  // held, a lapsed payment must not leave a record unsigned.
  sign: practiceProcedure('notes:write')
    .meta({ openWhenReadOnly: true })
    .input(ZSignNoteInput)
    .output(z.object({ noteId: z.uuid(), signedAt: z.date() }))
    .mutation(({ ctx, input }) => signNote(ctx.tx, ctx.actor, input)),
  addAddendum: practiceProcedure('notes:write')
    .meta({ openWhenReadOnly: true })
    .input(ZAddNoteAddendumInput)
    .output(z.object({ addendumId: z.uuid(), createdAt: z.date() }))
    .mutation(({ ctx, input }) => addNoteAddendum(ctx.tx, ctx.actor, input)),
  processNote: router({
    get: practiceProcedure('notes:read')
      .input(ZSessionRef)
      .output(z.object({ text: z.string(), updatedAt: z.date() }).nullable())
      .query(({ ctx, input }) => getProcessNote(ctx.tx, ctx.actor, input)),
    save: practiceProcedure('notes:write')
      .input(ZSaveProcessNoteInput)
      .output(z.object({ updatedAt: z.date() }))
      .mutation(({ ctx, input }) => saveProcessNote(ctx.tx, ctx.actor, input)),
  }),
});
