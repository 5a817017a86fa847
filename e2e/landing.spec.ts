import { expect, test } from '@playwright/test';

test('the landing page says what Ninefold is and leads to sign-up, sign-in and the client link', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('between sessions');
  await expect(page.getByRole('heading', { name: 'Homework on nine behaviors' })).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Account' })
    .getByRole('link', { name: 'Create your practice' })
    .click();
  await expect(page.getByRole('heading', { name: 'Create your practice', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Ninefold' })).toBeVisible();
  await page.getByRole('link', { name: 'Ninefold', exact: true }).click();
  await page.getByRole('link', { name: 'Sign in with an email link' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in with an email link' })).toBeVisible();
});

test('a phone can add Ninefold to its home screen: manifest and icons', async ({ request }) => {
  const manifest = await request.get('/manifest.webmanifest');
  expect(manifest.ok()).toBe(true);
  const body = await manifest.json();
  expect(body).toMatchObject({ name: 'Ninefold', theme_color: '#2a5a5f' });
  // Android asks for 192 and 512 px, one of them safe to crop to a circle.
  const sizes = body.icons.map((icon: { sizes: string }) => icon.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(body.icons.some((icon: { purpose?: string }) => icon.purpose === 'maskable')).toBe(true);
  for (const icon of [...body.icons, { src: '/apple-icon.png', type: 'image/png' }]) {
    const answer = await request.get(icon.src);
    expect(answer.ok(), icon.src).toBe(true);
    expect(answer.headers()['content-type'], icon.src).toBe(icon.type);
  }
});
