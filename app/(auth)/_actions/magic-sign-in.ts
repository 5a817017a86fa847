'use server';
import { redirect } from 'next/navigation';
import { AuthError } from 'next-auth';
import { signIn } from '../../../server/auth/next-auth';
import { postedForm } from '../../_lib/posted-form';

/** The button on the link's landing page: only this POST spends the token. */
export async function signInWithLink(posted: FormData): Promise<void> {
  const form = postedForm(posted);
  try {
    await signIn('magic-link', { token: String(form.get('token') ?? ''), redirectTo: '/home' });
  } catch (error) {
    if (error instanceof AuthError) redirect('/magic?expired=1');
    throw error;
  }
}
