// Makes a practice look used, through the app where it can: a couple added (invitations, audit
// events), an exercise of its own, homework assigned and answered, a session booked with a
// signed note, an addendum and the counselor's process note, and a practice export built.
// Tenancy tests need a row of every practice in every tenant table, or their checks would pass
// on empty tables.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { billingCustomers, exercises, practiceSubscriptions } from '../db/schema';
import { priceIdOf } from '../server/billing/plan-prices';
import { stripeClient } from '../server/billing/stripe-client';
import { runExportPass } from '../server/jobs/exports/run-export-job';
import { emptyNoteContent } from '../server/services/notes/note-shape';
import { utcToWallTime } from '../server/services/sessions/practice-time';
import { callerFor, type TestPractice } from './factories';
import { payCheckoutInTest } from './stripe-test-control';

/** Numbers the practice's rows carry; give a second practice others, so its numbers identify it. */
type ActivityNumbers = { seats: number; durationMinutes: number; estimatedMinutes: number };
const USUAL: ActivityNumbers = { seats: 10, durationMinutes: 50, estimatedMinutes: 10 };

export async function recordPracticeActivity(db: Db, p: TestPractice, numbers: ActivityNumbers = USUAL) {
  const tag = randomUUID().slice(0, 8);
  await subscribeAtStripe(db, p, numbers.seats);
  const counselor = callerFor(db, p.counselor.user.id, p.practice.id);
  await counselor.couples.create({
    partners: [
      { displayName: `Robin ${tag}`, email: `robin.${tag}@example.test` },
      { displayName: `Jordan ${tag}`, email: `jordan.${tag}@example.test` },
    ],
  });
  const { exerciseId } = await counselor.exercises.create({
    content: {
      kind: 'reflection',
      behavior: 'compassion',
      title: `Our own reflection ${tag}`,
      summary: 'A short reflection written by this practice.',
      instructions: 'Take ten quiet minutes and write a few lines.',
      prompts: ['What did you notice this week?'],
      estimatedMinutes: numbers.estimatedMinutes,
      participation: 'each-partner',
    },
  });
  const [library] = await db
    .select({ id: exercises.id })
    .from(exercises)
    .where(eq(exercises.kind, 'reflection'));
  if (!library) throw new Error('the exercise library is empty');
  const dueOn = new Date(Date.now() + 7 * 24 * 3600_000).toISOString().slice(0, 10);
  const { assignmentIds } = await counselor.homework.assign({
    coupleId: p.couple.couple.id,
    exercises: [
      { source: 'practice', exerciseId },
      { source: 'library', exerciseId: library.id },
    ],
    dueOn,
    note: `Take your time ${tag}`,
  });
  const partner = callerFor(db, p.couple.partners[0].user.id, p.practice.id, 'client');
  await partner.portal.homework.submit({
    assignmentId: assignmentIds[0] ?? '',
    body: { kind: 'reflection', answers: [`I noticed ${tag}`] },
    visibility: 'couple',
  });
  const { sessionId } = await counselor.sessions.schedule({
    coupleId: p.couple.couple.id,
    date: utcToWallTime(new Date(Date.now() + 10 * 24 * 3600_000), p.practice.timeZone).date,
    time: '10:00',
    durationMinutes: numbers.durationMinutes,
    format: 'video',
    location: `https://meet.example.test/${tag}`,
  });
  const content = emptyNoteContent();
  for (const observation of Object.values(content.observations)) observation.level = 'emerging';
  content.sections = { data: `Both spoke ${tag}` };
  const { updatedAt } = await counselor.notes.saveDraft({ sessionId, expectedUpdatedAt: null, content });
  await counselor.notes.sign({ sessionId, expectedUpdatedAt: updatedAt });
  await counselor.notes.addAddendum({ sessionId, text: `Later ${tag}` });
  await counselor.notes.processNote.save({ sessionId, expectedUpdatedAt: null, text: `Mine ${tag}` });
  const practiceMeasureId = await recordSafetyActivity(db, p, tag);
  await callerFor(db, p.owner.user.id, p.practice.id).exports.request();
  await runExportPass(db);
  return { assignmentIds, exerciseId, sessionId, practiceMeasureId };
}

