'use server';
import type { RouterInputs } from '@/app/_lib/router-types';
import { runProcedure } from '@/app/_lib/run-procedure';

export async function submitMeasureAction(practiceId: string, input: RouterInputs['measures']['submit']) {
  return runProcedure(practiceId, (api) => api.measures.submit(input));
}
