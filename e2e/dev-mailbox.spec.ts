import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations, waitForMail } from './support';

test('the dev mailbox shows each message as its HTML, in a sandboxed frame, or as plain text', async ({
  page,
}) => {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  const email = 'taylor.kim@clients.example';
  await page.goto('/sign-in/link');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await expect(page.getByText('a sign-in link is on its way')).toBeVisible();
  await waitForMail(page, email, (p) => p.locator('a[href*="/magic?token="]').first());

  // HTML first, as a mail client shows it; the frame may run and reach nothing.
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  await expect(page.getByRole('link', { name: 'HTML' })).toHaveAttribute('aria-current', 'page');
  const frame = page.locator('iframe[title="HTML version of “Your sign-in link”"]').first();
  await expect(frame).toHaveAttribute('sandbox', '');
  const html = page.frameLocator('iframe[title="HTML version of “Your sign-in link”"]').first();
  await expect(html.getByText(/Use the button below to sign in/)).toBeVisible();
  await expect(html.getByRole('link', { name: 'Sign in', exact: true })).toHaveAttribute(
    'href',
    /\/magic\?token=/,
  );
  await expectNoSeriousViolations(page, 'dev mailbox, HTML');

  await page.getByRole('link', { name: 'Plain text' }).click();
  await expect(page).toHaveURL(/view=text/);
  await expect(page.locator('a[href*="/magic?token="]').first()).toBeVisible();
  await expect(page.locator('iframe')).toHaveCount(0);
  expect(refused).toEqual([]);
});
