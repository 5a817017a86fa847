import { expect, test } from '@playwright/test';
import { newPerson, openLatestEmailLink, signUpPractice, unique } from './support';

test('a counselor adds a couple; each partner accepts the invite and sees their couple and counselor', async ({
  page,
  browser,
}) => {
  await signUpPractice(page);
  const partners = [
    { name: 'Robin Avery', email: `robin.${unique()}@e2e.example` },
    { name: 'Jordan Avery', email: `jordan.${unique()}@e2e.example` },
  ];
  for (const [index, partner] of partners.entries()) {
    const group = page.getByRole('group', { name: `Partner ${index + 1}` });
    await group.getByLabel('Name').fill(partner.name);
    await group.getByLabel('Email').fill(partner.email);
  }
  await page.getByRole('button', { name: 'Add couple and send invitations' }).click();
  await expect(page.getByText('Both were emailed an invitation.')).toBeVisible();
  const row = page.getByRole('link', { name: 'Robin Avery & Jordan Avery' });
  await expect(row).toBeVisible();

  for (const [index, partner] of partners.entries()) {
    const person = await newPerson(browser);
    await openLatestEmailLink(person.page, partner.email, 'invite');
    await person.page.getByRole('button', { name: 'Accept and continue' }).click();
    await expect(
      person.page.getByRole('heading', { name: `Hi ${partner.name.split(' ')[0]}` }),
    ).toBeVisible();
    const other = partners[1 - index];
    await expect(person.page.getByText(`${partner.name} & ${other?.name}`)).toBeVisible();
    await expect(person.page.getByText('Counselor: Olivia Owner')).toBeVisible();
    await person.context.close();
  }

  await row.click();
  await expect(page.getByText('Joined the portal')).toHaveCount(2);
});
