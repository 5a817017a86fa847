// `npm run screenshots`: every page of the production build at 1280 and 390 px, as a visitor, the
// demo owner and counselor, and a partner, into an HTML gallery at .data/screenshots/index.html.
// Starts the app itself on a fresh demo database (SCREENSHOTS_PORT, default 3390).
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { buildRoutes } from '@/e2e/build-routes';
import { pageVisits, UNREACHABLE } from '@/e2e/every-page/page-visits';
import { pagesOf, signInEveryone } from '@/e2e/every-page/people';
import { sampleIds } from '@/e2e/every-page/sample-ids';
import { startAppServer } from './app-server';
import { galleryHtml } from './gallery-html';
import { shootPages } from './shoot-pages';

const OUT_DIR = path.join('.data', 'screenshots');
const PORT = Number(process.env.SCREENSHOTS_PORT ?? 3390);
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

const elapsed = (since: Date) => `${Math.round((Date.now() - since.getTime()) / 1000)} s`;

async function main() {
  const startedAt = new Date();
  rmSync(OUT_DIR, { recursive: true, force: true });
  mkdirSync(path.join(OUT_DIR, 'shots'), { recursive: true });
  const server = await startAppServer(
    PORT,
    path.join('.data', 'screenshots-db'),
    path.join(OUT_DIR, 'server.log'),
  );
  console.info(`${elapsed(startedAt)}: the app is up on ${server.baseURL}`);
  const browser = await chromium.launch(
    existsSync(DEBIAN_CHROMIUM) ? { executablePath: DEBIAN_CHROMIUM, args: ['--no-sandbox'] } : {},
  );
  try {
    const { practiceId, people } = await signInEveryone(browser, server.baseURL);
    const ids = await sampleIds(browser, server.baseURL, practiceId, people);
    const visits = pageVisits(buildRoutes(), ids);
    console.info(
      `${elapsed(startedAt)}: signed in, samples ready; ${visits.length} page visits, 2 widths each`,
    );
    const shots = await shootPages(pagesOf(people), visits, OUT_DIR);
    for (const shot of shots)
      if (shot.problems.length)
        console.info(
          `${shot.visit.label} as ${shot.visit.role} at ${shot.width} px: ${shot.problems.join('; ')}`,
        );
    const notes = [
      ...ids.missing.map((m) => `No sample for ${m}`),
      ...Object.entries(UNREACHABLE).map(([route, why]) => `${route} is not pictured: ${why}.`),
    ];
    writeFileSync(
      path.join(OUT_DIR, 'index.html'),
      galleryHtml(shots, { baseURL: server.baseURL, startedAt, notes }),
    );
    const failed = new Set(shots.filter((s) => s.problems.length).map((s) => s.visit.label));
    console.info(
      `${path.join(OUT_DIR, 'index.html')}: ${new Set(shots.map((s) => s.visit.label)).size} pages, ${failed.size} failed, in ${elapsed(startedAt)}`,
    );
  } finally {
    await browser.close();
    server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
