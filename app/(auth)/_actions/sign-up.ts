'use server';
import { headers } from 'next/headers';
import { signIn } from '../../../server/auth/next-auth';
import { RATE_LIMITS, takeRateLimit } from '../../../server/auth/rate-limit';
import { requestMetaFrom } from '../../../server/auth/request-meta';
import { getDb } from '../../../server/db';
import { AppError } from '../../../server/errors';
import { createPractice, ZCreatePracticeInput } from '../../../server/services/practices/create-practice';
import { postedForm } from '../../_lib/posted-form';
import { type FormState, fieldErrorsOf } from './form-state';

export async function signUpPractice(_prev: FormState, posted: FormData): Promise<FormState> {
  const form = postedForm(posted);
  const input = ZCreatePracticeInput.safeParse(Object.fromEntries(form));
  if (!input.success) return { fieldErrors: fieldErrorsOf(input.error.issues) };
  const db = await getDb();
  const meta = requestMetaFrom(await headers());
  if (!(await takeRateLimit(db, `signup:ip:${meta.ip ?? 'unknown'}`, RATE_LIMITS.signUpPerIp))) {
    return { error: 'Too many sign-ups from here. Try again in an hour.' };
  }
  let practiceId: string;
  try {
    ({ practiceId } = await createPractice(db, input.data, meta));
  } catch (error) {
    if (error instanceof AppError) return { error: error.message };
    throw error;
  }
  await signIn('password', {
    email: input.data.email,
    password: input.data.password,
    redirectTo: `/p/${practiceId}/caseload`,
  });
  return {};
}
