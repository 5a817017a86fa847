// Session notes, addenda and the author's process notes. Every read and write is audited.
import { router } from '../init';

export const notesRouter = router({});
