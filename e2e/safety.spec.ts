import { expect, type Page, test } from '@playwright/test';
import { expectNoSeriousViolations, newPerson, openLatestEmailLink, signUpPractice, unique } from './support';

const NEUTRAL = /^https:\/\/www\.google\.com\/search\?q=weather/;

async function acceptInvite(page: Page, email: string, firstName: string) {
  await openLatestEmailLink(page, email, 'invite');
  await page.getByRole('button', { name: 'Accept and continue' }).click();
  await expect(page.getByRole('heading', { name: `Hi ${firstName}` })).toBeVisible();
}

test('a partner checks in privately, the counselor acknowledges the flag and places a hold, the portal shows support; quick exit leaves at once', async ({
  page,
  browser,
}) => {
  // Three people's sessions, two sign-ins by invitation and a dozen pages: longer than one page's budget.
  test.setTimeout(240_000);
  await signUpPractice(page);
  // The practice adds its own line to the defaults; a partner who answers with concern sees it at once.
  const caseload = page.url();
  await page.getByRole('navigation', { name: 'Practice' }).getByRole('link', { name: 'Settings' }).click();
  const crisisLines = page.getByRole('region', { name: 'Crisis lines' });
  await crisisLines.getByRole('button', { name: 'Add a line' }).click();
  await crisisLines.getByLabel('Name').last().fill('Riverside Crisis Line');
  await crisisLines.getByLabel('How to reach it').last().fill('Call 555-0142 at any hour');
  await crisisLines.getByRole('button', { name: 'Save crisis lines' }).click();
  await expect(crisisLines.getByText('Crisis lines saved.')).toBeVisible();
  await page.goto(caseload);
  const robin = { name: 'Robin Avery', email: `robin.${unique()}@e2e.example` };
  const jordan = { name: 'Jordan Avery', email: `jordan.${unique()}@e2e.example` };
  for (const [index, partner] of [robin, jordan].entries()) {
    const group = page.getByRole('group', { name: `Partner ${index + 1}` });
    await group.getByLabel('Name').fill(partner.name);
    await group.getByLabel('Email').fill(partner.email);
  }
  await page.getByRole('button', { name: 'Add couple and send invitations' }).click();
  await expect(page.getByText('Both were emailed an invitation.')).toBeVisible();

  // Robin's first sign-in: the private check-in waits on the home page.
  const r = await newPerson(browser);
  await acceptInvite(r.page, robin.email, 'Robin');
  await expect(r.page.getByRole('heading', { name: 'A private check-in' })).toBeVisible();
  // The quick exit is the first control after the skip link, on a freshly loaded page.
  await r.page.reload();
  await r.page.keyboard.press('Tab');
  await expect(r.page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await r.page.keyboard.press('Tab');
  await expect(r.page.getByRole('link', { name: /Quick exit/ })).toBeFocused();
  await expectNoSeriousViolations(r.page, 'portal home with the check-in');

  await r.page.getByRole('link', { name: 'Start the check-in' }).click();
  await expect(r.page.getByRole('heading', { name: 'Your private check-in' })).toBeVisible();
  await expectNoSeriousViolations(r.page, 'check-in form');
  // On a phone and on a desktop, the three answers of a question sit apart, never over each other.
  for (const width of [1280, 390]) {
    await r.page.setViewportSize({ width, height: 844 });
    // Each radio and each word, not the labels' boxes: a word too long for its box spills over the next radio.
    const boxes = await r.page
      .getByRole('group', { name: /felt afraid of your partner/ })
      .locator('label > input, label > span')
      .evaluateAll((parts) => parts.map((part) => part.getBoundingClientRect().toJSON()));
    expect(boxes).toHaveLength(6);
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        expect(
          a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top,
          `answers overlap at ${width} px`,
        ).toBe(true);
  }
  await r.page
    .getByRole('group', { name: /felt afraid of your partner/ })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await r.page
    .getByRole('group', { name: /feel safe doing exercises together/ })
    .getByRole('radio', { name: 'No' })
    .check();
  await r.page.getByLabel(/Anything you want your counselor to know privately/).fill('He reads my messages.');
  await r.page.getByRole('button', { name: 'Send to my counselor' }).click();
  await expect(r.page.getByRole('heading', { name: 'Thank you' })).toBeFocused();
  // Answers that point to danger: the practice's lines right here, in plain words, and the way to Support.
  const thanks = r.page.getByRole('region', { name: 'Thank you' });
  await expect(thanks.getByRole('heading', { name: 'Riverside Crisis Line' })).toBeVisible();
  await expect(thanks.getByText('Call 555-0142 at any hour')).toBeVisible();
  await expect(thanks.getByText('Call or text 988')).toBeVisible();
  await expect(thanks.getByRole('link', { name: 'Support lines' })).toBeVisible();
  await expect(thanks.getByText(/flag|hold|safety/i)).toHaveCount(0);
  await expectNoSeriousViolations(r.page, 'check-in thank-you with the crisis lines');
  await r.page.getByRole('link', { name: 'Back to this week' }).click();
  await expect(r.page.getByRole('heading', { name: 'A private check-in' })).toHaveCount(0);

  // Jordan's portal says nothing of Robin's check-in: only Jordan's own, like any first sign-in.
  const j = await newPerson(browser);
  await acceptInvite(j.page, jordan.email, 'Jordan');
  await expect(j.page.getByRole('heading', { name: 'A private check-in' })).toBeVisible();
  await expect(j.page.getByText(/reads my messages|flag|safety/i)).toHaveCount(0);

  // The counselor sees the flag on the caseload and on the couple page, and acknowledges it.
  await page.reload();
  const couple = page.getByRole('row', { name: /Robin Avery & Jordan Avery/ });
  await expect(couple.getByText('1 safety flag')).toBeVisible();
  await couple.getByRole('link', { name: 'Robin Avery & Jordan Avery' }).click();
  await expect(page.getByText('1 open safety flag')).toBeVisible();
  await expect(page.getByText('1 safety check-in needs your response.')).toBeVisible();
  await page.getByRole('link', { name: 'Check-ins, flags and safety hold' }).click();
  await expect(
    page
      .getByRole('navigation', { name: 'Couple record' })
      .getByRole('link', { name: 'Safety', exact: true }),
  ).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { name: 'Safety hold' })).toBeVisible();
  await expect(page.getByText('He reads my messages.')).toBeVisible();
  await expectNoSeriousViolations(page, 'couple safety page');
  await page
    .getByLabel('What you did or will do about Robin Avery’s answers')
    .fill('Called Robin privately; safety plan made.');
  await page.getByRole('button', { name: 'Acknowledge flag' }).click();
  await expect(page.getByText('Acknowledged', { exact: true })).toBeVisible();
  await expect(page.getByText(/Called Robin privately/)).toBeVisible();

  await page.getByRole('button', { name: 'Place safety hold' }).click();
  await expect(
    page.getByRole('region', { name: 'Safety hold' }).getByText('On safety hold', { exact: true }),
  ).toBeVisible();
  await expect(page.getByRole('list', { name: 'At a glance' })).toContainText('On safety hold');
  await expect(page.getByRole('button', { name: 'Lift the safety hold' })).toBeVisible();

  // Both partners now see the same neutral note, and the support lines.
  for (const person of [r, j]) {
    await person.page.goto(new URL(person.page.url()).pathname.replace(/\/portal\/([^/]+).*/, '/portal/$1'));
    await expect(
      person.page.getByRole('heading', { name: 'Shared exercises are paused for now' }),
    ).toBeVisible();
    await expect(person.page.getByText(/safety|hold/i)).toHaveCount(0);
  }
  await r.page.getByRole('navigation', { name: 'Your space' }).getByRole('link', { name: 'Support' }).click();
  await expect(r.page.getByRole('heading', { name: 'Support', level: 1 })).toBeVisible();
  await expect(r.page.getByText('Call or text 988')).toBeVisible();
  await expectNoSeriousViolations(r.page, 'support page');

  // Quick exit, by keyboard: the neutral site replaces this page in the history.
  await r.page.route(NEUTRAL, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }),
  );
  const supportUrl = r.page.url();
  await r.page.getByRole('link', { name: /Quick exit/ }).focus();
  await r.page.keyboard.press('Enter');
  await expect(r.page).toHaveURL(NEUTRAL);
  await r.page.goBack();
  expect(r.page.url()).not.toBe(supportUrl);

  await r.context.close();
  await j.context.close();
});
