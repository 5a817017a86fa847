import { expect, test } from '@playwright/test';
import {
  addCouple,
  expectNoSeriousViolations,
  openCoupleTab,
  openStaffSection,
  partnerOnPhone,
  signUpPractice,
} from './support';

test('an owner adds a licensed measure, the counselor asks it, a partner answers on a phone, and it charts', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await signUpPractice(page);
  const { robin } = await addCouple(page, 'Lark');

  // The owner enters the measure in settings.
  await openStaffSection(page, 'Settings');
  const section = page.getByRole('region', { name: 'Measures' });
  await expect(section.getByText('No measures of your own yet')).toBeVisible();
  await section.getByRole('link', { name: 'Add a measure' }).click();
  await expect(page.getByRole('heading', { name: 'Add a measure', level: 1 })).toBeVisible();
  // Sending it empty says what each field needs, at the field.
  await page.getByRole('button', { name: 'Add measure' }).click();
  await expect(page.getByText('Please check the highlighted fields.')).toBeVisible();
  await expect(page.getByLabel('Title for counselors')).toBeFocused();
  await expect(page.getByText('Enter what gives the practice the right to use this measure.')).toBeVisible();
  await page.getByLabel('Title for counselors').fill('Closeness check (licensed)');
  await page.getByLabel('Plain title for clients').fill('How close you feel');
  await page.getByLabel('What it asks about').selectOption('relationship');
  await page.getByLabel('Instructions').fill('Over the last week, how true was each of these?');
  await page
    .getByLabel('Licence note')
    .fill('Used under the author’s written permission to the practice, 2026.');
  await page.getByLabel('Question 1').fill('We talked most days.');
  await page.getByRole('button', { name: 'Add a question' }).click();
  await page.getByLabel('Question 2').fill('I felt heard.');
  for (const [i, label] of ['Never', 'Sometimes', 'Often', 'Always'].entries())
    await page.getByLabel(`Answer ${i + 1} label`).fill(label);
  await page.getByLabel('Which way is better').selectOption('higher');
  await expect(page.getByText('scores run from 0 to 6')).toBeVisible();
  await page.getByLabel('Band 1 label').fill('Distant');
  await page.getByLabel('Band 1 reads as').selectOption('concern');
  await page.getByRole('button', { name: 'Add a band' }).click();
  await page.getByLabel('Band 2 from').fill('4');
  await page.getByLabel('Band 2 label').fill('Close');
  await page.getByLabel('Band 2 reads as').selectOption('calm');
  await page.getByLabel('Reliable change (optional)').fill('2');
  await expectNoSeriousViolations(page, 'add a practice measure');
  await page.getByRole('button', { name: 'Add measure' }).click();
  const listed = section.getByRole('listitem').filter({ hasText: 'Closeness check (licensed)' });
  await expect(listed).toContainText('Active');
  await expect(listed).toContainText('2 questions · Not asked of any couple');

  // The counselor (the owner here) asks it of the couple, beside the built-ins.
  await openStaffSection(page, 'Caseload');
  await page.getByRole('link', { name: 'Robin Lark & Jordan Lark' }).click();
  await openCoupleTab(page, 'Measures');
  const form = page.getByRole('form', { name: 'When to ask: Closeness check (licensed)' });
  await form.getByLabel('When to ask').selectOption('intake');
  await form.getByRole('button', { name: 'Start asking' }).click();
  await expect(page.getByText('Closeness check (licensed) added.')).toBeVisible();

  // Robin answers on a phone, under the plain title.
  const { page: r } = await partnerOnPhone(browser, robin.email, 'Robin');
  await r
    .getByRole('region', { name: 'Quick questions for you' })
    .getByRole('link', { name: 'How close you feel' })
    .click();
  await expect(r.getByRole('heading', { name: 'How close you feel' })).toBeVisible();
  await expect(r.getByText('Used under the author’s written permission')).toBeVisible();
  const questions = r.getByRole('group');
  await questions.nth(0).getByRole('radio', { name: 'Always', exact: true }).check();
  await questions.nth(1).getByRole('radio', { name: 'Often', exact: true }).check();
  await expectNoSeriousViolations(r, 'practice measure on a phone');
  await r.getByRole('button', { name: 'Send to my counselor' }).click();
  await expect(r.getByRole('heading', { name: 'Thank you' })).toBeFocused();

  // The counselor sees Robin's score in its band; the measure can no longer be edited, only retired.
  await page.reload();
  const card = page.getByRole('region', { name: 'Closeness check (licensed)' });
  const figure = card.getByRole('figure', { name: 'Closeness check (licensed) by session' });
  await figure.getByRole('button', { name: /Show as table/ }).click();
  await expect(figure.getByRole('table').getByRole('row').nth(1).getByRole('cell').first()).toHaveText(
    '5 (Close)',
  );
  await expectNoSeriousViolations(page, 'couple measures with a practice measure');
  await openStaffSection(page, 'Settings');
  await expect(listed).toContainText('Asked of 1 couple · answered, so its questions are sealed');
  await expect(section.getByRole('link', { name: /Edit/ })).toHaveCount(0);
  await section.getByRole('button', { name: 'Retire Closeness check (licensed)' }).click();
  await expect(page.getByRole('button', { name: 'Keep it active' })).toBeFocused();
  await page.getByRole('button', { name: 'Retire measure' }).click();
  await expect(listed).toContainText('Retired');
});
