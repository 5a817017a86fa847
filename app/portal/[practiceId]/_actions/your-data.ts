'use server';
import type { RouterInputs } from '@/app/_lib/router-types';
import { runProcedure } from '@/app/_lib/run-procedure';

export async function deletePrivateAnswersAction(
  practiceId: string,
  input: RouterInputs['clientData']['deletePrivateAnswers'],
) {
  return runProcedure(practiceId, (api) => api.clientData.deletePrivateAnswers(input));
}
