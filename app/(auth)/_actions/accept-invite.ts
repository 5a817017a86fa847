'use server';
import { headers } from 'next/headers';
import { postedForm } from '@/app/_lib/posted-form';
import { mintMagicLink } from '@/server/auth/magic-link';
import { signIn } from '@/server/auth/next-auth';
import { requestMetaFrom } from '@/server/auth/request-meta';
import { getDb } from '@/server/db';
import { AppError } from '@/server/errors';
import { acceptInvitation, ZAcceptInvitationInput } from '@/server/services/invitations/accept-invitation';
import { type FormState, fieldErrorsOf } from './form-state';

export async function acceptInvite(_prev: FormState, posted: FormData): Promise<FormState> {
  const form = postedForm(posted);
  const raw = Object.fromEntries([...form.entries()].filter(([, v]) => v !== ''));
  const input = ZAcceptInvitationInput.safeParse(raw);
  if (!input.success) return { fieldErrors: fieldErrorsOf(input.error.issues) };
  const db = await getDb();
  let accepted: Awaited<ReturnType<typeof acceptInvitation>>;
  try {
    accepted = await acceptInvitation(db, input.data, requestMetaFrom(await headers()));
  } catch (error) {
    if (error instanceof AppError) return { error: error.message };
    throw error;
  }
  if (accepted.role === 'client') {
    const token = await mintMagicLink(db, accepted.userId);
    await signIn('magic-link', { token, redirectTo: `/portal/${accepted.practiceId}` });
  } else {
    await signIn('password', {
      email: accepted.email,
      password: input.data.password,
      redirectTo: `/p/${accepted.practiceId}/caseload`,
    });
  }
  return {};
}
