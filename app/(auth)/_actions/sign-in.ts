'use server';
import { redirect } from 'next/navigation';
import { AuthError, CredentialsSignin } from 'next-auth';
import { postedForm } from '@/app/_lib/posted-form';
import { TwoFactorRequired } from '@/server/auth/credential-steps';
import { signIn } from '@/server/auth/next-auth';
import { setChallengeCookie } from './challenge-cookie';
import { type FormState, valuesOf } from './form-state';

export async function signInWithPassword(_prev: FormState, posted: FormData): Promise<FormState> {
  const form = postedForm(posted);
  try {
    await signIn('password', {
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
      redirectTo: '/home',
    });
    return {};
  } catch (error) {
    if (error instanceof TwoFactorRequired) {
      await setChallengeCookie(error.challenge);
      redirect('/sign-in/two-factor');
    }
    if (error instanceof CredentialsSignin && error.code === 'rate_limited') {
      return {
        error: 'Too many attempts. Wait 15 minutes and try again.',
        values: valuesOf(form, ['email']),
      };
    }
    if (error instanceof AuthError) {
      return { error: 'That email and password do not match an account.', values: valuesOf(form, ['email']) };
    }
    throw error;
  }
}
