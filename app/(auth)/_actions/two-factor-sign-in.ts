'use server';
import { redirect } from 'next/navigation';
import { AuthError, CredentialsSignin } from 'next-auth';
import { postedForm } from '@/app/_lib/posted-form';
import { signIn } from '@/server/auth/next-auth';
import { clearChallengeCookie, readChallengeCookie } from './challenge-cookie';
import type { FormState } from './form-state';

const EXPIRED = 'Your sign-in took too long. Enter your email and password again.';

/** The second step: a code from the authenticator app, or a recovery code. No session before this passes. */
export async function signInWithCode(_prev: FormState, posted: FormData): Promise<FormState> {
  const form = postedForm(posted);
  const challenge = await readChallengeCookie();
  if (!challenge) return { error: EXPIRED };
  try {
    await signIn('two-factor', { challenge, code: String(form.get('code') ?? ''), redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === 'two_factor_expired') {
      await clearChallengeCookie();
      return { error: EXPIRED };
    }
    if (error instanceof CredentialsSignin && error.code === 'rate_limited') {
      return { error: 'Too many attempts. Wait 15 minutes and try again.' };
    }
    if (error instanceof AuthError) {
      return {
        error: 'That code is not right. Enter the newest code from your app, or an unused recovery code.',
      };
    }
    throw error;
  }
  await clearChallengeCookie();
  redirect('/home');
}
