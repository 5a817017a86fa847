'use server';
import { getDb } from '@/server/db';
import { AppError } from '@/server/errors';
import { unsubscribeByToken } from '@/server/services/notification-preferences/unsubscribe-by-token';
import { postedForm } from '../_lib/posted-form';
import type { UnsubscribeState } from './unsubscribe-state';

/** The landing page's button: only this POST changes anything, so a link scanner's GET cannot. */
export async function unsubscribe(_previous: UnsubscribeState, posted: FormData): Promise<UnsubscribeState> {
  const form = postedForm(posted);
  try {
    const { category } = await unsubscribeByToken(await getDb(), String(form.get('token') ?? ''));
    return { done: category };
  } catch (error) {
    if (error instanceof AppError) return { error: error.message };
    throw error;
  }
}
