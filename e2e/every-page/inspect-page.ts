// Opens one page at one window size as one person and lists what is wrong with it: an error
// answer, being sent to sign-in, sideways scrolling, overlapping header controls, an unreachable
// Quick exit (portal pages), and optionally serious accessibility violations (axe, slower).
import type { Page } from '@playwright/test';
import { seriousViolations } from '../support';
import { horizontalOverflow, overlappingHeaderControls, quickExitFindings } from './layout-findings';
import type { PageVisit } from './page-visits';
import type { Role } from './people';
import { WINDOW_SIZES } from './window-sizes';

export type PageReport = {
  visit: PageVisit;
  width: number;
  status: number | null;
  title: string;
  /** Set when the page sent this person elsewhere; the checks then stop there. */
  redirectedTo?: string;
  problems: string[];
  /** Errors the page logged or threw: worth a look, not counted as failures. */
  consoleErrors: string[];
};

export type InspectOptions = { axe: boolean };

export async function inspectPage(
  page: Page,
  visit: PageVisit,
  size: { width: number; height: number },
  options: InspectOptions,
): Promise<PageReport> {
  await page.setViewportSize(size);
  const consoleErrors: string[] = [];
  const onConsole = (message: { type(): string; text(): string }) => {
    if (message.type() === 'error') consoleErrors.push(message.text().slice(0, 300));
  };
  const onPageError = (error: Error) => consoleErrors.push(`uncaught: ${error.message.slice(0, 300)}`);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  const report: PageReport = {
    visit,
    width: size.width,
    status: null,
    title: '',
    problems: [],
    consoleErrors,
  };
  /** A check that cannot run (a page that never loads, a missing title) is a problem of the page. */
  const check = async (run: () => Promise<string[]>) => {
    try {
      report.problems.push(...(await run()));
    } catch (error) {
      report.problems.push(`could not check: ${String(error).split('\n')[0]}`);
    }
  };
  try {
    await check(async () => {
      const response = await page.goto(visit.url, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle', { timeout: 3_000 }).catch(() => {});
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      report.status = response?.status() ?? null;
      report.title = await page.title();
      return report.status === visit.expectedStatus ? [] : [`answered ${report.status}`];
    });
    // A refusal by design shows the not-found page, checked under its own route.
    if (report.status === null || visit.refused) return report;
    const landed = new URL(page.url());
    if (landed.pathname !== new URL(visit.url, landed).pathname) {
      report.redirectedTo = landed.pathname + landed.search;
      if (visit.role !== 'visitor' && landed.pathname.startsWith('/sign-in'))
        report.problems.push(`sent to ${landed.pathname}`);
      return report;
    }
    await check(() => horizontalOverflow(page));
    await check(() => overlappingHeaderControls(page));
    if (visit.role === 'partner') await check(() => quickExitFindings(page));
    // Only the dev mailbox has frames: sandboxed emails, which axe cannot enter and would wait on.
    if (options.axe)
      await check(async () => (await seriousViolations(page, ['iframe'])).map((v) => `axe ${v}`));
    return report;
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
  }
}

export type InspectRun = InspectOptions & {
  /** Each person's pages in a lane of their own, side by side (the gallery); else one by one. */
  parallel: boolean;
  /** Called with each report while the page still shows what was inspected. */
  onReport: (report: PageReport, page: Page) => Promise<void>;
};

/** Every visit at both widths, each person in their own page. */
export async function inspectEveryPage(pages: Record<Role, Page>, visits: PageVisit[], run: InspectRun) {
  const lane = async (laneVisits: PageVisit[]) => {
    for (const visit of laneVisits)
      for (const size of WINDOW_SIZES) {
        const page = pages[visit.role];
        await run.onReport(await inspectPage(page, visit, size, run), page);
      }
  };
  if (!run.parallel) return lane(visits);
  const roles = [...new Set(visits.map((v) => v.role))];
  await Promise.all(roles.map((role) => lane(visits.filter((v) => v.role === role))));
}
