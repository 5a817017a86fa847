import { expect, test } from '@playwright/test';
import { buildRoutes } from './build-routes';
import { inspectEveryPage } from './every-page/inspect-page';
import { pageVisits } from './every-page/page-visits';
import { pagesOf, signInEveryone } from './every-page/people';
import { sampleIds } from './every-page/sample-ids';

// Every page the build lists, as the person who uses it (the gallery's list: `npm run
// screenshots`), at 1280 and 390 px. The spec sets its own window sizes, so it runs in the desktop
// project only (the phone project's testMatch leaves it out). Each page's problems at each width
// are one soft failure, so one run lists them all.
test('every page works at 390 and 1280 px: no sideways scrolling, header controls apart, axe clean, Quick exit reachable', async ({
  browser,
  baseURL,
}) => {
  // About 130 page loads, each with axe: minutes on a quiet 2-core machine, far more on a busy one.
  test.setTimeout(30 * 60_000);
  const { practiceId, people } = await signInEveryone(browser, baseURL ?? '');
  const ids = await sampleIds(browser, baseURL ?? '', practiceId, people);
  expect.soft(ids.missing, 'every sample id and link was set up').toEqual([]);
  const visits = pageVisits(buildRoutes(), ids);
  expect(visits.length).toBeGreaterThan(30);

  await inspectEveryPage(pagesOf(people), visits, {
    axe: true,
    parallel: true,
    onReport: async ({ visit, width, problems }) => {
      expect.soft(problems, `${visit.label} as ${visit.role} at ${width} px (${visit.url})`).toEqual([]);
    },
  });
  for (const context of Object.values(people).map((p) => p.context)) await context.close();
});
