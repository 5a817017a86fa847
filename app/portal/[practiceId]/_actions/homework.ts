'use server';
// A partner's answer: draft, send, and who reads it afterwards (the portal's procedures).

import type { RouterInputs } from '@/app/_lib/router-types';
import { runProcedure } from '@/app/_lib/run-procedure';

type Homework = RouterInputs['portal']['homework'];

export async function saveDraftAction(practiceId: string, input: Homework['save']) {
  return runProcedure(practiceId, (api) => api.portal.homework.save(input));
}

export async function sendAnswerAction(practiceId: string, input: Homework['submit']) {
  return runProcedure(practiceId, (api) => api.portal.homework.submit(input));
}

export async function setVisibilityAction(practiceId: string, input: Homework['setVisibility']) {
  return runProcedure(practiceId, (api) => api.portal.homework.setVisibility(input));
}
