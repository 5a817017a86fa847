import { expect, type Locator, type Page, test } from '@playwright/test';
import { DEMO_PASSWORD } from '../db/demo-data';
import { openCoupleTab, signInByLink } from './support';

// Runs in both projects (phone at 390 px and desktop at 1280 px): the portal is used on phones first.

/** Quick exit is in the viewport and nothing covers its centre. */
async function expectQuickExitReachable(page: Page, where: string) {
  const quickExit = page.getByRole('link', { name: /Quick exit/ });
  await expect(quickExit, where).toBeInViewport({ ratio: 1 });
  const onTop = await quickExit.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit !== null && element.contains(hit);
  });
  expect(onTop, `${where}: Quick exit is the topmost element at its centre`).toBe(true);
}

async function expectNoHorizontalOverflow(page: Page, where: string) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${where}: no horizontal overflow`).toBeLessThanOrEqual(innerWidth);
}

/** No two visible controls of the header and navigation, or the page's first controls near it, overlap. */
async function expectNoOverlappingControls(page: Page, where: string) {
  const controls = [
    // One selector list, so a navigation inside the header counts its links once.
    ...(await page.locator(':is(header, nav) :is(a, button, select, input)').all()),
    // The portal's Quick exit sits outside its header, pinned above everything.
    ...(await page.getByRole('link', { name: /^Quick exit/ }).all()),
    // The first few in the page's content, leaving out a navigation there (counted above).
    ...(await page.locator('main :is(a, button, select, input):not(nav *)').all()).slice(0, 3),
  ];
  const boxes: { name: string; box: NonNullable<Awaited<ReturnType<Locator['boundingBox']>>> }[] = [];
  for (const control of controls) {
    if (!(await control.isVisible())) continue;
    const box = await control.boundingBox();
    // The header's neighbourhood only: content further down scrolls under the phone's bottom bar.
    if (box && box.width > 0 && box.height > 0 && box.y < (page.viewportSize()?.height ?? 0) / 2)
      boxes.push({
        name: (await control.textContent())?.trim() || (await control.evaluate((e) => e.outerHTML)),
        box,
      });
  }
  // At least two, so there is something to overlap (a phone's portal header: Quick exit and the practice).
  expect(boxes.length, where).toBeGreaterThanOrEqual(2);
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1)) {
      const overlap =
        a.box.x < b.box.x + b.box.width - 1 &&
        b.box.x < a.box.x + a.box.width - 1 &&
        a.box.y < b.box.y + b.box.height - 1 &&
        b.box.y < a.box.y + a.box.height - 1;
      expect(overlap, `${where}: "${a.name}" overlaps "${b.name}"`).toBe(false);
    }
}

/** A chart's figures open as a table from its button, by keyboard, and close again. */
async function expectChartTable(page: Page, where: string) {
  const show = page.getByRole('button', { name: 'Show as table' }).first();
  await expect(show, where).toHaveAttribute('aria-expanded', 'false');
  await show.focus();
  await page.keyboard.press('Enter');
  const hide = page.getByRole('button', { name: 'Hide table' });
  await expect(hide, where).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('table').first(), where).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Week of' }).first(), where).toBeVisible();
  await hide.click();
  await expect(page.getByRole('table'), where).toHaveCount(0);
}

async function checkPortalPage(page: Page, where: string) {
  await expectQuickExitReachable(page, `${where}, top`);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expectQuickExitReachable(page, `${where}, scrolled to the bottom`);
  await expectNoHorizontalOverflow(page, where);
  await page.evaluate(() => window.scrollTo(0, 0));
}

test('every portal page keeps Quick exit in view and on top, without sideways scrolling; the progress header is intact', async ({
  page,
}, testInfo) => {
  // The narrowest common phone (Pixel 7 is 412 px wide).
  if (testInfo.project.name === 'phone') await page.setViewportSize({ width: 390, height: 844 });
  const email = 'riley.patel@clients.example';
  await signInByLink(page, email, 'Riley');
  const home = new URL(page.url()).pathname;
  await page.goto(`${home}/progress`);
  await expect(page.getByRole('heading', { name: 'Your progress', level: 1 })).toBeVisible();
  await expectNoOverlappingControls(page, 'portal progress');
  await expectChartTable(page, 'portal progress');
  await page.goto(home);

  await checkPortalPage(page, 'home');
  const homework = page.getByRole('list', { name: 'This week' }).getByRole('link').first();
  await expect(homework).toBeVisible();
  await homework.click();
  await expect(page).toHaveURL(/\/homework\//);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await checkPortalPage(page, 'homework');

  const pages = [
    ['history', 'Done'],
    ['progress', 'Your progress'],
    ['your-data', 'Your account'],
    ['support', 'Support'],
    ['notifications', /Email/],
    ['check-in', 'Your private check-in'],
  ] as const;
  for (const [path, heading] of pages) {
    await page.goto(`${home}/${path}`);
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
    await checkPortalPage(page, path);
  }
});

test('the staff Progress page keeps its header controls apart, and fits a phone', async ({
  page,
}, testInfo) => {
  if (testInfo.project.name === 'phone') await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('theo@northside.example');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Your caseload' })).toBeVisible();
  await page.getByRole('link', { name: 'Drew Patel & Riley Patel' }).click();
  await openCoupleTab(page, 'Progress');
  await expect(page.getByRole('heading', { name: 'Drew Patel & Riley Patel', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Progress', level: 2 })).toBeVisible();
  await expectNoOverlappingControls(page, 'staff progress');
  await expectChartTable(page, 'staff progress');
  await expectNoHorizontalOverflow(page, 'staff progress');
});
