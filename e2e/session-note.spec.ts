import { expect, test } from '@playwright/test';
import { daysFromToday, expectNoSeriousViolations, openCoupleTab, signUpPractice, unique } from './support';

const BEHAVIOR_NAMES = [
  'Listening fully',
  'Caring when it hurts',
  'Laughing together',
  'Cooling things down',
  'One thing, right now',
  'Respecting the person',
  'Owning your part',
  'Turning heat into care',
  'Time for the two of you',
];

test('a counselor schedules a session, writes its note with observations, reviews homework, assigns from the note, signs it and adds an addendum', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signUpPractice(page);
  const tag = unique();
  for (const [index, name] of ['Robin Avery', 'Jordan Avery'].entries()) {
    const group = page.getByRole('group', { name: `Partner ${index + 1}` });
    await group.getByLabel('Name').fill(name);
    await group.getByLabel('Email').fill(`${name.split(' ')[0]?.toLowerCase()}.${tag}@e2e.example`);
  }
  await page.getByRole('button', { name: 'Add couple and send invitations' }).click();
  await page.getByRole('link', { name: 'Robin Avery & Jordan Avery' }).click();
  await openCoupleTab(page, 'Homework');

  // Homework due tomorrow, then a session the day after: the note reviews that homework.
  const assign = page.getByRole('form', { name: 'Assign homework' });
  await assign.getByLabel('Show exercises for').selectOption({ label: 'Caring when it hurts' });
  await assign.getByRole('checkbox', { name: 'Small acts of care' }).check();
  await assign.getByLabel('Due date').fill(daysFromToday(1));
  await assign.getByRole('button', { name: 'Assign homework' }).click();
  await expect(assign.getByText('Assigned 1 exercise to both partners')).toBeVisible();

  await openCoupleTab(page, 'Sessions and notes');
  const schedule = page.getByRole('form', { name: 'Schedule a session' });
  await schedule.getByLabel('Date').fill(daysFromToday(2));
  await schedule.getByLabel('Start time').fill('10:00');
  await schedule.getByLabel('Length (minutes)').fill('50');
  await schedule.getByRole('radio', { name: 'In person' }).check();
  await schedule.getByLabel('Address').fill('Room 3, 12 Harbor Street');
  await schedule.getByRole('button', { name: 'Schedule session' }).click();
  await expect(schedule.getByText(/Session booked for/)).toBeVisible();
  await page
    .getByRole('list', { name: 'Upcoming sessions' })
    .getByRole('listitem')
    .first()
    .getByRole('link')
    .first()
    .click();

  await expect(page.getByRole('heading', { name: 'Session note', level: 2 })).toBeVisible();
  await expect(page.getByText('Room 3, 12 Harbor Street')).toBeVisible();

  // The homework review shows the assignment with both partners' statuses, and takes a comment.
  const review = page.getByRole('region', { name: 'Homework review' });
  const smallActs = review.getByRole('listitem').filter({ hasText: 'Small acts of care' });
  await expect(smallActs.getByText('Not started')).toHaveCount(2);
  await smallActs.getByLabel('Your comment').fill('Not started yet: talk about what got in the way.');

  // Observations: a level for each behavior, one with a comment; then the DAP sections.
  for (const name of BEHAVIOR_NAMES) {
    const level = name === 'Caring when it hurts' ? 'Strong' : 'Present';
    await page.getByRole('group', { name }).getByRole('radio', { name: level }).check();
  }
  await page
    .getByRole('group', { name: 'Caring when it hurts' })
    .getByLabel('Comment')
    .fill('Robin reached for Jordan’s hand when the talk got hard.');
  await page.getByLabel('Data', { exact: true }).fill(`Both came on time ${tag}.`);
  await page.getByLabel('Assessment', { exact: true }).fill('Warmer than last time.');
  await page.getByLabel('Plan', { exact: true }).fill('Keep the small daily acts going.');
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /Saved at \d{1,2}:\d{2} [AP]M \S+/ })
      .first(),
  ).toBeVisible();

  // Homework assigned from inside the note is listed with it.
  const fromNote = page.getByRole('form', { name: 'Assign homework' });
  await fromNote.getByLabel('Show exercises for').selectOption({ label: 'Caring when it hurts' });
  await fromNote.getByRole('checkbox', { name: 'What comforts me' }).check();
  await fromNote.getByRole('button', { name: 'Assign homework' }).click();
  await expect(fromNote.getByText('Assigned 1 exercise to both partners')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Assigned from this note' })).toContainText('What comforts me');

  // The private process notes box saves on its own.
  const privateBox = page.getByRole('region', { name: /Psychotherapy notes/ });
  await privateBox.getByLabel('Process notes').fill('My own working thoughts.');
  await expect(privateBox.getByText(/Saved at \d{1,2}:\d{2} [AP]M \S+/)).toBeVisible();
  await expectNoSeriousViolations(page, 'session note draft');

  // Signing asks first, then locks the note.
  await page.getByRole('button', { name: 'Sign note' }).click();
  await expect(page.getByText('Signing locks the note')).toBeVisible();
  await page.getByRole('button', { name: 'Sign and lock' }).click();
  await expect(page.getByText(/signed by Olivia Owner/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign note' })).toHaveCount(0);
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expect(page.getByText(`Both came on time ${tag}.`)).toBeVisible();
  await expect(page.getByText('Not started yet: talk about what got in the way.')).toBeVisible();

  // Later words go in an addendum, shown with its author.
  await page.getByRole('textbox', { name: 'Addendum' }).fill('Jordan called to add context about the week.');
  await page.getByRole('button', { name: 'Add addendum' }).click();
  const addenda = page.getByRole('region', { name: 'Addenda' });
  await expect(
    addenda.getByRole('listitem').filter({ hasText: 'Jordan called to add context' }),
  ).toContainText('Olivia Owner');
  await expect(page.getByText(`Both came on time ${tag}.`)).toBeVisible();
  await expectNoSeriousViolations(page, 'signed session note');

  // The couple page links back and shows the note as signed.
  await page.getByRole('link', { name: 'All sessions' }).click();
  await expect(page.getByText('Note signed')).toBeVisible();
});
