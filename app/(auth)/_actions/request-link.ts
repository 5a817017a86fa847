'use server';
import { headers } from 'next/headers';
import { postedForm } from '@/app/_lib/posted-form';
import { MAGIC_LINK_LIMITS, requestMagicLink } from '@/server/auth/magic-link';
import { minutesUntilWindowsEnd } from '@/server/auth/rate-limit';
import { requestMetaFrom } from '@/server/auth/request-meta';
import { ANSWER_FLOOR_MS, answerNoSoonerThan } from '@/server/auth/steady-timing';
import { getDb } from '@/server/db';
import { ZEmail } from '@/server/services/practices/create-practice';
import { type FormState, valuesOf } from './form-state';

export async function requestSignInLink(_prev: FormState, posted: FormData): Promise<FormState> {
  const form = postedForm(posted);
  const values = valuesOf(form, ['email']);
  const email = ZEmail.safeParse(form.get('email'));
  if (!email.success) return { fieldErrors: { email: 'Enter a valid email address.' }, values };
  const meta = requestMetaFrom(await headers());
  const db = await getDb();
  const now = new Date();
  const result = await answerNoSoonerThan(ANSWER_FLOOR_MS.signInLink, () =>
    requestMagicLink(db, email.data, meta, now),
  );
  if (result === 'rate-limited') {
    // Counted before the address is looked up, with windows on the clock: alike for every address.
    const minutes = minutesUntilWindowsEnd(now, MAGIC_LINK_LIMITS);
    return {
      error: `Too many links were asked for. Wait ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} and try again, or sign in with a password if you have one.`,
      values,
    };
  }
  return {
    success:
      'If that address belongs to a Ninefold client, a sign-in link is on its way. It works once, for 15 minutes.',
  };
}
