// Every page the build lists, as the URLs to open and who opens them: portal pages as the partner,
// staff pages as the owner and as a counselor, the rest as a visitor. Dynamic segments and emailed
// tokens come from sampleIds; a route with two kinds of record (library or practice exercise) is
// opened once for each.
import type { BuildRoute } from '../build-routes';
import { fillRoute } from '../build-routes';
import type { Role } from './people';
import type { SampleIds } from './sample-ids';

export type PageVisit = {
  /** The route as the build lists it. */
  route: string;
  /** The route, and which sample when it has several. */
  label: string;
  role: Role;
  url: string;
  expectedStatus: number;
  /** A counselor on a page for owners and admins: "not found", by design. */
  refused: boolean;
};

/** Pages with no URL of their own to open. */
export const UNREACHABLE: Record<string, string> = {
  '/_global-error': 'shown only when the root layout itself fails',
};

/** Pages for owners and admins: a counselor gets "not found" (the permission matrix decides). */
const FOR_ADMINS = new Set(['/p/[practiceId]/audit', '/p/[practiceId]/data-export']);

function rolesFor(route: string): Role[] {
  if (route.startsWith('/portal/')) return ['partner'];
  if (/^\/(p|account|home)(\/|$)/.test(route)) return ['owner', 'counselor'];
  return ['visitor'];
}

type Sample = { variant?: string; params: Record<string, string> };

function samplesOf(route: string, ids: Record<string, string>): Sample[] {
  if (route.startsWith('/dev/stripe/checkout/'))
    return [{ params: { sessionId: ids.checkoutSessionId ?? '' } }];
  if (route.startsWith('/dev/stripe/portal/')) return [{ params: { sessionId: ids.portalSessionId ?? '' } }];
  if (route.endsWith('/exercises/[source]/[exerciseId]'))
    return [
      { variant: 'library', params: { ...ids, source: 'library', exerciseId: ids.libraryExerciseId ?? '' } },
      { variant: 'practice', params: { ...ids, source: 'practice' } },
    ];
  // Only a practice's own exercises can be edited.
  return [{ params: { ...ids, source: 'practice' } }];
}

/** Empty ids read as "none": the page then opens on an id of nothing and shows as failed. */
const known = (params: Record<string, string>) =>
  Object.fromEntries(Object.entries(params).filter(([, v]) => v));

export function pageVisits(routes: BuildRoute[], ids: SampleIds): PageVisit[] {
  const visits: PageVisit[] = [];
  for (const { route, kind } of routes) {
    if (kind !== 'page' || route in UNREACHABLE) continue;
    if (route === '/_not-found') {
      visits.push({
        route,
        label: route,
        role: 'visitor',
        url: '/no-such-page',
        expectedStatus: 404,
        refused: false,
      });
      continue;
    }
    for (const sample of samplesOf(route, ids.params))
      for (const role of rolesFor(route)) {
        const refused = role === 'counselor' && FOR_ADMINS.has(route);
        visits.push({
          route,
          label: sample.variant ? `${route} (${sample.variant})` : route,
          role,
          url: fillRoute(route, known(sample.params)) + (ids.search[route] ?? ''),
          expectedStatus: refused ? 404 : 200,
          refused,
        });
      }
  }
  // Public pages first, then the staff's, then the portal; each group by route.
  const group = (visit: PageVisit) =>
    ['visitor', 'owner', 'counselor', 'partner'].indexOf(rolesFor(visit.route)[0]!);
  return visits.sort((a, b) => group(a) - group(b) || a.route.localeCompare(b.route));
}
