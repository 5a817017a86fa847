// A full-page picture of every page at each width, beside what the checks found there.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { inspectEveryPage, type PageReport } from '@/e2e/every-page/inspect-page';
import type { PageVisit } from '@/e2e/every-page/page-visits';
import type { Role } from '@/e2e/every-page/people';

export type Shot = PageReport & { image?: string };

export async function shootPages(
  pages: Record<Role, Page>,
  visits: PageVisit[],
  outDir: string,
): Promise<Shot[]> {
  const shots: Shot[] = [];
  await inspectEveryPage(pages, visits, {
    axe: false,
    parallel: true,
    onReport: async (report, page) => {
      // A redirect shows another page, pictured under its own route.
      if (report.redirectedTo) return void shots.push(report);
      const image = `shots/${fileName(report.visit)}-${report.width}.png`;
      await page.screenshot({ path: path.join(outDir, image), fullPage: true, animations: 'disabled' });
      shots.push({ ...report, image });
    },
  });
  // Lanes finish in any order; the gallery follows the list, the desktop first.
  return shots.sort((a, b) => visits.indexOf(a.visit) - visits.indexOf(b.visit) || b.width - a.width);
}

function fileName(visit: PageVisit): string {
  const slug = visit.label.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'root';
  return `${slug}-${visit.role}`;
}
