'use server';
import { redirect } from 'next/navigation';
import { AuthError } from 'next-auth';
import { postedForm } from '@/app/_lib/posted-form';
import { signIn } from '@/server/auth/next-auth';

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
