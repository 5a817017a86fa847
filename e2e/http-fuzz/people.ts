// The people the HTTP fuzz calls as: a practice of its own (so whatever the fuzz changes stays
// there) with an owner, an admin, a counselor and a client, each signed in through the real pages
// in a browser context of their own, plus a caller who never signed in.
import { type Browser, type BrowserContext, expect } from '@playwright/test';
import { newPerson, openLatestEmailLink, signUpPractice, unique } from '../support';

export type Role = 'owner' | 'admin' | 'counselor' | 'client' | 'signed-out';
export type Person = { role: Role; context: BrowserContext };

export async function signInEveryone(browser: Browser): Promise<{ practiceId: string; people: Person[] }> {
  const owner = await newPerson(browser);
  await signUpPractice(owner.page);
  const practiceId = new URL(owner.page.url()).pathname.split('/')[2] ?? '';

  const partner = { name: 'Robin Fuzz', email: `robin.${unique()}@e2e.example` };
  for (const [index, p] of [
    partner,
    { name: 'Jordan Fuzz', email: `jordan.${unique()}@e2e.example` },
  ].entries()) {
    const group = owner.page.getByRole('group', { name: `Partner ${index + 1}` });
    await group.getByLabel('Name').fill(p.name);
    await group.getByLabel('Email').fill(p.email);
  }
  await owner.page.getByRole('button', { name: 'Add couple and send invitations' }).click();
  await expect(owner.page.getByText('Both were emailed an invitation.')).toBeVisible();

  const staff: Person[] = [];
  for (const role of ['admin', 'counselor'] as const) {
    const email = `${role}.${unique()}@e2e.example`;
    await owner.page.goto(`/p/${practiceId}/team`);
    const inviteForm = owner.page.getByRole('form', { name: 'Invite a team member' });
    await inviteForm.getByLabel('Email').fill(email);
    await inviteForm.getByLabel('Role').selectOption(role);
    await inviteForm.getByRole('button', { name: 'Send invitation' }).click();
    await expect(owner.page.getByText(`Invitation sent to ${email}.`)).toBeVisible();
    const person = await newPerson(browser);
    await openLatestEmailLink(person.page, email, 'invite');
    await person.page.getByLabel('Your name').fill(`Fuzz ${role}`);
    await person.page.getByLabel('Choose a password').fill('a long enough password');
    await person.page.getByRole('button', { name: 'Accept and continue' }).click();
    // An admin of a practice with couples sees all of them: "Practice caseload".
    await expect(person.page.getByRole('heading', { name: /^(Your|Practice) caseload$/ })).toBeVisible();
    staff.push({ role, context: person.context });
  }

  const client = await newPerson(browser);
  await openLatestEmailLink(client.page, partner.email, 'invite');
  await client.page.getByRole('button', { name: 'Accept and continue' }).click();
  await expect(client.page.getByRole('heading', { name: 'Hi Robin' })).toBeVisible();

  const signedOut = await browser.newContext();
  return {
    practiceId,
    people: [
      { role: 'owner', context: owner.context },
      ...staff,
      { role: 'client', context: client.context },
      { role: 'signed-out', context: signedOut },
    ],
  };
}
