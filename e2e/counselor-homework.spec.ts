import { expect, test } from '@playwright/test';
import { openCoupleTab, signUpPractice, unique } from './support';

/** A date `days` from today as the browser's date input takes it, and as the page shows it. */
function daysFromToday(days: number) {
  const now = new Date();
  const date = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    iso: `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`,
    shown: date.toLocaleDateString('en-US', { dateStyle: 'medium' }),
  };
}

test('a counselor filters the library, assigns two exercises, moves one and cancels the other, and copies a library exercise', async ({
  page,
}) => {
  await signUpPractice(page);
  const tag = unique();
  for (const [index, name] of ['Robin Avery', 'Jordan Avery'].entries()) {
    const group = page.getByRole('group', { name: `Partner ${index + 1}` });
    await group.getByLabel('Name').fill(name);
    await group.getByLabel('Email').fill(`${name.split(' ')[0]?.toLowerCase()}.${tag}@e2e.example`);
  }
  await page.getByRole('button', { name: 'Add couple and send invitations' }).click();
  const coupleLink = page.getByRole('link', { name: 'Robin Avery & Jordan Avery' });
  await expect(coupleLink).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Practice' });

  // The library, narrowed to one behavior: only its exercises remain.
  await nav.getByRole('link', { name: 'Exercises' }).click();
  await expect(page.getByRole('heading', { name: 'Exercises', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Listening check-in' })).toBeVisible();
  await page.getByLabel('Behavior').selectOption({ label: 'Caring when it hurts' });
  await expect(page.getByRole('status')).toContainText('for Caring when it hurts');
  await expect(page.getByRole('link', { name: 'Listening check-in' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'What comforts me' })).toBeVisible();
  const library = page.getByRole('list', { name: 'Library' }).getByRole('listitem');
  await expect(library).not.toHaveCount(0);
  for (const exercise of await library.all()) await expect(exercise).toContainText('Caring when it hurts');

  // Two exercises for both partners, due a week from today by default.
  await nav.getByRole('link', { name: 'Caseload' }).click();
  await coupleLink.click();
  await openCoupleTab(page, 'Homework');
  const assign = page.getByRole('form', { name: 'Assign homework' });
  await expect(assign.getByLabel('Due date')).toHaveValue(daysFromToday(7).iso);
  await assign.getByLabel('Show exercises for').selectOption({ label: 'Caring when it hurts' });
  await assign.getByRole('checkbox', { name: 'Small acts of care' }).check();
  await assign.getByRole('checkbox', { name: 'What comforts me' }).check();
  await assign.getByLabel('Personal note').fill('Small steps are enough this week.');
  await assign.getByRole('button', { name: 'Assign 2 exercises' }).click();
  await expect(assign.getByText('Assigned 2 exercises to both partners')).toBeVisible();

  const smallActs = page.getByRole('listitem', { name: 'Small acts of care' });
  const comforts = page.getByRole('listitem', { name: 'What comforts me' });
  for (const card of [smallActs, comforts]) {
    await expect(card.getByText('Not started')).toHaveCount(2);
    await expect(card.getByText('Small steps are enough this week.')).toBeVisible();
  }

  // Move one due date.
  const later = daysFromToday(10);
  await smallActs.getByRole('button', { name: 'Change due date or note' }).click();
  await smallActs.getByLabel('Due date').fill(later.iso);
  await smallActs.getByRole('button', { name: 'Save changes' }).click();
  await expect(smallActs.getByText('Changes saved.')).toBeVisible();
  await expect(smallActs.getByText(`Due ${later.shown}`)).toBeVisible();

  // Cancel the other.
  await comforts.getByRole('button', { name: 'Cancel homework' }).click();
  await page
    .getByRole('alertdialog', { name: 'Cancel homework' })
    .getByRole('button', { name: 'Yes, cancel it' })
    .click();
  await expect(comforts.getByText(/^Cancelled /)).toBeVisible();
  await expect(comforts.getByRole('button', { name: 'Cancel homework' })).toHaveCount(0);
  await expect(smallActs.getByRole('button', { name: 'Cancel homework' })).toBeVisible();

  // Copy a library exercise into the practice under a new title.
  const title = `Care without words, our way ${tag}`;
  await nav.getByRole('link', { name: 'Exercises' }).click();
  await page.getByRole('link', { name: 'Care without words' }).click();
  await page.getByRole('link', { name: 'Copy and edit' }).click();
  await expect(page.getByLabel('Title')).toHaveValue('Care without words');
  await page.getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Save exercise' }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByText('Written by your practice.')).toBeVisible();

  // It is in the list for its behavior, and not for another.
  await nav.getByRole('link', { name: 'Exercises' }).click();
  await page.getByLabel('Behavior').selectOption({ label: 'Caring when it hurts' });
  const own = page.getByRole('list', { name: 'Your practice’s exercises' });
  await expect(own.getByRole('link', { name: title })).toBeVisible();
  await page.getByLabel('Behavior').selectOption({ label: 'Laughing together' });
  await expect(page.getByRole('status')).toContainText('for Laughing together');
  await expect(page.getByRole('link', { name: title })).toHaveCount(0);
});
