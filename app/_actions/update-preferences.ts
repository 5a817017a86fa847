'use server';
// One person's email settings, from the staff pages and the portal alike.

import type { RouterInputs } from '../_lib/router-types';
import { runProcedure } from '../_lib/run-procedure';

export async function updatePreferencesAction(
  practiceId: string,
  input: RouterInputs['preferences']['update'],
) {
  return runProcedure(practiceId, (api) => api.preferences.update(input));
}
