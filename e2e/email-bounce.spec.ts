import { expect, test } from '@playwright/test';
import { postResendEvent } from './resend-webhook';
import { seriousViolations, signUpPractice, unique } from './support';

test('a partner’s invitation bounces; the counselor sees it on the couple and what to do', async ({
  page,
}) => {
  await signUpPractice(page);
  const robin = `robin.${unique()}@e2e.example`;
  const partners = [
    { name: 'Robin Avery', email: robin },
    { name: 'Jordan Avery', email: `jordan.${unique()}@e2e.example` },
  ];
  for (const [index, partner] of partners.entries()) {
    const group = page.getByRole('group', { name: `Partner ${index + 1}` });
    await group.getByLabel('Name').fill(partner.name);
    await group.getByLabel('Email').fill(partner.email);
  }
  await page.getByRole('button', { name: 'Add couple and send invitations' }).click();
  await page.getByRole('link', { name: 'Robin Avery & Jordan Avery' }).click();
  await expect(page.getByRole('heading', { name: 'Robin Avery & Jordan Avery' })).toBeVisible();
  await expect(page.getByRole('note')).toHaveCount(0);

  const response = await postResendEvent(page.request, {
    type: 'email.bounced',
    created_at: new Date().toISOString(),
    data: {
      email_id: crypto.randomUUID(),
      created_at: new Date().toISOString(),
      from: 'Practice <nudges@ninefold.local>',
      to: [robin.toUpperCase()],
      subject: 'An invitation',
      bounce: { type: 'Permanent', subType: 'General', message: 'Mailbox does not exist' },
    },
  });
  expect(response.status()).toBe(200);

  await page.reload();
  const robinRow = page.getByRole('listitem').filter({ hasText: robin });
  await expect(robinRow.getByRole('note')).toContainText(
    /Emails to this address bounced on .+, so Ninefold has stopped sending to it\. Check the address with them\./,
  );
  await expect(page.getByRole('note')).toHaveCount(1);
  expect(await seriousViolations(page)).toEqual([]);
});
