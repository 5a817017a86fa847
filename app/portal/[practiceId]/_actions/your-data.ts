'use server';
import type { RouterInputs } from '../../../_lib/router-types';
import { runProcedure } from '../../../_lib/run-procedure';

export async function deletePrivateAnswersAction(
  practiceId: string,
  input: RouterInputs['clientData']['deletePrivateAnswers'],
) {
  return runProcedure(practiceId, (api) => api.clientData.deletePrivateAnswers(input));
}