/** A concerning check-in and a PHQ-9, session feedback that splits, their acknowledged flags, the couple's own cadence and the practice's crisis line. */
async function recordSafetyActivity(db: Db, p: TestPractice, tag: string) {
  const partner = callerFor(db, p.couple.partners[0].user.id, p.practice.id, 'client');
  const calm = {
    afraid: 'no',
    hurt: 'no',
    controlled: 'no',
    'put-down': 'no',
    'safe-homework': 'yes',
  } as const;
  await partner.safety.submitCheckIn({ answers: { ...calm, afraid: 'yes' }, note: `Privately ${tag}` });
  const counselor = callerFor(db, p.counselor.user.id, p.practice.id);
  // A PHQ-9 at intake whose item 9 raises a flag of its own.
  await counselor.measures.setSchedule({ coupleId: p.couple.couple.id, measure: 'phq-9', timing: 'intake' });
  await partner.measures.submit({ measure: 'phq-9', sessionId: null, answers: [1, 1, 2, 0, 1, 2, 0, 0, 1] });
  // A measure of the practice's own, asked and answered like a built-in.
  const own = await callerFor(db, p.owner.user.id, p.practice.id).practiceMeasures.create({
    measure: {
      title: `Own measure ${tag}`,
      clientTitle: 'A few questions',
      about: 'relationship',
      instructions: 'Over the last week:',
      items: [{ text: 'We talked.' }, { text: 'We laughed.' }],
      choices: [
        { value: 0, label: 'No' },
        { value: 1, label: 'Yes' },
      ],
      choiceLayout: 'list',
      scoring: 'sum',
      better: 'higher',
      bands: [{ from: 0, label: 'Any', tone: 'calm' }],
      reliableChange: null,
      clinicalCutOff: null,
      licence: 'Our own words.',
    },
  });
  await counselor.measures.setSchedule({ coupleId: p.couple.couple.id, measure: own.slug, timing: 'intake' });
  await partner.measures.submit({ measure: own.slug, sessionId: null, answers: [1, 0] });
  // Session feedback at intake from both partners, far apart: an alliance split on the caseload
  // (a couple_measure_alerts row, recomputed in the answering transaction).
  await counselor.measures.setSchedule({
    coupleId: p.couple.couple.id,
    measure: 'session-feedback',
    timing: 'intake',
  });
  await partner.measures.submit({ measure: 'session-feedback', sessionId: null, answers: [5, 5, 4] });
  await callerFor(db, p.couple.partners[1].user.id, p.practice.id, 'client').measures.submit({
    measure: 'session-feedback',
    sessionId: null,
    answers: [2, 3, 2],
  });
  const { flags } = await counselor.safety.get({ coupleId: p.couple.couple.id });
  for (const flag of flags)
    await counselor.safety.acknowledgeFlag({ flagId: flag.id, note: `Called ${tag}` });
  await counselor.safety.setCadence({ coupleId: p.couple.couple.id, cadenceDays: 14 });
  await callerFor(db, p.owner.user.id, p.practice.id).safety.updateCrisisLines({
    lines: [{ name: `Line ${tag}`, contact: 'Call 555-0100', url: null, description: '' }],
  });
  return own.id;
}

/**
 * A Group subscription of `seats` seats (10 unless told), bought at the run's local Stripe; the practice's rows are
 * written as the checkout and the webhook would write them.
 */
async function subscribeAtStripe(db: Db, p: TestPractice, seats: number) {
  const stripe = stripeClient();
  const practiceId = p.practice.id;
  const customer = await stripe.customers.create({ name: p.practice.name, metadata: { practiceId } });
  const checkout = await stripe.checkout.sessions.create({
    mode: 'subscription',
    customer: customer.id,
    client_reference_id: practiceId,
    line_items: [{ price: priceIdOf('group'), quantity: seats }],
    metadata: { practiceId },
    subscription_data: { metadata: { practiceId } },
    success_url: 'http://localhost:3000/done',
    cancel_url: 'http://localhost:3000/cancelled',
  });
  const subscriptionId = await payCheckoutInTest(checkout.id);
  await db.insert(billingCustomers).values({ practiceId, stripeCustomerId: customer.id });
  await db.insert(practiceSubscriptions).values({
    practiceId,
    stripeSubscriptionId: subscriptionId,
    plan: 'group',
    status: 'active',
    seats,
  });
}
