'use server';
import { headers } from 'next/headers';
import { postedForm } from '@/app/_lib/posted-form';
import { signIn } from '@/server/auth/next-auth';
import { requestMetaFrom } from '@/server/auth/request-meta';
import { getDb } from '@/server/db';
import { AppError } from '@/server/errors';
import { completeSignUp, ZCompleteSignUpInput } from '@/server/services/practices/complete-sign-up';
import { type FormState, fieldErrorsOf } from './form-state';

/** The button behind the emailed link: only this POST creates the practice, so mail scanners cannot. */
export async function completeSignUpAction(_prev: FormState, posted: FormData): Promise<FormState> {
  const form = postedForm(posted);
  const input = ZCompleteSignUpInput.safeParse(Object.fromEntries(form));
  if (!input.success) return { fieldErrors: fieldErrorsOf(input.error.issues) };
  let created: Awaited<ReturnType<typeof completeSignUp>>;
  try {
    created = await completeSignUp(await getDb(), input.data, requestMetaFrom(await headers()));
  } catch (error) {
    if (error instanceof AppError) return { error: error.message };
    throw error;
  }
  await signIn('password', {
    email: created.email,
    password: input.data.password,
    redirectTo: `/p/${created.practiceId}/caseload`,
  });
  return {};
}
