// Opens one page as one person and lists what is wrong with it at each window size: an error
// answer, being sent to sign-in, sideways scrolling, overlapping header controls, an unreachable
// Quick exit (portal pages), and optionally serious accessibility violations (axe, slower).
import type { Page } from '@playwright/test';
import { seriousViolations } from '../support';
import { horizontalOverflow, overlappingHeaderControls, quickExitFindings } from './layout-findings';
import type { PageVisit } from './page-visits';
import type { Role } from './people';
import { DESKTOP, WINDOW_SIZES } from './window-sizes';

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

type InspectOptions = { axe: boolean };

type Loaded = Omit<PageReport, 'width'>;

/** A check that cannot run (a page that never loads, a missing title) is a problem of the page. */
async function check(problems: string[], run: () => Promise<string[]>) {
  try {
    problems.push(...(await run()));
  } catch (error) {
    problems.push(`could not check: ${String(error).split('\n')[0]}`);
  }
}

/** Opens the page at the first window size and says whether it answered as it should. */
async function open(page: Page, visit: PageVisit, consoleErrors: string[]): Promise<Loaded> {
  await page.setViewportSize(DESKTOP);
  const loaded: Loaded = { visit, status: null, title: '', problems: [], consoleErrors };
  await check(loaded.problems, async () => {
    const response = await page.goto(visit.url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle', { timeout: 3_000 }).catch(() => {});
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    loaded.status = response?.status() ?? null;
    loaded.title = await page.title();
    return loaded.status === visit.expectedStatus ? [] : [`answered ${loaded.status}`];
  });
  const landed = new URL(page.url());
  if (loaded.status !== null && landed.pathname !== new URL(visit.url, landed).pathname) {
    loaded.redirectedTo = landed.pathname + landed.search;
    if (visit.role !== 'visitor' && landed.pathname.startsWith('/sign-in'))
      loaded.problems.push(`sent to ${landed.pathname}`);
  }
  return loaded;
}

/** The open page's layout (and accessibility) at one window size. */
async function layoutProblems(
  page: Page,
  visit: PageVisit,
  size: { width: number; height: number },
  options: InspectOptions,
): Promise<string[]> {
  const problems: string[] = [];
  await page.setViewportSize(size);
  // A resize lays the page out again on the next frames; responsive pages need no reload for it.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  await check(problems, () => horizontalOverflow(page));
  await check(problems, () => overlappingHeaderControls(page));
  if (visit.role === 'partner') await check(problems, () => quickExitFindings(page));
  // Only the dev mailbox has frames: sandboxed emails, which axe cannot enter and would wait on.
  if (options.axe)
    await check(problems, async () => (await seriousViolations(page, ['iframe'])).map((v) => `axe ${v}`));
  return problems;
}

/** One page load, then a report at each window size while the page shows that size. */
async function inspectPage(
  page: Page,
  visit: PageVisit,
  options: InspectOptions,
  onReport: (report: PageReport) => Promise<void>,
) {
  const consoleErrors: string[] = [];
  const onConsole = (message: { type(): string; text(): string }) => {
    if (message.type() === 'error') consoleErrors.push(message.text().slice(0, 300));
  };
  const onPageError = (error: Error) => consoleErrors.push(`uncaught: ${error.message.slice(0, 300)}`);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  try {
    const loaded = await open(page, visit, consoleErrors);
    // A refusal by design shows the not-found page, checked under its own route; a redirect shows
    // another page, checked under its own.
    const checked = loaded.status !== null && !visit.refused && !loaded.redirectedTo;
    for (const size of WINDOW_SIZES) {
      const problems = checked ? await layoutProblems(page, visit, size, options) : [];
      await onReport({ ...loaded, width: size.width, problems: [...loaded.problems, ...problems] });
    }
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
  }
}

type InspectRun = InspectOptions & {
  /** Each person's pages in a lane of their own, side by side (the gallery); else one by one. */
  parallel: boolean;
  /** Called with each report while the page still shows what was inspected. */
  onReport: (report: PageReport, page: Page) => Promise<void>;
};

/** Every visit at both widths, each person in their own page. */
export async function inspectEveryPage(pages: Record<Role, Page>, visits: PageVisit[], run: InspectRun) {
  const lane = async (laneVisits: PageVisit[]) => {
    for (const visit of laneVisits) {
      const page = pages[visit.role];
      await inspectPage(page, visit, run, (report) => run.onReport(report, page));
    }
  };
  if (!run.parallel) return lane(visits);
  const roles = [...new Set(visits.map((v) => v.role))];
  await Promise.all(roles.map((role) => lane(visits.filter((v) => v.role === role))));
}
