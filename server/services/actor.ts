import type { MembershipRole } from '@/db/schema';
export type RequestMeta = { ip: string | null; userAgent: string | null };

/** Who is acting, in which practice, with which role: verified by the procedure ladder. */
export type Actor = {
  userId: string;
  practiceId: string;
  membershipId: string;
  role: MembershipRole;
  meta: RequestMeta;
};
