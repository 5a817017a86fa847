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
  /** A counselor on a page for owners and admins: not found, by design. */
  refused?: boolean;
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
  try {
    const response = await page.goto(visit.url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle', { timeout: 3_000 }).catch(() => {});
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const report: PageReport = {
      visit,
      width: size.width,
      status: response?.status() ?? null,
      title: await page.title(),
      problems: [],
      consoleErrors,
    };
    if (report.status !== visit.expectedStatus) report.problems.push(`answered ${report.status}`);
    const landed = new URL(page.url());
    if (landed.pathname !== new URL(visit.url, landed).pathname) {
      report.redirectedTo = landed.pathname + landed.search;
      if (visit.role !== 'visitor' && landed.pathname.startsWith('/sign-in'))
        report.problems.push(`sent to ${landed.pathname}`);
      return report;
    }
    report.problems.push(...(await horizontalOverflow(page)), ...(await overlappingHeaderControls(page)));
    if (visit.role === 'partner') report.problems.push(...(await quickExitFindings(page)));
    if (options.axe) report.problems.push(...(await seriousViolations(page)).map((v) => `axe ${v}`));
    return report;
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
  }
}

export type InspectRun = InspectOptions & {
  /** Each person's pages in a lane of their own, side by side (the gallery); else one by one. */
  parallel: boolean;
  /** Called while the page still shows what was inspected (the gallery takes its picture). */
  afterInspect?: (report: PageReport, page: Page) => Promise<void>;
};

/**
 * Every visit at both widths, each person in their own page. A counselor's "not found" on a page
 * the owner could open is a refusal by design: marked as such, its problems dropped.
 */
export async function inspectEveryPage(
  pages: Record<Role, Page>,
  visits: PageVisit[],
  run: InspectRun,
): Promise<PageReport[]> {
  const lane = async (laneVisits: PageVisit[]) => {
    const reports: PageReport[] = [];
    for (const visit of laneVisits)
      for (const size of WINDOW_SIZES) {
        const page = pages[visit.role];
        const report = await inspectPage(page, visit, size, run);
        await run.afterInspect?.(report, page);
        reports.push(report);
      }
    return reports;
  };
  const roles = [...new Set(visits.map((v) => v.role))];
  const reports = run.parallel
    ? (await Promise.all(roles.map((role) => lane(visits.filter((v) => v.role === role))))).flat()
    : await lane(visits);
  const ownerOpened = new Set(
    reports.filter((r) => r.visit.role === 'owner' && r.status && r.status < 400).map((r) => r.visit.url),
  );
  return reports.map((report) =>
    report.visit.role === 'counselor' && report.status === 404 && ownerOpened.has(report.visit.url)
      ? { ...report, refused: true, problems: [] }
      : report,
  );
}
