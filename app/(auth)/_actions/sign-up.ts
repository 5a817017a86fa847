'use server';
import { headers } from 'next/headers';
import { postedForm } from '@/app/_lib/posted-form';
import { requestMetaFrom } from '@/server/auth/request-meta';
import { ANSWER_FLOOR_MS, answerNoSoonerThan } from '@/server/auth/steady-timing';
import { getDb } from '@/server/db';
import { ZCreatePracticeInput } from '@/server/services/practices/create-practice';
import { requestSignUp } from '@/server/services/practices/request-sign-up';
import { type FormState, fieldErrorsOf, valuesOf } from './form-state';

// Sent back with every answer so the form keeps them; the password is typed again.
const KEPT = ['practiceName', 'timeZone', 'name', 'email'] as const;

export async function signUpPractice(_prev: FormState, posted: FormData): Promise<FormState> {
  const form = postedForm(posted);
  const values = valuesOf(form, KEPT);
  const input = ZCreatePracticeInput.safeParse(Object.fromEntries(form));
  if (!input.success) return { fieldErrors: fieldErrorsOf(input.error.issues), values };
  const meta = requestMetaFrom(await headers());
  const db = await getDb();
  const result = await answerNoSoonerThan(ANSWER_FLOOR_MS.signUp, () => requestSignUp(db, input.data, meta));
  if (result === 'rate-limited') {
    return { error: 'Too many sign-ups asked for. Wait an hour and try again.', values };
  }
  // The same answer for every address, new or not: what happens next is in the email.
  return {
    success: 'Check your email to continue. We sent a message to that address; it tells you what to do next.',
    // Kept for "Use another address"; the address is left out, so the answer is the same for every one.
    values: valuesOf(form, ['practiceName', 'timeZone', 'name']),
  };
}
