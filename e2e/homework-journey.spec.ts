import { expect, type Page, test } from '@playwright/test';
import { expectNoSeriousViolations, openCoupleTab, partnerOnPhone, signUpPractice, unique } from './support';

async function answerEveryPrompt(page: Page, text: string) {
  const form = page.getByRole('form', { name: 'Your answer' });
  const boxes = form.getByRole('textbox');
  await expect(boxes.first()).toBeVisible();
  for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).fill(`${text} (${i + 1})`);
  await expect(page.getByText(/Draft saved at \d{1,2}:\d{2} [AP]M \S+/)).toBeVisible();
  await form.getByRole('button', { name: 'Send' }).click();
}

test('a joint reveal stays hidden until both partners answer; the counselor reviews and both see the comment', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await signUpPractice(page);
  const tag = unique();
  const people = [
    { name: 'Robin Avery', email: `robin.${tag}@e2e.example` },
    { name: 'Jordan Avery', email: `jordan.${tag}@e2e.example` },
  ];
  for (const [index, person] of people.entries()) {
    const group = page.getByRole('group', { name: `Partner ${index + 1}` });
    await group.getByLabel('Name').fill(person.name);
    await group.getByLabel('Email').fill(person.email);
  }
  await page.getByRole('button', { name: 'Add couple and send invitations' }).click();
  await page.getByRole('link', { name: 'Robin Avery & Jordan Avery' }).click();
  await openCoupleTab(page, 'Homework');

  const assign = page.getByRole('form', { name: 'Assign homework' });
  await assign.getByLabel('Show exercises for').selectOption({ label: 'Caring when it hurts' });
  await assign.getByRole('checkbox', { name: 'What comforts me' }).check();
  await assign.getByRole('checkbox', { name: 'Small acts of care' }).check();
  await assign.getByRole('button', { name: 'Assign 2 exercises' }).click();
  await expect(assign.getByText('Assigned 2 exercises to both partners')).toBeVisible();

  const robin = await partnerOnPhone(browser, people[0]?.email ?? '', 'Robin');
  const jordan = await partnerOnPhone(browser, people[1]?.email ?? '', 'Jordan');
  await expectNoSeriousViolations(robin.page, 'portal this week');

  // Opening a homework is not starting it: no draft, for Robin or the counselor, until Robin writes.
  const robinOnHome = () =>
    robin.page
      .getByRole('listitem')
      .filter({ has: robin.page.getByRole('link', { name: 'What comforts me' }) });
  const robinForCounselor = () =>
    page
      .getByRole('listitem', { name: 'What comforts me' })
      .getByRole('list', { name: 'Progress' })
      .getByRole('listitem')
      .filter({ hasText: 'Robin Avery' });
  await robin.page.getByRole('link', { name: 'What comforts me' }).click();
  await expect(
    robin.page.getByRole('form', { name: 'Your answer' }).getByRole('textbox').first(),
  ).toBeVisible();
  // Longer than the autosave's pause, so a save on opening would have happened by now.
  await robin.page.waitForTimeout(2_000);
  await expect(robin.page.getByText(/Draft saved at|Saving/)).toHaveCount(0);
  await robin.page.getByRole('link', { name: 'Back to this week' }).click();
  await expect(robinOnHome().getByText('You: Not started')).toBeVisible();
  await page.reload();
  await expect(robinForCounselor().getByText('Not started')).toBeVisible();
  await robin.page.getByRole('link', { name: 'What comforts me' }).click();
  await robin.page.getByRole('form', { name: 'Your answer' }).getByRole('textbox').first().fill('A walk');
  await expect(robin.page.getByText(/Draft saved at/)).toBeVisible();
  await robin.page.getByRole('link', { name: 'Back to this week' }).click();
  await expect(robinOnHome().getByText('You: In progress')).toBeVisible();
  await page.reload();
  await expect(robinForCounselor().getByText('In progress')).toBeVisible();

  // Robin answers first and sees nothing of Jordan's.
  await robin.page.getByRole('link', { name: 'What comforts me' }).click();
  await expectNoSeriousViolations(robin.page, 'joint reveal answer form');
  await answerEveryPrompt(robin.page, `Robin-secret-${tag}`);
  await expect(robin.page.getByRole('heading', { name: 'Your answer' })).toBeVisible();
  await expect(robin.page.getByText(/Jordan has not sent theirs yet/)).toBeVisible();

  // Jordan cannot see Robin's answer before sending their own.
  await jordan.page.getByRole('link', { name: 'What comforts me' }).click();
  await expect(jordan.page.getByText('Robin has sent theirs. Send yours to see both.')).toBeVisible();
  await expect(jordan.page.getByText(`Robin-secret-${tag}`, { exact: false })).toHaveCount(0);
  await answerEveryPrompt(jordan.page, `Jordan-secret-${tag}`);
  await expect(jordan.page.getByText(`Robin-secret-${tag} (1)`)).toBeVisible();

  await robin.page.reload();
  await expect(robin.page.getByText(`Jordan-secret-${tag} (1)`)).toBeVisible();

  // A practice log, on the phone: one entry, then done.
  await robin.page.getByRole('link', { name: 'Back to this week' }).click();
  await robin.page.getByRole('link', { name: 'Small acts of care' }).click();
  await robin.page.getByLabel('A few words (optional)').fill('Made tea without being asked');
  await robin.page.getByRole('button', { name: 'Add to log' }).click();
  await expect(robin.page.getByText('1 of 5 logged')).toBeVisible();
  await expectNoSeriousViolations(robin.page, 'practice log');
  await expect(robin.page.getByText(/Draft saved at/)).toBeVisible();
  await robin.page.getByRole('button', { name: 'Mark as done' }).click();
  await expect(robin.page.getByText('Made tea without being asked')).toBeVisible();

  // The counselor reads both answers and reviews.
  await page.reload();
  const reveal = page.getByRole('listitem', { name: 'What comforts me' });
  await expect(reveal.getByText(`Robin-secret-${tag} (1)`)).toBeVisible();
  await expect(reveal.getByText(`Jordan-secret-${tag} (1)`)).toBeVisible();
  await reveal.getByLabel('Comment for the couple').fill('You both named the same thing. Lovely.');
  await reveal.getByRole('button', { name: 'Mark reviewed' }).click();
  await expect(reveal.getByText('You both named the same thing. Lovely.')).toBeVisible();

  for (const partner of [robin, jordan]) {
    await partner.page.goto(partner.page.url().replace(/\/homework\/.*/, ''));
    await partner.page.getByRole('link', { name: 'What comforts me' }).click();
    await expect(partner.page.getByText('You both named the same thing. Lovely.')).toBeVisible();
    await partner.context.close();
  }
});
