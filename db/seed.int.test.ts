import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { hashPassword } from '../server/auth/password';
import { verifyCredentials } from '../server/auth/verify-credentials';
import { refreshMeasureAlerts } from '../server/services/measures/refresh-measure-alerts';
import { sealMeasureAnswers } from '../server/services/measures/sealed-measure';
import { queryRows } from '../test/sql';
import { createTestDb } from '../test/test-db';
import type { DbHandle } from './client';
import { DEMO_PASSWORD, DEMO_PRACTICES } from './demo-data';
import { seedDemo } from './seed';

type PracticeSummary = {
  name: string;
  owners: number;
  counselors: number;
  couples: number;
  partneredCouples: number;
  clientsWithoutPartner: number;
  couplesWithHomework: number;
  couplesWithSessions: number;
  couplesWithMeasures: number;
};

let t: DbHandle;

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t?.close());

const summary = () =>
  queryRows<PracticeSummary>(
    t.db,
    sql`select p.name,
        (select count(*) from memberships m where m.practice_id = p.id and m.role = 'owner')::int as owners,
        (select count(*) from memberships m where m.practice_id = p.id and m.role = 'counselor')::int as counselors,
        (select count(*) from couples c where c.practice_id = p.id)::int as couples,
        (select count(*) from couples c where c.practice_id = p.id
          and (select count(*) from partners x where x.couple_id = c.id and x.user_id is not null) = 2)::int
          as "partneredCouples",
        (select count(*) from memberships m where m.practice_id = p.id and m.role = 'client'
          and not exists (select 1 from partners x where x.practice_id = p.id and x.user_id = m.user_id))::int
          as "clientsWithoutPartner",
        (select count(*) from couples c where c.practice_id = p.id
          and (select count(*) from assignments a where a.couple_id = c.id) = 2)::int as "couplesWithHomework",
        (select count(*) from couples c where c.practice_id = p.id
          and exists (select 1 from counseling_sessions s where s.couple_id = c.id
            and s.status = 'attended' and s.starts_at < now() - interval '5 days')
          and exists (select 1 from counseling_sessions s where s.couple_id = c.id
            and s.status = 'scheduled' and s.starts_at > now() + interval '1 day'))::int as "couplesWithSessions",
        (select count(*) from couples c where c.practice_id = p.id
          and (select count(distinct r.partner_id) from measure_responses r where r.couple_id = c.id) = 2
          and (select count(*) from measure_schedules m where m.couple_id = c.id) = 3)::int as "couplesWithMeasures"
      from practices p order by p.name`,
  );

it('seeds two practices, each with an owner, two counselors and several couples of two partners with homework', async () => {
  const { created } = await seedDemo(t.db, { hashPassword, sealMeasureAnswers, refreshMeasureAlerts });
  expect(created).toEqual(DEMO_PRACTICES.map((p) => p.name));
  const practices = await summary();
  expect(practices.map((p) => p.name)).toEqual(['Harbor Counseling', 'Northside Couples Clinic']);
  for (const p of practices) {
    expect(p, p.name).toMatchObject({ owners: 1, counselors: 2, clientsWithoutPartner: 0 });
    expect(p.couples, p.name).toBeGreaterThanOrEqual(3);
    expect(p.partneredCouples, p.name).toBe(p.couples);
    expect(p.couplesWithHomework, p.name).toBe(p.couples);
    expect(p.couplesWithSessions, p.name).toBe(p.couples);
    expect(p.couplesWithMeasures, p.name).toBe(p.couples);
  }
  // The caseload's measure alerts, filled by the app's own recompute: every demo couple has all three.
  const alerts = await queryRows<{ couples: number; all3: number }>(
    t.db,
    sql`select count(*)::int as couples,
      count(*) filter (where not_improving and worse and alliance_split)::int as all3
      from couple_measure_alerts`,
  );
  const couples = practices.reduce((sum, p) => sum + p.couples, 0);
  expect(alerts).toEqual([{ couples, all3: couples }]);
});

it('lets every demo staff member sign in with the demo password', async () => {
  const emails = new Set(DEMO_PRACTICES.flatMap((p) => p.staff.map((s) => s.email)));
  for (const email of emails) {
    const result = await verifyCredentials(t.db, email, DEMO_PASSWORD, {
      ip: `seed-test-${email}`,
      userAgent: null,
    });
    expect(result, email).toMatchObject({ userId: expect.any(String) });
  }
});

it('adds nothing when run again', async () => {
  const before = await summary();
  expect(await seedDemo(t.db, { hashPassword, sealMeasureAnswers, refreshMeasureAlerts })).toEqual({
    created: [],
  });
  expect(await summary()).toEqual(before);
});
