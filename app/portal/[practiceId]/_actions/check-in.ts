'use server';
import type { RouterInputs } from '@/app/_lib/router-types';
import { runProcedure } from '@/app/_lib/run-procedure';

export async function submitCheckInAction(
  practiceId: string,
  input: RouterInputs['safety']['submitCheckIn'],
) {
  return runProcedure(practiceId, (api) => api.safety.submitCheckIn(input));
}
