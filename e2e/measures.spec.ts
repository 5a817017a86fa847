import { expect, type Page, test } from '@playwright/test';
import {
  addCouple,
  daysFromToday,
  expectNoSeriousViolations,
  openCoupleTab,
  openStaffSection,
  partnerOnPhone,
  signUpPractice,
} from './support';

/** Answers every question of the open questionnaire with `choice` (or per question), then sends it. */
async function answerAll(page: Page, choice: string | ((index: number) => string)) {
  await expect(page.getByRole('button', { name: 'Send to my counselor' })).toBeVisible();
  const questions = page.getByRole('group');
  const count = await questions.count();
  for (let i = 0; i < count; i++) {
    await questions
      .nth(i)
      .getByRole('radio', { name: typeof choice === 'string' ? choice : choice(i), exact: true })
      .check();
  }
  await page.getByRole('button', { name: 'Send to my counselor' }).click();
  await expect(page.getByRole('heading', { name: 'Thank you' })).toBeFocused();
}

test('both partners answer before a session on their phones; the counselor sees both lines and an alliance split', async ({
  page,
  browser,
}) => {
  // Three people, two invitations, four questionnaires and a dozen pages.
  test.setTimeout(240_000);
  await signUpPractice(page);
  const { robin, jordan } = await addCouple(page, 'Vale');
  await page.getByRole('link', { name: 'Robin Vale & Jordan Vale' }).click();

  // A session tomorrow; both questionnaires asked from 72 hours before each session.
  await openCoupleTab(page, 'Sessions and notes');
  const booking = page.getByRole('form', { name: 'Schedule a session' });
  await booking.getByLabel('Date').fill(daysFromToday(1));
  await booking.getByLabel('Start time').fill('16:45');
  await booking.getByLabel('Length (minutes)').fill('50');
  await booking.getByRole('radio', { name: 'In person' }).check();
  await booking.getByRole('button', { name: 'Schedule session' }).click();
  await expect(booking.getByText(/Session booked for/)).toBeVisible();
  await openCoupleTab(page, 'Measures');
  await expect(page.getByText('No measures yet')).toBeVisible();
  for (const title of ['PHQ-9 (mood)', 'Session feedback']) {
    const form = page.getByRole('form', { name: `When to ask: ${title}` });
    await expect(form.getByLabel('When to ask')).toHaveValue('before-session');
    await form.getByLabel('Hours before').fill('72');
    await form.getByRole('button', { name: 'Start asking' }).click();
    await expect(page.getByText(`${title} added.`)).toBeVisible();
    await expect(page.getByRole('heading', { name: title, level: 3 })).toBeVisible();
  }
  // The nine-behavior pulse once, at intake: its ratings feed the Progress tab.
  const pulse = page.getByRole('form', { name: 'When to ask: Nine-behavior pulse' });
  await pulse.getByLabel('When to ask').selectOption('intake');
  await pulse.getByRole('button', { name: 'Start asking' }).click();
  await expect(page.getByText('Nine-behavior pulse added.')).toBeVisible();

  // Robin, on a phone: feels low but safe, and the sessions work well for them.
  const { page: r } = await partnerOnPhone(browser, robin.email, 'Robin');
  const asked = r.getByRole('region', { name: 'Quick questions for you' });
  await expect(asked.getByRole('link', { name: 'How your mood has been' })).toBeVisible();
  await expect(asked.getByText(/before your session of/).first()).toBeVisible();
  await expectNoSeriousViolations(r, 'portal home with questionnaires');
  await asked.getByRole('link', { name: 'How your mood has been' }).click();
  await expect(r.getByRole('heading', { name: 'How your mood has been' })).toBeVisible();
  await expectNoSeriousViolations(r, 'PHQ-9 on a phone');
  // Sending with a question left out says so, and keeps every answer given.
  await r.getByRole('group').first().getByRole('radio', { name: 'Several days' }).check();
  await r.getByRole('button', { name: 'Send to my counselor' }).click();
  await expect(r.getByText('Answer every question before sending (8 left).')).toBeVisible();
  await expect(r.getByRole('group').first().getByRole('radio', { name: 'Several days' })).toBeChecked();
  await answerAll(r, (i) => (i < 4 ? 'Several days' : 'Not at all'));
  await expect(r.getByText('You do not have to wait for your next session')).toHaveCount(0);
  await r.getByRole('link', { name: /Next: How your sessions are going for you/ }).click();
  await expect(r.getByRole('heading', { name: 'How your sessions are going for you' })).toBeVisible();
  await answerAll(r, 'Completely');
  // The pulse: each behavior for Robin (4, mostly) and for Jordan (2, a little), as steps of a scale.
  await r.getByRole('link', { name: /Next: How the two of you have been doing/ }).click();
  await expect(r.getByRole('heading', { name: 'Listening fully' })).toBeVisible();
  await expectNoSeriousViolations(r, 'the pulse on a phone');
  await answerAll(r, (i) => (i % 2 === 0 ? '4: Mostly' : '2: A little'));
  await r.getByRole('link', { name: 'Back to this week' }).click();
  await expect(r.getByRole('region', { name: 'Quick questions for you' })).toHaveCount(0);

  // Jordan, on a phone: a PHQ-9 with item 9 above "Not at all" shows help at once; the sessions work
  // for Jordan much less than for Robin.
  const { page: j } = await partnerOnPhone(browser, jordan.email, 'Jordan');
  // Robin's answers change nothing Jordan is asked.
  await expect(j.getByRole('region', { name: 'Quick questions for you' }).getByRole('listitem')).toHaveCount(
    3,
  );
  await j.getByRole('link', { name: 'How your mood has been' }).click();
  await answerAll(j, (i) => (i === 8 ? 'Several days' : 'More than half the days'));
  await expect(
    j.getByRole('heading', { name: 'You do not have to wait for your next session' }),
  ).toBeVisible();
  await j.getByRole('link', { name: /Next: How your sessions are going for you/ }).click();
  await expect(j.getByRole('heading', { name: 'How your sessions are going for you' })).toBeVisible();
  await expectNoSeriousViolations(j, 'session feedback on a phone');
  await answerAll(j, 'A little');

  // The counselor: both partners' lines, the gap, the alliance split and the PHQ-9 flag.
  await page.reload();
  await expect(page.getByText('Alliance split: Jordan rates the therapy lower')).toBeVisible();
  await expect(page.getByText('1 open safety flag')).toBeVisible();
  const feedback = page.getByRole('region', { name: 'Session feedback' });
  const figure = feedback.getByRole('figure', { name: 'Session feedback by session' });
  await expect(figure.getByRole('listitem')).toHaveText([
    'Robin',
    'Jordan',
    'Robin: no reliable change from 5 (±1)',
    'Jordan: no reliable change from 2 (±1)',
  ]);
  await figure.getByRole('button', { name: /Show as table/ }).click();
  const row = figure.getByRole('table').getByRole('row').nth(1);
  await expect(row.getByRole('cell')).toHaveText(['5 (Good)', '2 (Low)', '3']);
  const mood = page.getByRole('region', { name: 'PHQ-9 (mood)' });
  await expect(mood.getByRole('definition').getByText('Moderately severe')).toBeVisible();
  await expect(mood.getByRole('definition').getByText('Minimal')).toBeVisible();
  await expectNoSeriousViolations(page, 'couple measures');
  // The overview has the numbers at a glance, with the alert.
  await openCoupleTab(page, 'Overview');
  const glance = page.getByRole('region', { name: 'Measures' });
  await expect(glance.getByRole('row', { name: /PHQ-9/ })).toContainText('17');
  await expect(glance.getByText('Alliance split: Jordan rates the therapy lower')).toBeVisible();
  await openCoupleTab(page, 'Safety');
  await expect(page.getByText(/PHQ-9 of .*item 9/)).toBeVisible();
  // Robin's pulse is in the progress charts: how Robin rated themself, and how Robin rated Jordan.
  await openCoupleTab(page, 'Progress');
  const listening = page.getByRole('region', { name: 'Listening fully' });
  for (const [name, cells] of [
    ['Robin', ['4', '–', '–']],
    ['Jordan', ['–', '2', '–']],
  ] as const) {
    const chart = listening.getByRole('figure', { name, exact: true });
    await chart.getByRole('button', { name: /Show as table/ }).click();
    await expect(chart.getByRole('table').getByRole('row').nth(1).getByRole('cell')).toHaveText([...cells]);
  }

  // The caseload says the same (stored with Jordan's answer), and filters by it.
  await openStaffSection(page, 'Caseload');
  const couple = page.getByRole('row', { name: /Robin Vale & Jordan Vale/ });
  const alerts = couple.getByRole('list', { name: 'Measure alerts' });
  await expect(alerts.getByRole('listitem')).toHaveText([/^Alliance split/]);
  const filters = page.getByRole('form', { name: 'Filter the caseload' });
  await filters.getByLabel('Measure alerts').selectOption('Worse');
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByText('No couples match these filters')).toBeVisible();
  await filters.getByLabel('Measure alerts').selectOption('Alliance split');
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/[?&]alert=alliance-split/);
  await expect(page.getByRole('row', { name: /Robin Vale & Jordan Vale/ })).toBeVisible();
  await expectNoSeriousViolations(page, 'caseload filtered by alliance split');

  // The owner (this counselor) sets the practice's thresholds; the split is three points wide, so it stays.
  await openStaffSection(page, 'Settings');
  const thresholds = page.getByRole('form', { name: 'Measure alerts' });
  await thresholds.getByLabel('Not improving after').fill('25');
  await thresholds.getByRole('button', { name: 'Save measure alerts' }).click();
  await expect(thresholds.getByText('At most 20 answers.')).toBeVisible();
  await thresholds.getByLabel('Not improving after').fill('3');
  await thresholds.getByLabel('Alliance split at a gap of').selectOption('2 points');
  await thresholds.getByRole('button', { name: 'Save measure alerts' }).click();
  await expect(thresholds.getByText('Measure alerts saved.', { exact: false })).toBeVisible();
  await expectNoSeriousViolations(page, 'settings with measure alerts');
  await openStaffSection(page, 'Caseload');
  await expect(
    page.getByRole('row', { name: /Robin Vale & Jordan Vale/ }).getByRole('list', { name: 'Measure alerts' }),
  ).toContainText('Alliance split');
});
