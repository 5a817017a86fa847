// Which table an input's uuid field names, so a cross-tenant test gives it an id of the right kind
// (a couple's id to `coupleId`, a session's to `sessionId`): a foreign id of the wrong kind is refused
// whatever the tenancy, and proves nothing. A field not listed gets every id of the other practice.

/** By the field's own name, the last key of its path (`exercises.0.exerciseId` -> `exerciseId`). */
const TABLE_OF_FIELD: Record<string, string> = {
  coupleId: 'couples',
  coupleIds: 'couples',
  partnerId: 'partners',
  counselorId: 'memberships',
  counselor: 'memberships',
  membershipId: 'memberships',
  fromMembershipId: 'memberships',
  toMembershipId: 'memberships',
  invitationId: 'invitations',
  actorUserId: 'users',
  sessionId: 'counseling_sessions',
  sessionNoteId: 'session_notes',
  assignmentId: 'assignments',
  exerciseId: 'practice_exercises',
  copiedFromExerciseId: 'practice_exercises',
  exportId: 'practice_exports',
  flagId: 'safety_flags',
};

/** A cursor's id is the last row of the page before: its table is the procedure's list. */
const TABLE_OF_PROCEDURE_FIELD: Record<string, string> = {
  'homework.forCouple cursor.id': 'assignments',
  'portal.homework.history cursor.id': 'assignments',
  'sessions.forCouple cursor.id': 'counseling_sessions',
};

/** `undefined` when the field is not known: the test then tries all of the other practice's ids. */
export function tableOfIdField(procedure: string, path: string): string | undefined {
  const byProcedure = TABLE_OF_PROCEDURE_FIELD[`${procedure} ${path}`];
  if (byProcedure) return byProcedure;
  const field =
    path
      .split('.')
      .filter((key) => !/^\d+$/.test(key))
      .at(-1) ?? '';
  return TABLE_OF_FIELD[field];
}
