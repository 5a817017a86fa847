import type { EmailCategory } from '@/server/email/unsubscribe-token';

export type UnsubscribeState = { done?: EmailCategory; error?: string };
